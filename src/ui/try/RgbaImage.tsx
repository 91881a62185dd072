import { useEffect, useRef } from 'react';
import { paintRgba } from './canvas';

/** A square side x side RGBA image on a canvas, `size` CSS pixels wide, pixelated. */
export function RgbaImage({
  rgba,
  side,
  size,
  label,
}: {
  rgba: Uint8ClampedArray;
  side: number;
  size: number;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) paintRgba(canvas.current, rgba, side);
  }, [rgba, side]);
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
