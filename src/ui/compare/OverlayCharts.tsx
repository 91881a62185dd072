import { useId, useMemo, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { XAxisKind } from '../../runs/compare';
import { roundTicks } from '../chartTicks';
import { overlaySeries, type OverlaySeries } from './series';
import type { Run } from '../../runs/state';
import { formatPercent } from '../format';
import { OverlayTable } from './OverlayTable';
import type { SeriesStyle } from './palette';
import { useSeriesStyles } from './seriesStyles';
import { BAND_OPACITY, Swatch } from './Swatch';

const CHART_HEIGHT = 280;
/** Legend entries shown before "Show all": more would push the charts down the page. */
const LEGEND_ENTRIES = 8;
const MAX_SMOOTHING = 0.95;
const SMOOTHING_STEP = 0.05;

const X_AXIS_LABELS: Record<XAxisKind, string> = {
  step: 'Step',
  examples: 'Examples seen',
  time: 'Wall time',
};

const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact' });
const X_TICKS: Record<XAxisKind, (x: number) => string> = {
  step: (x) => compactNumber.format(x),
  examples: (x) => compactNumber.format(x),
  time: (x) => `${compactNumber.format(x)} s`,
};

type Metric = 'valAccuracy' | 'valLoss';
/** Ticks per axis: accuracy from 60% to 100% in 5% steps, steps 0 to 1,500 by 250. */
const AXIS_TICKS = 9;

interface ChartSpec {
  /** Names the figure for screen readers: "Comparison: validation accuracy". */
  title: string;
  caption: string;
  /** Axis ticks, short; the tooltip uses `format`. */
  tick(y: number): string;
  format(y: number): string;
  /** Which way is better, so that the tooltip lists the best run first. */
  better: 'higher' | 'lower';
}

const CHARTS: Record<Metric, ChartSpec> = {
  valAccuracy: {
    title: 'validation accuracy',
    caption: 'Validation accuracy',
    tick: (y) => `${Math.round(y * 100)}%`,
    format: formatPercent,
    better: 'higher',
  },
  valLoss: {
    title: 'validation loss',
    caption: 'Validation loss (cross-entropy)',
    // Loss ticks fall on steps like 0.55; two decimals at most, no trailing zeros.
    tick: (y) => String(Number(y.toFixed(2))),
    format: (y) => y.toFixed(3),
    better: 'lower',
  },
};

/** Legend labels can be long: let the tooltip wrap them rather than run off the chart. */
const TOOLTIP_STYLE = { whiteSpace: 'normal', maxWidth: '24rem', fontSize: '0.8rem' } as const;

interface StyledSeries extends OverlaySeries {
  style: SeriesStyle;
}

/**
 * Validation accuracy and loss of every shown run on shared axes, updated live; a repeat group
 * as the mean of its seeds in a band from the lowest to the highest.
 */
export function OverlayCharts({ runs }: { runs: Run[] }) {
  const [axis, setAxis] = useState<XAxisKind>('step');
  const [smoothing, setSmoothing] = useState(0);
  const axisId = useId();
  const smoothingId = useId();
  // Colours are kept per run and group (seriesStyles.ts): hiding, adding or deleting others, or
  // a reload, leaves them be.
  const styleOf = useSeriesStyles(runs);

  const series = useMemo<StyledSeries[]>(
    () => overlaySeries(runs, axis, smoothing).map((s) => ({ ...s, style: styleOf(s.key) })),
    [runs, axis, smoothing, styleOf],
  );

  return (
    <div className="overlay-charts">
      <div className="compare-toolbar">
        <label htmlFor={axisId}>X axis</label>
        <select id={axisId} value={axis} onChange={(e) => setAxis(e.target.value as XAxisKind)}>
          {Object.entries(X_AXIS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={smoothingId}>Smoothing</label>
        <input
          id={smoothingId}
          type="range"
          min={0}
          max={MAX_SMOOTHING}
          step={SMOOTHING_STEP}
          value={smoothing}
          onChange={(e) => setSmoothing(Number(e.target.value))}
        />
        <output htmlFor={smoothingId}>{smoothing.toFixed(2)}</output>
      </div>
      {series.length === 0 ? (
        <p className="hint">No run is shown: tick Show in the runs table to plot it.</p>
      ) : (
        <>
          <Legend series={series} />
          <div className="charts">
            {(Object.keys(CHARTS) as Metric[]).map((metric) => (
              <OverlayChart key={metric} metric={metric} axis={axis} series={series} />
            ))}
          </div>
          <OverlayTable series={series} axis={axis} smoothing={smoothing} />
        </>
      )}
    </div>
  );
}

/**
 * One HTML legend for both charts: it wraps long labels, which an SVG legend inside a
 * fixed-height chart cannot do without squeezing the plot. Past LEGEND_ENTRIES it collapses,
 * and it never grows taller than a chart (it scrolls), so that the charts stay in view.
 */
function Legend({ series }: { series: StyledSeries[] }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const collapsible = series.length > LEGEND_ENTRIES;
  const listed = collapsible && !all ? series.slice(0, LEGEND_ENTRIES) : series;
  return (
    <div className="compare-legend-box">
      <ul
        id={listId}
        className="compare-legend"
        aria-label="Runs plotted"
        style={{ maxHeight: CHART_HEIGHT }}
        // Scrollable when every entry is listed: focusable, so that keys scroll it.
        tabIndex={collapsible && all ? 0 : undefined}
      >
        {listed.map((s) => (
          <li key={s.key}>
            <Swatch style={s.style} band={s.seeds > 1} />
            {s.label}
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((shown) => !shown)}
        >
          {all ? 'Show fewer' : `Show all ${series.length}`}
        </button>
      )}
    </div>
  );
}

interface OverlayChartProps {
  metric: Metric;
  axis: XAxisKind;
  series: StyledSeries[];
}

/** Round ticks (see chartTicks.ts) over every value drawn, bands included. */
export function overlayAxes(metric: Metric, series: readonly OverlaySeries[]) {
  const values: number[] = [];
  const xs: number[] = [0];
  for (const s of series)
    for (const p of s.points) {
      xs.push(p.x);
      const value = p[metric];
      if (value !== null && Number.isFinite(value)) values.push(value);
      for (const bound of p[`${metric}Range`] ?? []) if (Number.isFinite(bound)) values.push(bound);
    }
  const x = roundTicks(0, Math.max(...xs) || 1, AXIS_TICKS);
  const y =
    metric === 'valAccuracy'
      ? roundTicks(values.length > 0 ? Math.max(0, Math.min(...values)) : 0, 1, AXIS_TICKS)
      : roundTicks(0, values.length > 0 ? Math.max(...values) || 1 : 1, AXIS_TICKS);
  return { x, y };
}

function OverlayChart({ metric, axis, series }: OverlayChartProps) {
  const spec = CHARTS[metric];
  const ticks = overlayAxes(metric, series);
  return (
    <figure className="card chart" aria-label={`Comparison: ${spec.title}`}>
      <figcaption>
        {spec.caption} against {X_AXIS_LABELS[axis].toLowerCase()}
      </figcaption>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        {/* No keyboard layer: the table of values gives the numbers, without a focus stop. */}
        <ComposedChart
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {/* Each run brings its own data; a numeric axis without duplicate categories lets
              the tooltip look points up by x rather than by index. */}
          <XAxis
            dataKey="x"
            type="number"
            domain={[0, ticks.x.at(-1)!]}
            ticks={ticks.x}
            allowDuplicatedCategory={false}
            tickFormatter={X_TICKS[axis]}
          />
          <YAxis
            domain={[ticks.y[0], ticks.y.at(-1)!]}
            ticks={ticks.y}
            tickFormatter={spec.tick}
            width={52}
          />
          <Tooltip
            formatter={(value) => spec.format(Number(value))}
            contentStyle={TOOLTIP_STYLE}
            itemSorter={(item) => (spec.better === 'higher' ? -1 : 1) * Number(item.value)}
            labelFormatter={(x) => `${X_AXIS_LABELS[axis]} ${X_TICKS[axis](Number(x))}`}
          />
          {/* Bands first, so that every line is drawn over them; the tooltip gives the means
              (the table of values gives the ranges). */}
          {series
            .filter((s) => s.seeds > 1)
            .map((s) => (
              <Area
                key={`${s.key}-band`}
                data={s.points}
                dataKey={`${metric}Range`}
                name={`${s.label} band`}
                stroke="none"
                fill={s.style.stroke}
                fillOpacity={BAND_OPACITY}
                activeDot={false}
                tooltipType="none"
                legendType="none"
                isAnimationActive={false}
              />
            ))}
          {series.map((s) => (
            <Line
              key={s.key}
              data={s.points}
              dataKey={metric}
              name={s.label}
              stroke={s.style.stroke}
              strokeDasharray={s.style.strokeDasharray}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
