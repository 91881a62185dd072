import { useCallback, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import { nearestPoint, nextPoint, type Direction } from './mapNavigation';

/** Tableau 10: ten colours apart enough to name a class each; the legend also isolates one. */
export const CLASS_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;
const WIDTH = 480;
const HEIGHT = 360;
const MARGIN = 10;
const POINT_RADIUS = 2.2;
const FOCUS_RADIUS = 6;
/** A click further than this from every point (in map units of the viewBox) opens none. */
const CLICK_RADIUS = 12;
const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Points of a map: positions, and each one's true class. */
export interface MapPoints {
  x: number[];
  y: number[];
  labels: number[];
}

/** The map's points in viewBox coordinates (y down), one scale per axis filling the box. */
function layout(map: MapPoints) {
  const bounds = (values: number[]) => [Math.min(...values), Math.max(...values)] as const;
  const [x0, x1] = bounds(map.x);
  const [y0, y1] = bounds(map.y);
  const sx = (WIDTH - 2 * MARGIN) / (x1 - x0 || 1);
  const sy = (HEIGHT - 2 * MARGIN) / (y1 - y0 || 1);
  return {
    xs: map.x.map((x) => MARGIN + (x - x0) * sx),
    ys: map.y.map((y) => HEIGHT - MARGIN - (y - y0) * sy),
  };
}

/**
 * A map of images as points coloured by class: a legend that isolates a class, hover and arrow
 * keys that name an image (`describe`), and, with `onOpen`, a click or Enter that opens it. The
 * focused image stays focused when the points move (a new frame of the same images).
 */
export function MapPlot({
  points: map,
  label,
  describe,
  onOpen,
  openHint,
}: {
  points: MapPoints;
  label: string;
  describe(i: number): string;
  onOpen?(i: number): void;
  /** How to open an image, for the hint: "click it or press Enter to …". */
  openHint?: string;
}) {
  const id = useId();
  const [only, setOnly] = useState<number | null>(null);
  const [active, setActive] = useState(-1);
  const points = useMemo(() => layout(map), [map]);
  const shown = active < map.labels.length ? active : -1;
  const visible = useCallback((i: number) => only === null || map.labels[i] === only, [only, map]);

  const toView = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [
      ((event.clientX - box.left) / box.width) * WIDTH,
      ((event.clientY - box.top) / box.height) * HEIGHT,
    ] as const;
  };
  const pointAt = (event: MouseEvent<SVGSVGElement>, radius = Infinity) => {
    const [x, y] = toView(event);
    const i = nearestPoint(points.xs, points.ys, x, y, visible);
    return i >= 0 && Math.hypot(points.xs[i] - x, points.ys[i] - y) <= radius ? i : -1;
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const direction = KEY_DIRECTIONS[event.key];
    const start =
      shown >= 0 && visible(shown)
        ? shown
        : nearestPoint(points.xs, points.ys, WIDTH / 2, HEIGHT / 2, visible);
    if (direction) {
      event.preventDefault();
      // Screen y grows downwards: flip it, so that up is up.
      const flipped = points.ys.map((y) => -y);
      setActive(shown >= 0 ? nextPoint(points.xs, flipped, start, direction, visible) : start);
    } else if (event.key === 'Home') {
      event.preventDefault();
      setActive(start);
    } else if ((event.key === 'Enter' || event.key === ' ') && shown >= 0 && onOpen) {
      event.preventDefault();
      onOpen(shown);
    }
  };

  const counts = CLASS_NAMES.map((_, c) => map.labels.filter((l) => l === c).length);

  return (
    <>
      <ul className="try-map-legend" aria-label="Classes on the map">
        {CLASS_NAMES.map((name, c) => (
          <li key={name}>
            <button
              type="button"
              aria-pressed={only === c}
              onClick={() => setOnly(only === c ? null : c)}
            >
              <span
                className="try-map-swatch"
                style={{ background: CLASS_COLOURS[c] }}
                aria-hidden="true"
              />
              {name} ({counts[c]})
            </button>
          </li>
        ))}
      </ul>
      <svg
        className="try-map-plot"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="application"
        tabIndex={0}
        aria-label={label}
        aria-describedby={`${id}-keys`}
        onKeyDown={onKeyDown}
        onPointerMove={(event) => {
          const i = pointAt(event);
          if (i >= 0) setActive(i);
        }}
        onClick={(event) => {
          const i = pointAt(event, CLICK_RADIUS);
          if (i >= 0 && onOpen) onOpen(i);
        }}
      >
        {map.labels.map((label, i) => (
          <circle
            key={i}
            cx={points.xs[i]}
            cy={points.ys[i]}
            r={POINT_RADIUS}
            fill={CLASS_COLOURS[label]}
            opacity={visible(i) ? 0.85 : 0.08}
          />
        ))}
        {shown >= 0 && (
          <circle
            className="try-map-focus"
            cx={points.xs[shown]}
            cy={points.ys[shown]}
            r={FOCUS_RADIUS}
          />
        )}
      </svg>
      <p id={`${id}-keys`} className="hint">
        Point at a dot, or focus the map and use the arrow keys, to name its image
        {openHint ? `; ${openHint}` : ''}. The legend shows one class at a time.
      </p>
      <p className="try-map-readout" aria-live="polite">
        {shown >= 0 ? describe(shown) : 'No image chosen.'}
      </p>
    </>
  );
}
