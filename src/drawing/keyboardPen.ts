/**
 * Drawing with the keyboard: a pen cursor that the arrow keys move and Space puts down or
 * lifts. Pure: a key and the pen in, the new pen and what to paint out; the pad does the paint.
 */

export interface Pen {
  /** Position in pad pixels, 0..side. */
  x: number;
  y: number;
  /** Whether moving draws. */
  down: boolean;
}

export interface PenKey {
  key: string;
  shiftKey: boolean;
}

export interface PenStroke {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** The first segment of a stroke: the pad remembers the drawing before it, for Undo. */
  starts: boolean;
}

export interface PenResult {
  pen: Pen;
  /** A segment to paint (from = to for the dot where the pen goes down), or null. */
  stroke: PenStroke | null;
  /** The pen was lifted: the stroke is complete. */
  ended: boolean;
  clear: boolean;
  /** Whether the key was the pen's (its default, such as scrolling, should be prevented). */
  handled: boolean;
}

/** One model-input pixel of a 280-pixel pad per press; four with Shift, to cross it quickly. */
const STEP_FRACTION = 1 / 28;
const SHIFT_STEPS = 4;

const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function startPen(side: number): Pen {
  return { x: side / 2, y: side / 2, down: false };
}

const clamp = (v: number, side: number) => Math.min(side, Math.max(0, v));

export function penKey(pen: Pen, { key, shiftKey }: PenKey, side: number): PenResult {
  const result = { pen, stroke: null, ended: false, clear: false, handled: true };
  const move = MOVES[key];
  if (move) {
    const step = Math.round(side * STEP_FRACTION) * (shiftKey ? SHIFT_STEPS : 1);
    const moved = {
      ...pen,
      x: clamp(pen.x + move[0] * step, side),
      y: clamp(pen.y + move[1] * step, side),
    };
    const stroke = pen.down
      ? { from: { x: pen.x, y: pen.y }, to: { x: moved.x, y: moved.y }, starts: false }
      : null;
    return { ...result, pen: moved, stroke };
  }
  switch (key) {
    case ' ':
      return pen.down
        ? { ...result, pen: { ...pen, down: false }, ended: true }
        : {
            ...result,
            pen: { ...pen, down: true },
            stroke: { from: { x: pen.x, y: pen.y }, to: { x: pen.x, y: pen.y }, starts: true },
          };
    case 'Escape':
      return pen.down
        ? { ...result, pen: { ...pen, down: false }, ended: true }
        : { ...result, handled: false };
    case 'Delete':
    case 'Backspace':
      return { ...result, clear: true };
    default:
      return { ...result, handled: false };
  }
}
