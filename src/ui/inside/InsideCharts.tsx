/** Small SVG pictures of the inside of a network: a histogram, and a line over the points. */
import type { Histogram } from '../../model/inside';

const HIST_WIDTH = 90;
const HIST_HEIGHT = 40;
const LINE_WIDTH = 220;
const LINE_HEIGHT = 40;

const short = (v: number) => (Math.abs(v) >= 0.01 || v === 0 ? v.toFixed(2) : v.toExponential(0));

/** One histogram as bars, its range written under it. */
export function MiniHistogram({ histogram, label }: { histogram: Histogram; label: string }) {
  const top = Math.max(1, ...histogram.counts);
  const width = HIST_WIDTH / histogram.counts.length;
  return (
    <figure className="inside-hist">
      <svg
        viewBox={`0 0 ${HIST_WIDTH} ${HIST_HEIGHT}`}
        width={HIST_WIDTH}
        height={HIST_HEIGHT}
        role="img"
        aria-label={`${label}: from ${short(histogram.min)} to ${short(histogram.max)}`}
      >
        {histogram.counts.map((count, i) => {
          const height = (count / top) * HIST_HEIGHT;
          return (
            <rect
              key={i}
              x={i * width}
              y={HIST_HEIGHT - height}
              width={width * 0.9}
              height={height}
            />
          );
        })}
      </svg>
      <figcaption>
        {short(histogram.min)} … {short(histogram.max)}
      </figcaption>
    </figure>
  );
}

/**
 * `values` over the points as a line; `log` draws it on a log scale (update ratios span
 * decades). Null values leave a gap.
 */
export function Sparkline({
  values,
  label,
  log = false,
  max,
}: {
  values: (number | null)[];
  label: string;
  log?: boolean;
  /** Top of a linear scale (1 for shares); the largest value when absent. */
  max?: number;
}) {
  const shown = values.map((v) => (v === null || (log && v <= 0) ? null : log ? Math.log10(v) : v));
  const finite = shown.filter((v): v is number => v !== null);
  if (finite.length === 0) return <p className="hint">{label}: not measured yet.</p>;
  const low = log ? Math.min(...finite) : 0;
  const high = log ? Math.max(...finite) : (max ?? Math.max(...finite));
  const span = high - low || 1;
  const x = (i: number) =>
    values.length > 1 ? (i / (values.length - 1)) * LINE_WIDTH : LINE_WIDTH / 2;
  const y = (v: number) => LINE_HEIGHT - 2 - ((v - low) / span) * (LINE_HEIGHT - 4);
  const segments: string[] = [];
  let current = '';
  shown.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg
      className="inside-line"
      viewBox={`0 0 ${LINE_WIDTH} ${LINE_HEIGHT}`}
      width={LINE_WIDTH}
      height={LINE_HEIGHT}
      role="img"
      aria-label={label}
    >
      {segments.map((d, i) => (
        <path key={i} d={d} />
      ))}
      {shown.length === 1 && finite.length === 1 && <circle cx={x(0)} cy={y(finite[0])} r={2} />}
    </svg>
  );
}
