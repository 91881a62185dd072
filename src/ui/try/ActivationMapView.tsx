import { useCallback, useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import type { ActivationMap, MapMethod } from '../../model/inside';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatCount } from '../format';
import { nearestPoint, nextPoint, type Direction } from './mapNavigation';
import { errorMessage } from './useSerialRequest';

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
/** Layers wider than this go to UMAP as their first 10 principal components (the worker's
 *  activation-map.ts says why). */
const UMAP_MAX_DIMS = 128;
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

/** The map's points in viewBox coordinates (y down), one scale per axis filling the box. */
function layout(map: ActivationMap) {
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

function describePoint(map: ActivationMap, i: number): string {
  const label = CLASS_NAMES[map.labels[i]];
  const predicted = CLASS_NAMES[map.predicted[i]];
  return `Test image ${map.indices[i]}: ${label}, ${label === predicted ? 'predicted correctly' : `predicted ${predicted}`}`;
}

function describeMap(map: ActivationMap, runName: string): string {
  const what = `the ${formatCount(map.dims)} activations of ${map.layer} (the layer before the output) for the first ${formatCount(map.indices.length)} test images, as ${runName} was at step ${formatCount(map.step)}`;
  if (map.method === 'pca' && map.explained)
    return `PCA of ${what}: the two axes hold ${Math.round(map.explained[0] * 100)}% and ${Math.round(map.explained[1] * 100)}% of their variance. Images the network sees alike lie close together.`;
  return `UMAP of ${map.dims > UMAP_MAX_DIMS ? 'the first 10 principal components of ' : ''}${what}: neighbours on the map are neighbours in the network's eyes; distances between far clusters mean little.`;
}

/**
 * Where a run puts the test images in its last hidden layer, projected to 2-D: points coloured
 * by class, a legend that isolates a class, hover and arrow keys that name an image and what
 * the run made of it, and a click or Enter that opens it in "What the model looks at".
 */
export function ActivationMapView({
  call,
  run,
  onOpen,
}: {
  call: CallWorker | null;
  run: Run;
  onOpen(testIndex: number): void;
}) {
  const id = useId();
  const map = run.activationMap ?? null;
  const [busy, setBusy] = useState<MapMethod | null>(null);
  const [error, setError] = useState<{ runId: string; message: string } | null>(null);
  const [only, setOnly] = useState<number | null>(null);
  const [focused, setFocused] = useState<{ key: unknown; index: number } | null>(null);
  const points = useMemo(() => (map ? layout(map) : null), [map]);
  const active = focused?.key === map ? focused.index : -1;
  const visible = useCallback((i: number) => only === null || map?.labels[i] === only, [only, map]);

  const make = (method: MapMethod) => {
    if (!call) return;
    setBusy(method);
    setError(null);
    call('activationMap', { runId: run.id, method, step: run.step })
      .catch((e: unknown) => setError({ runId: run.id, message: errorMessage(e) }))
      .finally(() => setBusy(null));
  };

  const toView = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [
      ((event.clientX - box.left) / box.width) * WIDTH,
      ((event.clientY - box.top) / box.height) * HEIGHT,
    ] as const;
  };
  const pointAt = (event: MouseEvent<SVGSVGElement>, radius = Infinity) => {
    if (!points) return -1;
    const [x, y] = toView(event);
    const i = nearestPoint(points.xs, points.ys, x, y, visible);
    return i >= 0 && Math.hypot(points.xs[i] - x, points.ys[i] - y) <= radius ? i : -1;
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!map || !points) return;
    const direction = KEY_DIRECTIONS[event.key];
    const start =
      active >= 0 && visible(active)
        ? active
        : nearestPoint(points.xs, points.ys, WIDTH / 2, HEIGHT / 2, visible);
    if (direction) {
      event.preventDefault();
      // Screen y grows downwards: flip it, so that up is up.
      const flipped = points.ys.map((y) => -y);
      setFocused({
        key: map,
        index: active >= 0 ? nextPoint(points.xs, flipped, start, direction, visible) : start,
      });
    } else if (event.key === 'Home') {
      event.preventDefault();
      setFocused({ key: map, index: start });
    } else if ((event.key === 'Enter' || event.key === ' ') && active >= 0) {
      event.preventDefault();
      onOpen(map.indices[active]);
    }
  };

  const shownError = error?.runId === run.id ? error.message : null;
  const counts = map ? CLASS_NAMES.map((_, c) => map.labels.filter((l) => l === c).length) : [];

  return (
    <section className="try-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Hidden activations map</h3>
      <div className="try-map-tools">
        <button type="button" disabled={!call || busy !== null} onClick={() => make('pca')}>
          {map ? 'Redraw by PCA' : 'Make the map (PCA)'}
        </button>
        <button type="button" disabled={!call || busy !== null} onClick={() => make('umap')}>
          Redraw by UMAP
        </button>
        {busy && (
          <span role="status">
            {busy === 'umap' ? 'Running UMAP on' : 'Projecting'} 2,000 test images… (UMAP takes some
            seconds)
          </span>
        )}
      </div>
      {shownError && (
        <p className="try-error" role="alert">
          Could not make the map: {shownError}
        </p>
      )}
      {!map && !busy && (
        <p className="try-message">
          No map of {run.name} yet: the lab makes one when a run ends. Make it now with the button
          above.
        </p>
      )}
      {map && points && (
        <div className="try-map">
          <p className="hint">
            {describeMap(map, run.name)} Made in {formatCount(Math.round(map.ms))} ms.
          </p>
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
            aria-label={`Map of ${formatCount(map.indices.length)} test images`}
            aria-describedby={`${id}-keys`}
            onKeyDown={onKeyDown}
            onPointerMove={(event) => {
              const i = pointAt(event);
              if (i >= 0) setFocused({ key: map, index: i });
            }}
            onClick={(event) => {
              const i = pointAt(event, CLICK_RADIUS);
              if (i >= 0) onOpen(map.indices[i]);
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
            {active >= 0 && (
              <circle
                className="try-map-focus"
                cx={points.xs[active]}
                cy={points.ys[active]}
                r={FOCUS_RADIUS}
              />
            )}
          </svg>
          <p id={`${id}-keys`} className="hint">
            Point at a dot, or focus the map and use the arrow keys, to name its image; click it or
            press Enter to open it above in What the model looks at. The legend shows one class at a
            time.
          </p>
          <p className="try-map-readout" aria-live="polite">
            {active >= 0 ? describePoint(map, active) : 'No image chosen.'}
          </p>
        </div>
      )}
    </section>
  );
}
