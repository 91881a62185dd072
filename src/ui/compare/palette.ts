/** Line styles for compared runs, so that colour is never the only thing telling them apart. */

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Ordered so
 * that the faint yellow, hard to see on white, comes last.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/**
 * The colours of compared runs' lines: Okabe–Ito without its yellow, whose thin line on a white
 * chart is close to invisible (contrast 1.2:1).
 */
export const LINE_COLOURS = OKABE_ITO.slice(0, -1);

/** After every colour is used once, the next runs cycle the colours with these dashes. */
const DASH_PATTERNS = [undefined, '6 3', '2 2', '8 3 2 3'] as const;

export interface SeriesStyle {
  stroke: string;
  strokeDasharray?: string;
}

/** The style of the run at `index` in the list of all runs, stable when others are hidden. */
export function seriesStyle(index: number): SeriesStyle {
  const stroke = LINE_COLOURS[index % LINE_COLOURS.length];
  const dash = DASH_PATTERNS[Math.floor(index / LINE_COLOURS.length) % DASH_PATTERNS.length];
  return dash ? { stroke, strokeDasharray: dash } : { stroke };
}
