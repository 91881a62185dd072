import { useId, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FIELD_RULES } from '../../model/config';
import { spansDecades, summarize, sweepProgress } from '../../runs/compare';
import type { Run, Sweep } from '../../runs/state';
import { formatPercent } from '../format';
import { OKABE_ITO } from './palette';
import { SummaryTable } from './SummaryTable';

const CHART_HEIGHT = 300;
const percentTick = (y: number) => `${Math.round(y * 100)}%`;
/** Beyond this many swept values, labelling every one would crowd the axis. */
const MAX_VALUE_TICKS = 12;

/** Test accuracies to beat, from the brief's reference table. */
const REFERENCE_LINES = [
  { label: 'Report dense 0.659', accuracy: 0.659, position: 'insideTopLeft' },
  // 0.890 and 0.897 are a pixel or two apart: one label below its line, one above.
  { label: 'Report CNN 0.890', accuracy: 0.89, position: 'insideBottomLeft' },
  { label: 'Best scikit-learn (SVC) 0.897', accuracy: 0.897, position: 'insideTopRight' },
] as const;

const SERIES = [
  { key: 'best', name: 'Best validation accuracy', color: OKABE_ITO[0] },
  { key: 'final', name: 'Final validation accuracy', color: OKABE_ITO[1], dash: '6 3' },
  { key: 'test', name: 'Test accuracy', color: OKABE_ITO[2] },
] as const;

function latestSweep(sweeps: Sweep[]): Sweep | undefined {
  return sweeps.reduce<Sweep | undefined>(
    (latest, sweep) => (!latest || sweep.createdAt >= latest.createdAt ? sweep : latest),
    undefined,
  );
}

function describeSweep(sweep: Sweep, index: number): string {
  return `Sweep ${index + 1}: ${FIELD_RULES[sweep.field].label} ${sweep.values.join(', ')}`;
}

interface SummaryChartProps {
  runs: Run[];
  sweeps: Sweep[];
  /** Stops the sweep's runs; with `discardQueued`, deletes those that never started. */
  onStopSweep(sweepId: string, discardQueued?: boolean): void;
}

/** Accuracy against the swept value for one sweep, like the report's figure 8. */
export function SummaryChart({ runs, sweeps, onStopSweep }: SummaryChartProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [showReferences, setShowReferences] = useState(true);
  const sweepSelectId = useId();
  // A chosen sweep can be deleted under us; the latest one stands in.
  const sweep = sweeps.find((s) => s.id === chosenId) ?? latestSweep(sweeps);

  if (!sweep) {
    return <p className="hint">Start a sweep to see accuracy against the value it varies.</p>;
  }

  const members = new Set(sweep.runIds);
  const points = summarize(
    runs.filter((run) => members.has(run.id)),
    sweep.field,
  );
  const progress = sweepProgress(runs, sweep.runIds);
  const fieldLabel = FIELD_RULES[sweep.field].label;
  // Decided from the planned values, so the axis does not switch scale as runs finish.
  const logScale = spansDecades(sweep.values);
  const ticks =
    sweep.values.length <= MAX_VALUE_TICKS ? [...sweep.values].sort((a, b) => a - b) : undefined;

  return (
    <div className="sweep-summary">
      <div className="compare-toolbar">
        {sweeps.length > 1 && (
          <>
            <label htmlFor={sweepSelectId}>Sweep</label>
            <select
              id={sweepSelectId}
              value={sweep.id}
              onChange={(e) => setChosenId(e.target.value)}
            >
              {sweeps.map((s, index) => (
                <option key={s.id} value={s.id}>
                  {describeSweep(s, index)}
                </option>
              ))}
            </select>
          </>
        )}
        <label>
          <input
            type="checkbox"
            checked={showReferences}
            onChange={(e) => setShowReferences(e.target.checked)}
          />{' '}
          Show reference lines
        </label>
      </div>
      <p role="status">
        Sweep: {progress.finished} of {progress.total} runs finished
        {progress.active && (
          <>
            {' '}
            <button type="button" onClick={() => onStopSweep(sweep.id)}>
              Stop sweep
            </button>
          </>
        )}
      </p>
      <figure className="card chart" aria-label="Sweep summary">
        <figcaption>
          Accuracy against {fieldLabel.toLowerCase()}
          {logScale && ' (log scale)'}
        </figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {/* No keyboard layer: the table below gives the values, without a focus stop per chart. */}
          <LineChart
            data={points}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="value"
              type="number"
              scale={logScale ? 'log' : 'linear'}
              domain={logScale ? ['auto', 'auto'] : ['dataMin', 'dataMax']}
              ticks={ticks}
              name={fieldLabel}
            />
            <YAxis domain={[0, 1]} tickFormatter={percentTick} width={52} />
            <Tooltip
              formatter={(value) => formatPercent(Number(value))}
              labelFormatter={(value) => `${fieldLabel} ${String(value)}`}
            />
            <Legend />
            {SERIES.map((series) => (
              <Line
                key={series.key}
                dataKey={series.key}
                name={series.name}
                stroke={series.color}
                strokeDasharray={'dash' in series ? series.dash : undefined}
                // Test accuracy exists only for finished runs; join the ones measured.
                connectNulls
                isAnimationActive={false}
              />
            ))}
            {showReferences &&
              REFERENCE_LINES.map((line) => (
                <ReferenceLine
                  key={line.label}
                  y={line.accuracy}
                  stroke="#5b6475"
                  strokeDasharray="2 4"
                  label={{ value: line.label, position: line.position, fontSize: 11 }}
                />
              ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <SummaryTable points={points} fieldLabel={fieldLabel} />
    </div>
  );
}
