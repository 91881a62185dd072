import type { CSSProperties } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import { perClassAccuracy, type ConfusionMatrix as Matrix } from '../../drawing/confusion';
import { formatPercent } from '../format';

export interface Cell {
  trueClass: number;
  predictedClass: number;
}

/** Percentage points per unit fraction, for the comparison column. */
const POINTS = 100;

/** A cell's shade: its share of the true class, square-rooted so that rare mistakes show. */
function shade(count: number, rowTotal: number): number {
  return rowTotal > 0 ? Math.sqrt(count / rowTotal) : 0;
}

function formatDifference(difference: number | null): string {
  if (difference === null) return '–';
  const points = difference * POINTS;
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)} pp`;
}

/**
 * A 10x10 table of test-set counts, true classes in rows and predictions in columns, each
 * cell a button that shows its images; with per-class accuracy and, when comparing, the
 * other run's change in it.
 */
export function ConfusionTable({
  runName,
  matrix,
  differences,
  compareName,
  selected,
  onSelect,
}: {
  runName: string;
  matrix: Matrix;
  /** Per-class accuracy of the compared run minus this one's, or null when not comparing. */
  differences: (number | null)[] | null;
  compareName: string | null;
  selected: Cell | null;
  onSelect: (cell: Cell) => void;
}) {
  const accuracy = perClassAccuracy(matrix);
  return (
    <div className="try-confusion-scroll">
      <table className="try-confusion">
        <caption>Confusion matrix: {runName}</caption>
        <thead>
          <tr>
            <th scope="col">True class \ predicted</th>
            {CLASS_NAMES.map((name) => (
              <th key={name} scope="col" className="try-confusion-col">
                {name}
              </th>
            ))}
            <th scope="col">Accuracy</th>
            {differences && <th scope="col">{compareName} vs this</th>}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, trueClass) => {
            const total = row.reduce((sum, count) => sum + count, 0);
            return (
              <tr key={trueClass}>
                <th scope="row">{CLASS_NAMES[trueClass]}</th>
                {row.map((count, predictedClass) => {
                  const fraction = shade(count, total);
                  const correct = trueClass === predictedClass;
                  const isSelected =
                    selected?.trueClass === trueClass && selected.predictedClass === predictedClass;
                  return (
                    <td key={predictedClass}>
                      <button
                        type="button"
                        className={correct ? 'try-cell try-cell-correct' : 'try-cell'}
                        style={{ '--shade': fraction } as CSSProperties}
                        aria-pressed={isSelected}
                        aria-label={`${count} ${CLASS_NAMES[trueClass]} taken for ${CLASS_NAMES[predictedClass]}`}
                        disabled={count === 0}
                        onClick={() => onSelect({ trueClass, predictedClass })}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
                <td className="try-accuracy">
                  {accuracy[trueClass] === null ? '–' : formatPercent(accuracy[trueClass])}
                </td>
                {differences && (
                  <td className="try-difference">{formatDifference(differences[trueClass])}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
