import type { SeriesStyle } from './palette';

const SWATCH_WIDTH = 18;
const LINE_HEIGHT = 3;
const BAND_HEIGHT = 11;
/** As the charts draw a group's band (see OverlayCharts). */
export const BAND_OPACITY = 0.18;

/**
 * A short sample of a run's chart line, so table rows and legend entries match the lines; with
 * `band`, the shaded band a repeat group's mean line is drawn in.
 */
export function Swatch({ style, band = false }: { style: SeriesStyle; band?: boolean }) {
  const height = band ? BAND_HEIGHT : LINE_HEIGHT;
  return (
    <svg className="swatch" width={SWATCH_WIDTH} height={height} aria-hidden="true">
      {band && (
        <rect width={SWATCH_WIDTH} height={height} fill={style.stroke} fillOpacity={BAND_OPACITY} />
      )}
      <line
        x1={0}
        y1={height / 2}
        x2={SWATCH_WIDTH}
        y2={height / 2}
        stroke={style.stroke}
        strokeDasharray={style.strokeDasharray}
        strokeWidth={LINE_HEIGHT}
      />
    </svg>
  );
}
