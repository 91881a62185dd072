/**
 * Unpacks the first conv layer's tensors, as `inspectConv` returns them, into one small image
 * per filter. Pure.
 */

/** Filter `f`'s k x k weights, row-major, from kernels laid out [k, k, 1, filters]. */
export function kernelOf(
  kernels: Float32Array,
  kernelSize: number,
  filters: number,
  f: number,
): Float32Array {
  const weights = new Float32Array(kernelSize * kernelSize);
  for (let i = 0; i < weights.length; i++) weights[i] = kernels[i * filters + f];
  return weights;
}

/** Filter `f`'s feature map, side x side row-major, from maps laid out [side, side, filters]. */
export function featureMapOf(
  maps: Float32Array,
  side: number,
  filters: number,
  f: number,
): Float32Array {
  const map = new Float32Array(side * side);
  for (let i = 0; i < map.length; i++) map[i] = maps[i * filters + f];
  return map;
}

/** The largest absolute value: the shared ± end of a diverging colour scale (0 if empty). */
export function symmetricScale(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  return largest;
}

/** `values` shifted and scaled to [0, 1] by their own range; all zeros when flat. */
export function normaliseRange(values: Float32Array): Float32Array {
  let [low, high] = [Infinity, -Infinity];
  for (const v of values) [low, high] = [Math.min(low, v), Math.max(high, v)];
  const range = high - low;
  return values.map((v) => (range > 0 ? (v - low) / range : 0));
}
