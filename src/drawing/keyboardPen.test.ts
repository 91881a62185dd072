import { describe, expect, it } from 'vitest';
import { penKey, startPen, type PenKey } from './keyboardPen';

const SIDE = 280;
const press = (key: string, shiftKey = false): PenKey => ({ key, shiftKey });

describe('the keyboard pen', () => {
  it('starts lifted in the middle of the pad', () => {
    expect(startPen(SIDE)).toEqual({ x: 140, y: 140, down: false });
  });

  it('moves with the arrow keys without drawing while lifted', () => {
    const moved = penKey(startPen(SIDE), press('ArrowRight'), SIDE);
    expect(moved.pen).toEqual({ x: 150, y: 140, down: false });
    expect(moved.stroke).toBeNull();
    expect(moved.handled).toBe(true);
    expect(penKey(moved.pen, press('ArrowUp', true), SIDE).pen).toEqual({
      x: 150,
      y: 100,
      down: false,
    });
  });

  it('puts the pen down with Space, leaving a dot, and draws a line with each move', () => {
    const down = penKey(startPen(SIDE), press(' '), SIDE);
    expect(down.pen.down).toBe(true);
    expect(down.stroke).toEqual({ from: { x: 140, y: 140 }, to: { x: 140, y: 140 }, starts: true });
    const line = penKey(down.pen, press('ArrowDown'), SIDE);
    expect(line.stroke).toEqual({
      from: { x: 140, y: 140 },
      to: { x: 140, y: 150 },
      starts: false,
    });
    const lifted = penKey(line.pen, press(' '), SIDE);
    expect(lifted.pen).toEqual({ x: 140, y: 150, down: false });
    expect(lifted.stroke).toBeNull();
    expect(lifted.ended).toBe(true);
  });

  it('stays on the pad at its edges', () => {
    let pen = { x: 5, y: 275, down: false };
    pen = penKey(pen, press('ArrowLeft', true), SIDE).pen;
    pen = penKey(pen, press('ArrowDown', true), SIDE).pen;
    expect(pen).toEqual({ x: 0, y: SIDE, down: false });
  });

  it('clears with Delete or Backspace and lifts the pen with Escape', () => {
    const down = { x: 10, y: 10, down: true };
    expect(penKey(down, press('Delete'), SIDE).clear).toBe(true);
    expect(penKey(down, press('Backspace'), SIDE).clear).toBe(true);
    const escaped = penKey(down, press('Escape'), SIDE);
    expect(escaped.pen.down).toBe(false);
    expect(escaped.ended).toBe(true);
  });

  it('leaves other keys, Tab above all, to the page', () => {
    for (const key of ['Tab', 'a', 'Enter'])
      expect(penKey(startPen(SIDE), press(key), SIDE).handled).toBe(false);
    // Escape with the pen already up is the page's (closing a dialog, say).
    expect(penKey(startPen(SIDE), press('Escape'), SIDE).handled).toBe(false);
  });
});
