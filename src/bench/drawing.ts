/**
 * A garment as a visitor draws one on the Try panel's pad: a T-shirt outline in thick
 * anti-aliased strokes on a 280x280 pad, each vertex jittered by a seed, turned into the
 * model's 28x28 input by the app's own preprocessing. Pure: no DOM.
 */
import { mulberry32 } from '../data/split';
import { toModelInput } from '../drawing/preprocess';

export const PAD_SIDE = 280;
const BRUSH_RADIUS = 9;
/** Largest shift of a vertex, as a fraction of the pad. */
const JITTER = 0.03;

/** A T-shirt's outline, clockwise from the left of the neck, in fractions of the pad. */
const T_SHIRT: readonly [number, number][] = [
  [0.4, 0.15],
  [0.25, 0.2],
  [0.1, 0.38],
  [0.2, 0.46],
  [0.3, 0.36],
  [0.3, 0.86],
  [0.7, 0.86],
  [0.7, 0.36],
  [0.8, 0.46],
  [0.9, 0.38],
  [0.75, 0.2],
  [0.6, 0.15],
  [0.5, 0.22],
  [0.4, 0.15],
];

/** Stamps a stroke from a to b into `pad` (intensities in [0, 1]), with a 1-pixel soft edge. */
function stroke(pad: Float32Array, [ax, ay]: number[], [bx, by]: number[]): void {
  const minX = Math.max(0, Math.floor(Math.min(ax, bx) - BRUSH_RADIUS - 1));
  const maxX = Math.min(PAD_SIDE - 1, Math.ceil(Math.max(ax, bx) + BRUSH_RADIUS + 1));
  const minY = Math.max(0, Math.floor(Math.min(ay, by) - BRUSH_RADIUS - 1));
  const maxY = Math.min(PAD_SIDE - 1, Math.ceil(Math.max(ay, by) + BRUSH_RADIUS + 1));
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy || 1;
  for (let y = minY; y <= maxY; y++)
    for (let x = minX; x <= maxX; x++) {
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
      const distance = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
      const ink = Math.max(0, Math.min(1, BRUSH_RADIUS + 0.5 - distance));
      const i = y * PAD_SIDE + x;
      pad[i] = Math.max(pad[i], ink);
    }
}

/** The 784-value model input (row-major, in [0, 1]) of a T-shirt drawn with `seed`'s jitter. */
export function drawnGarment(seed: number): Float32Array {
  const random = mulberry32(seed);
  const jitter = () => (random() * 2 - 1) * JITTER;
  const points = T_SHIRT.map(([x, y]) => [(x + jitter()) * PAD_SIDE, (y + jitter()) * PAD_SIDE]);
  points[points.length - 1] = points[0];
  const pad = new Float32Array(PAD_SIDE * PAD_SIDE);
  for (let i = 1; i < points.length; i++) stroke(pad, points[i - 1], points[i]);
  const input = toModelInput(pad, PAD_SIDE, PAD_SIDE);
  if (!('pixels' in input)) throw new Error('The drawn garment came out blank.');
  return input.pixels;
}
