import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FIELD_RULES } from '../../model/config';
import { formatConfigValue, spansDecades } from '../../runs/compare';
import { bestValue, comparedMeasure, summarizeValues } from '../../runs/repeats';
import { ALL_REFERENCE_LINES, compareWithReport, reportFigures } from '../../runs/report-figures';
import type { Run, Sweep } from '../../runs/state';
import {
  canUseLog,
  chartRows,
  xDomain,
  xTicks,
  yDomain,
  yTicks,
  type ChartRow,
} from '../../runs/summary-chart';
import {
  bestSentence,
  MEASURE_WORDS,
  noiseSentence,
  partialNote,
  percent,
  percentRange,
  stepsReached,
  sweepStatus,
  valuePhrase,
} from '../../runs/summary-text';
import { OKABE_ITO } from './palette';
import './summary.css';
import { SummaryTable } from './SummaryTable';

const CHART_HEIGHT = 300;
const percentTick = (y: number) => `${Math.round(y * 100)}%`;

const COLOURS = {
  measure: OKABE_ITO[2],
  best: OKABE_ITO[0],
  report: OKABE_ITO[3],
  highlight: OKABE_ITO[6],
  reference: '#5b6475',
};
const MARKER_RADIUS = 4.5;
/** The 0.890 and 0.897 lines are a pixel or two apart at 0–100%: one label below, one above. */
const REFERENCE_LABEL_POSITIONS = ['insideTopLeft', 'insideBottomLeft', 'insideTopRight'] as const;

function latestSweep(sweeps: Sweep[]): Sweep | undefined {
  return sweeps.reduce<Sweep | undefined>(
    (latest, sweep) => (!latest || sweep.createdAt >= latest.createdAt ? sweep : latest),
    undefined,
  );
}

function describeSweep(sweep: Sweep, index: number): string {
  const repeats = sweep.repeats && sweep.repeats > 1 ? ` × ${sweep.repeats} seeds` : '';
  return `Sweep ${index + 1}: ${FIELD_RULES[sweep.field].label} ${sweep.values.join(', ')}${repeats}`;
}

interface SummaryChartProps {
  runs: Run[];
  sweeps: Sweep[];
  /** Stops the sweep's runs; with `discardQueued`, deletes those that never started. */
  onStopSweep(sweepId: string, discardQueued?: boolean): void;
  /** Downloads a Python file that trains the sweep's runs in PyTorch, here or on Dask. */
  onExportScript(sweep: Sweep): void;
}

/** A mean marker: filled when every run of the value finished, hollow when some did not. */
function MeanDot(props: { cx?: number; cy?: number; payload?: ChartRow }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.mean === undefined) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={MARKER_RADIUS}
      stroke={COLOURS.measure}
      strokeWidth={2}
      fill={payload.partial ? '#fff' : COLOURS.measure}
      className={payload.partial ? 'summary-dot summary-dot-partial' : 'summary-dot'}
    />
  );
}

/** The report's figure: a diamond, unlike any of our markers. */
function ReportMarker(props: { cx?: number; cy?: number }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return null;
  const r = 6;
  return (
    <path
      className="summary-report-marker"
      d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
      fill={COLOURS.report}
      stroke="#fff"
    />
  );
}

