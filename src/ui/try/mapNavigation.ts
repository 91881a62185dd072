/** Moving through the points of a 2-D map by pointer and by keyboard. Pure. */

export type Direction = 'left' | 'right' | 'up' | 'down';

const DIRECTIONS: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, 1],
  down: [0, -1],
};

/** Index of the point of (xs, ys) nearest (x, y), among those `visible` says; -1 if none. */
export function nearestPoint(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x: number,
  y: number,
  visible: (i: number) => boolean = () => true,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (!visible(i)) continue;
    const d = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best;
}

/**
 * The point to go to from point `from` in `direction` (up is +y): the nearest among those that
 * lie more that way than sideways (a 90° cone), sideways distance counting double; `from` when
 * there is none. Coordinates should be on one scale on both axes (the screen's).
 */
export function nextPoint(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  direction: Direction,
  visible: (i: number) => boolean = () => true,
): number {
  const [ux, uy] = DIRECTIONS[direction];
  let best = from;
  let bestCost = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (i === from || !visible(i)) continue;
    const dx = xs[i] - xs[from];
    const dy = ys[i] - ys[from];
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) continue;
    const cost = along * along + 4 * across * across;
    if (cost < bestCost) [best, bestCost] = [i, cost];
  }
  return best;
}
