import { useEffect, useRef } from 'react';
import { divergingRgba, grayscaleRgba, paintRgba } from './canvas';

export type PixelPalette =
  /** 0 black to `max` white. */
  | { kind: 'gray'; max: number }
  /** -scale blue, 0 white, +scale red. */
  | { kind: 'diverging'; scale: number };

const GRAY: PixelPalette = { kind: 'gray', max: 1 };

/**
 * A square image of side x side values on a canvas, shown `size` CSS pixels wide with crisp
 * (pixelated) upscaling, so every value the model sees stays visible.
 */
export function PixelImage({
  values,
  side,
  size,
  label,
  palette = GRAY,
}: {
  values: ArrayLike<number>;
  side: number;
  size: number;
  label: string;
  palette?: PixelPalette;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { kind } = palette;
  const level = palette.kind === 'gray' ? palette.max : palette.scale;

  useEffect(() => {
    if (!canvas.current) return;
    const rgba = kind === 'gray' ? grayscaleRgba(values, level) : divergingRgba(values, level);
    paintRgba(canvas.current, rgba, side);
  }, [values, side, kind, level]);

  return (
    <canvas
      ref={canvas}
      className="try-pixels"
      width={side}
      height={side}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
}
