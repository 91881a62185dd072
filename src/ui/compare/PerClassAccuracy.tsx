import { useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CLASS_NAMES } from '../../data/dataset';
import {
  classCurveRows,
  classDifferences,
  classKey,
  describeClassDifferences,
  hasClassCurves,
  lastClassAccuracy,
  type ClassCurveRow,
  type ClassDifference,
} from '../../runs/per-class';
import type { Run } from '../../runs/state';
import { roundTicks } from '../chartTicks';
import { formatCount, formatPercent } from '../format';
import { RunSelect } from '../RunSelect';
import { seriesStyle } from './palette';
import { Swatch } from './Swatch';
import './per-class.css';

const CHART_HEIGHT = 300;
const STEP_TICKS = 7;
/** Room for "100%" beside the axis. */
const Y_AXIS_WIDTH = 52;
/** 0% to 100% by 20%: a class's accuracy can be anywhere in it. */
const ACCURACY_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
/** Seven colours, then the same with dashes: a class is told by its line, not colour alone. */
const CLASS_STYLES = CLASS_NAMES.map((_, c) => seriesStyle(c));
const MISSING = '–';

const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact' });
const percentTick = (v: number) => `${Math.round(v * 100)}%`;
const percentOrMissing = (v: number | null | undefined) =>
  v === null || v === undefined ? MISSING : formatPercent(v);

function latest(runs: Run[]): Run | null {
  return runs.reduce<Run | null>((a, r) => (!a || r.createdAt >= a.createdAt ? r : a), null);
}

/**
 * Each class's validation accuracy over a run's training, ten curves, and how it differs from
 * a second run's class by class: which garments a setting gets better at, not only how much.
 */
export function PerClassAccuracy({ runs }: { runs: Run[] }) {
  const headingId = useId();
  const runId = useId();
  const compareId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [compareWith, setCompareWith] = useState('');
  const withCurves = useMemo(() => runs.filter(hasClassCurves), [runs]);
  const chosen = withCurves.find((run) => run.id === chosenId) ?? latest(withCurves);
  const others = withCurves.filter((run) => run.id !== chosen?.id);
  const compared = others.find((run) => run.id === compareWith) ?? null;
  const rows = useMemo(() => (chosen ? classCurveRows(chosen.points) : []), [chosen]);
  const differences = chosen && compared ? classDifferences(chosen, compared) : null;

  return (
    <section className="card per-class" aria-labelledby={headingId}>
      <h2 id={headingId}>Per-class accuracy</h2>
      {!chosen ? (
        <p className="hint">
          Each garment’s validation accuracy over training appears here once a run has evaluated.
          {runs.length > 0 && ' Runs trained before the lab kept it have none.'}
        </p>
      ) : (
        <>
          <div className="compare-toolbar">
            <label htmlFor={runId}>Run</label>
            <RunSelect id={runId} runs={withCurves} value={chosen.id} onChange={setChosenId} />
            <label htmlFor={compareId}>Compare with</label>
            <RunSelect
              id={compareId}
              runs={others}
              value={compared?.id ?? ''}
              onChange={setCompareWith}
              none="No other run"
              disabled={others.length === 0}
            />
          </div>
          {compared && differences && (
            <ClassComparison run={chosen} other={compared} differences={differences} />
          )}
          <ClassLegend />
          <ClassChart run={chosen} rows={rows} />
          <ClassTable run={chosen} rows={rows} />
        </>
      )}
    </section>
  );
}

/** The classes in which the two runs differ most, in words, then every class in a table. */
function ClassComparison({
  run,
  other,
  differences,
}: {
  run: Run;
  other: Run;
  differences: ClassDifference[];
}) {
  const sentences = describeClassDifferences(differences);
  const [stepA, stepB] = [lastClassAccuracy(run)?.step ?? 0, lastClassAccuracy(other)?.step ?? 0];
  const when =
    stepA === stepB
      ? `at step ${formatCount(stepA)}`
      : `at their last evaluations (steps ${formatCount(stepA)} and ${formatCount(stepB)})`;
  return (
    <div className="per-class-comparison">
      {sentences.length === 0 ? (
        <p>
          {run.name} and {other.name} are within a percentage point of each other in every class{' '}
          {when}.
        </p>
      ) : (
        <>
          <p>
            The classes in which {run.name} and {other.name} differ most {when} (validation
            accuracy, {run.name} first):
          </p>
          <ul className="per-class-differences">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <details className="chart-table">
        <summary>Every class, both runs</summary>
        <div className="values-scroll">
          <table className="values-table">
            <caption>Validation accuracy by class {when}, most different first</caption>
            <thead>
              <tr>
                <th scope="col">Class</th>
                <th scope="col">{run.name}</th>
                <th scope="col">{other.name}</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.classIndex}>
                  <th scope="row">{d.name}</th>
                  <td>{formatPercent(d.a)}</td>
                  <td>{formatPercent(d.b)}</td>
                  <td>
                    {d.difference > 0 ? '+' : d.difference < 0 ? '−' : '±'}
                    {Math.abs(d.difference * 100).toFixed(1)} pp
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

/** One HTML legend: names wrap, and each swatch matches its line's colour and dashes. */
function ClassLegend() {
  return (
    <ul className="compare-legend" aria-label="Classes plotted">
      {CLASS_NAMES.map((name, c) => (
        <li key={name}>
          <Swatch style={CLASS_STYLES[c]} />
          {name}
        </li>
      ))}
    </ul>
  );
}

function ClassChart({ run, rows }: { run: Run; rows: ClassCurveRow[] }) {
  const steps = roundTicks(0, Math.max(1, ...rows.map((r) => r.step)), STEP_TICKS);
  return (
    <figure className="chart" aria-label={`Per-class accuracy curves: ${run.name}`}>
      <figcaption>Validation accuracy of each class against step: {run.name}</figcaption>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        {/* No keyboard layer: the table of values gives the numbers, without a focus stop. */}
        <LineChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, steps.at(-1)!]}
            ticks={steps}
            tickFormatter={(x: number) => compactNumber.format(x)}
          />
          <YAxis
            domain={[0, 1]}
            ticks={ACCURACY_TICKS}
            tickFormatter={percentTick}
            width={Y_AXIS_WIDTH}
          />
          <Tooltip
            formatter={(value) => formatPercent(Number(value))}
            itemSorter={(item) => -Number(item.value)}
            labelFormatter={(step) => `Step ${formatCount(Number(step))}`}
            contentStyle={{ fontSize: '0.8rem' }}
          />
          {CLASS_NAMES.map((name, c) => (
            <Line
              key={name}
              type="linear"
              dataKey={classKey(c)}
              name={name}
              stroke={CLASS_STYLES[c].stroke}
              strokeDasharray={CLASS_STYLES[c].strokeDasharray}
              dot={rows.length === 1}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The chart's text alternative: each class's accuracy at every evaluation. */
function ClassTable({ run, rows }: { run: Run; rows: ClassCurveRow[] }) {
  return (
    <details className="chart-table">
      <summary>Table of values</summary>
      <div className="values-scroll">
        <table className="values-table per-class-table">
          <caption>Per-class validation accuracy by step: {run.name}</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              {CLASS_NAMES.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.step}>
                <th scope="row">{formatCount(row.step)}</th>
                {CLASS_NAMES.map((name, c) => (
                  <td key={name}>{percentOrMissing(row[classKey(c)])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