/** Accuracy against the swept value for one sweep, like the report's figure 8, over seeds. */
export function SummaryChart({ runs, sweeps, onStopSweep, onExportScript }: SummaryChartProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [showReferences, setShowReferences] = useState(true);
  const [fullRange, setFullRange] = useState(false);
  const [logBySweep, setLogBySweep] = useState<Record<string, boolean>>({});
  const [askingStop, setAskingStop] = useState(false);
  const id = useId();
  const firstChoice = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  // A chosen sweep can be deleted under us; the latest one stands in.
  const sweep = sweeps.find((s) => s.id === chosenId) ?? latestSweep(sweeps);

  useEffect(() => {
    if (askingStop) firstChoice.current?.focus();
  }, [askingStop]);

  if (!sweep) {
    return <p className="hint">Start a sweep to see accuracy against the value it varies.</p>;
  }

  const ids = new Set(sweep.runIds);
  const members = runs.filter((run) => ids.has(run.id));
  const field = sweep.field;
  const fieldLabel = FIELD_RULES[field].label;
  const values = summarizeValues(members, field);
  const measure = comparedMeasure(values);
  const rows = chartRows(values, measure);
  const figures = reportFigures(sweep.presetId);
  const best = bestValue(values, measure);
  const bestRow = rows.find((row) => row.value === best?.value);
  const queued = members.filter((run) => run.status === 'queued').length;
  const active = members.some((run) => run.status === 'queued' || run.status === 'running');
  const anyPartial = rows.some((row) => row.partial && row.mean !== undefined);
  const anySpread = rows.some((row) => row.n > 1);

  // Decided from the planned values, so the axis does not switch scale as runs finish.
  const xValues = [...new Set([...sweep.values, ...values.map((v) => v.value)])];
  const logAllowed = canUseLog(xValues);
  const log = logAllowed && (logBySweep[sweep.id] ?? spansDecades(sweep.values));
  const [yLow, yHigh] = yDomain(rows, figures, !fullRange);
  const shownLines = showReferences ? ALL_REFERENCE_LINES : [];
  const offAxis = shownLines.filter((line) => line.accuracy < yLow || line.accuracy > yHigh);
  const inView = shownLines.filter((line) => !offAxis.includes(line));
  const measureLabel = `${MEASURE_WORDS[measure]} accuracy`;
  const measureTitle = measureLabel[0].toUpperCase() + measureLabel.slice(1);
  const partial = partialNote(values, members);
  const findings = [
    bestSentence(values, field),
    noiseSentence(values, field),
    ...figures.map((figure) => {
      const value = values.find((v) => v.value === figure.value);
      return compareWithReport(figure, field, {
        spread: value?.[measure],
        measure,
        steps: value ? stepsReached(value, measure) : 0,
      });
    }),
  ].filter((sentence): sentence is string => sentence !== null);

  const stop = (discardQueued: boolean) => {
    setAskingStop(false);
    onStopSweep(sweep.id, discardQueued);
    // The button goes with the active runs; the status line says what became of them.
    statusLine.current?.focus();
  };
  const onStopClick = () => (queued > 0 ? setAskingStop(true) : stop(false));
  const cancelStop = () => {
    setAskingStop(false);
    // After the render that brings the button back.
    requestAnimationFrame(() => stopButton.current?.focus());
  };
  const onChoiceKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancelStop();
  };

  return (
    <div className="sweep-summary">
      <div className="compare-toolbar summary-toolbar">
        {sweeps.length > 1 && (
          <label className="summary-sweep-picker">
            Sweep{' '}
            <select value={sweep.id} onChange={(e) => setChosenId(e.target.value)}>
              {sweeps.map((s, index) => (
                <option key={s.id} value={s.id}>
                  {describeSweep(s, index)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={showReferences}
            onChange={(e) => setShowReferences(e.target.checked)}
          />{' '}
          Reference lines
        </label>
        {logAllowed && (
          <label>
            <input
              type="checkbox"
              checked={log}
              onChange={(e) => setLogBySweep({ ...logBySweep, [sweep.id]: e.target.checked })}
            />{' '}
            Log scale ({fieldLabel.toLowerCase()})
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={fullRange}
            onChange={(e) => setFullRange(e.target.checked)}
          />{' '}
          Accuracy axis 0–100%
        </label>
      </div>
      <div className="summary-status">
        <p role="status" ref={statusLine} tabIndex={-1}>
          {sweepStatus(sweep, members)}
        </p>
        {active && !askingStop && (
          <button type="button" ref={stopButton} onClick={onStopClick}>
            Stop sweep
          </button>
        )}
        {members.length > 0 && (
          <button type="button" onClick={() => onExportScript(sweep)}>
            Export as PyTorch script
          </button>
        )}
      </div>
      {active && askingStop && (
        <div
          className="stop-sweep-choice"
          role="group"
          aria-labelledby={`${id}-stop-question`}
          onKeyDown={onChoiceKey}
        >
          <p id={`${id}-stop-question`}>
            Stop the sweep. {queued} {queued === 1 ? 'run has' : 'runs have'} not started: keep{' '}
            {queued === 1 ? 'it' : 'them'} in the list as stopped, or discard{' '}
            {queued === 1 ? 'it' : 'them'}?
          </p>
          <div className="stop-sweep-buttons">
            <button type="button" ref={firstChoice} onClick={() => stop(false)}>
              Stop, keep queued runs
            </button>
            <button type="button" onClick={() => stop(true)}>
              Stop, discard queued runs
            </button>
            <button type="button" onClick={cancelStop}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <figure className="card chart" aria-label="Sweep summary">
        <figcaption>
          {measureTitle} against {fieldLabel.toLowerCase()}
          {log && ' (log scale)'}
          {anySpread ? ': mean over seeds, bars from min to max' : ''}
        </figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {/* No keyboard layer: the table below gives the values, without a focus stop per chart. */}
          <ComposedChart
            data={rows}
            // Room above for a reference line's label near 90%.
            margin={{ top: 20, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="value"
              type="number"
              scale={log ? 'log' : 'linear'}
              domain={xDomain(xValues, log)}
              allowDataOverflow
              ticks={xTicks(xValues)}
              tickFormatter={(x: number) => formatConfigValue(field, x)}
              name={fieldLabel}
            />
            <YAxis
              domain={[yLow, yHigh]}
              ticks={yTicks([yLow, yHigh])}
              allowDataOverflow
              tickFormatter={percentTick}
              width={48}
            />
            <Tooltip content={(props) => <SummaryTooltip {...props} field={field} />} />
            <Line
              dataKey="bestMean"
              name="Best validation accuracy, mean"
              stroke={COLOURS.best}
              strokeDasharray="6 3"
              strokeWidth={1.5}
              dot={{ r: 2.5, fill: COLOURS.best }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="mean"
              name={measureLabel}
              stroke={COLOURS.measure}
              strokeWidth={2}
              dot={<MeanDot />}
              activeDot={false}
              // Values not measured yet are skipped, not drawn at 0.
              connectNulls
              isAnimationActive={false}
            >
              <ErrorBar
                dataKey="range"
                direction="y"
                width={8}
                stroke={COLOURS.measure}
                strokeWidth={1.5}
              />
            </Line>
            {figures.length > 0 && (
              <Scatter
                data={figures.map((f) => ({ value: f.value, report: f.testAccuracy }))}
                dataKey="report"
                name="Report"
                shape={<ReportMarker />}
                isAnimationActive={false}
              />
            )}
            {best && bestRow?.mean !== undefined && (
              <ReferenceDot
                x={best.value}
                y={bestRow.mean}
                r={10}
                fill="none"
                stroke={COLOURS.highlight}
                strokeWidth={2}
              />
            )}
            {shownLines.map((line, index) => (
              <ReferenceLine
                key={line.label}
                y={line.accuracy}
                stroke={COLOURS.reference}
                strokeDasharray="2 4"
                label={{
                  value: line.short,
                  position: REFERENCE_LABEL_POSITIONS[index % REFERENCE_LABEL_POSITIONS.length],
                  fontSize: 11,
                }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
        <ul className="summary-legend" aria-label="Key">
          <li>
            <svg width="22" height="14" aria-hidden="true">
              <line x1="0" y1="7" x2="22" y2="7" stroke={COLOURS.measure} strokeWidth="2" />
              <line x1="11" y1="1" x2="11" y2="13" stroke={COLOURS.measure} strokeWidth="1.5" />
              <circle cx="11" cy="7" r="4" fill={COLOURS.measure} />
            </svg>
            {anySpread
              ? `${measureTitle}, mean over seeds; bar: min–max of the seeds`
              : `${measureTitle}, one seed per value`}
          </li>
          <li>
            <svg width="22" height="14" aria-hidden="true">
              <line
                x1="0"
                y1="7"
                x2="22"
                y2="7"
                stroke={COLOURS.best}
                strokeWidth="1.5"
                strokeDasharray="6 3"
              />
            </svg>
            Best validation accuracy, mean
          </li>
          {anyPartial && partial && (
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <circle cx="11" cy="7" r="4" fill="#fff" stroke={COLOURS.measure} strokeWidth="2" />
              </svg>
              {measure === 'test'
                ? `Hollow: not every run finished (${partial}); the test mean is of those that did`
                : `Hollow: ${partial}`}
            </li>
          )}
          {best && (
            <li>
              <svg width="22" height="22" aria-hidden="true">
                <circle
                  cx="11"
                  cy="11"
                  r="9"
                  fill="none"
                  stroke={COLOURS.highlight}
                  strokeWidth="2"
                />
              </svg>
              Best: {valuePhrase(field, best.value)}
            </li>
          )}
          {figures.length > 0 && (
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <path d="M11,1L17,7L11,13L5,7Z" fill={COLOURS.report} />
              </svg>
              The report’s test accuracy, {figures[0].steps.toLocaleString('en-US')} steps
            </li>
          )}
          {inView.length > 0 && (
            <li>
              <svg width="22" height="14" aria-hidden="true">
                <line
                  x1="0"
                  y1="7"
                  x2="22"
                  y2="7"
                  stroke={COLOURS.reference}
                  strokeWidth="1.5"
                  strokeDasharray="2 4"
                />
              </svg>
              Test accuracies to beat: {inView.map((line) => line.label).join('; ')}
            </li>
          )}
          {offAxis.length > 0 && (
            <li className="summary-off-axis">
              Off the zoomed axis: {offAxis.map((line) => line.label).join('; ')}
            </li>
          )}
        </ul>
      </figure>
      {findings.length > 0 && (
        <ul className="summary-findings" aria-label="What the sweep shows">
          {findings.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      <SummaryTable
        values={values}
        runs={members}
        field={field}
        fieldLabel={fieldLabel}
        measure={measure}
        figures={figures}
      />
    </div>
  );
}

/** One value's numbers on hover: its mean and spread, or the report's figure. */
function SummaryTooltip({
  active,
  payload,
  field,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  field: Sweep['field'];
}) {
  const entry = payload?.[0]?.payload as (ChartRow & { report?: number }) | undefined;
  if (!active || !entry) return null;
  return (
    <div className="summary-tooltip">
      <strong>{valuePhrase(field, entry.value)}</strong>
      {entry.report !== undefined && <div>Report: {percent(entry.report)} test</div>}
      {entry.mean !== undefined && (
        <div>
          Mean {percent(entry.mean)} over {entry.n} {entry.n === 1 ? 'seed' : 'seeds'}
          {entry.n > 1 && `, ${percentRange(entry.min!, entry.max!)}`}
        </div>
      )}
      {entry.bestMean !== undefined && <div>Best validation, mean {percent(entry.bestMean)}</div>}
      {entry.partial && (
        <div>
          Least-trained run at step {entry.minSteps.toLocaleString('en-US')} of{' '}
          {entry.plannedSteps.toLocaleString('en-US')}
        </div>
      )}
    </div>
  );
}
