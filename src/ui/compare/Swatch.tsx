import type { SeriesStyle } from './palette';

const SWATCH_WIDTH = 18;
const SWATCH_HEIGHT = 3;

/** A short sample of a run's chart line, so table rows and legend entries match the lines. */
export function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className="swatch" width={SWATCH_WIDTH} height={SWATCH_HEIGHT} aria-hidden="true">
      <line
        x1={0}
        y1={SWATCH_HEIGHT / 2}
        x2={SWATCH_WIDTH}
        y2={SWATCH_HEIGHT / 2}
        stroke={style.stroke}
        strokeDasharray={style.strokeDasharray}
        strokeWidth={SWATCH_HEIGHT}
      />
    </svg>
  );
}
