import { useId, useState } from 'react';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatCount } from '../format';
import { RunSelect } from '../RunSelect';
import { InsideTable } from './InsideTable';
import { LiveMapView } from './LiveMap';
import { MiniHistogram, Sparkline } from './InsideCharts';
import { describeInside, insidePoints } from './insideText';
import './inside.css';

/** Moments shown as small multiples: the first point, the last, and evenly between. */
const MOMENTS = 6;

/** Up to MOMENTS indices spread evenly over 0..n-1, first and last included. */
export function spreadIndices(n: number, count = MOMENTS): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)));
}

function Findings({ run }: { run: Run }) {
  return (
    <ul className="inside-findings">
      {describeInside(run.points).map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * Inside the network while it learns: per layer, histograms of its weights and gradients at a
 * few moments, how far its weights moved between points, and per ReLU layer the dead units;
 * with the same numbers as a table, and what they mean in words.
 */
export function InsidePanel({
  runs,
  current,
  call,
}: {
  runs: Run[];
  current: Run | null;
  /** The worker, for the images the live map opens; null before the dataset is ready. */
  call: CallWorker | null;
}) {
  const id = useId();
  const candidates = runs.filter((run) => run.points.some((point) => point.inside));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [asTable, setAsTable] = useState(false);
  const [otherId, setOtherId] = useState('');
  const chosen =
    candidates.find((run) => run.id === chosenId) ??
    (current && candidates.includes(current) ? current : (candidates.at(-1) ?? null));
  const points = chosen ? insidePoints(chosen.points) : [];
  const last = points.at(-1);
  const moments = spreadIndices(points.length).map((i) => points[i]);
  const other = candidates.find((run) => run.id === otherId && run !== chosen) ?? null;

  return (
    <section className="card inside-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Inside the network</h2>
      {!chosen || !last ? (
        <p className="hint">
          Train a run to look inside it: at every evaluation point the lab records each layer's
          weights and gradients and the hidden units that never fire.
        </p>
      ) : (
        <>
          <div className="inside-tools">
            <span>
              <label htmlFor={`${id}-run`}>Run</label>{' '}
              <RunSelect
                id={`${id}-run`}
                runs={candidates}
                value={chosen.id}
                onChange={setChosenId}
              />
            </span>
            <span>
              <label htmlFor={`${id}-other`}>Compare with</label>{' '}
              <RunSelect
                id={`${id}-other`}
                runs={candidates.filter((run) => run !== chosen)}
                value={other?.id ?? ''}
                onChange={setOtherId}
                none="no other run"
              />
            </span>
            <label className="inside-toggle">
              <input
                type="checkbox"
                checked={asTable}
                onChange={(e) => setAsTable(e.target.checked)}
              />
              Show as a table
            </label>
          </div>
          {other ? (
            <div className="inside-compare">
              {[chosen, other].map((run) => (
                <div key={run.id}>
                  <h3>{run.name}</h3>
                  <Findings run={run} />
                </div>
              ))}
            </div>
          ) : (
            <Findings run={chosen} />
          )}
          <p className="hint">
            Gradients: the last training step&apos;s before each point, on its batch of{' '}
            {last.inside.gradientBatch} training images. Dead units and saturation: on the first{' '}
            {formatCount(last.inside.probeImages)} validation images, in the evaluation pass.
            Measuring took {last.inside.ms.toFixed(0)} ms at the last point, besides what the
            evaluation pass gathered for it.
          </p>
          {asTable ? (
            <InsideTable run={chosen} points={points} />
          ) : (
            <div className="inside-multiples">
              {last.inside.layers.map((layer, l) => (
                <div key={layer.name} className="inside-layer">
                  <h3>
                    {layer.kind} layer {l + 1} ({layer.name},{' '}
                    {formatCount(total(layer.weights.counts))} weights)
                  </h3>
                  {(['weights', 'gradients'] as const).map((what) => (
                    <div key={what} className="inside-strip">
                      <span className="inside-strip-label">
                        {what === 'weights' ? 'Weights' : 'Gradients'}
                      </span>
                      {moments.map((point) => (
                        <div key={point.step} className="inside-moment">
                          <MiniHistogram
                            histogram={point.inside.layers[l][what]}
                            label={`${what === 'weights' ? 'Weights' : 'Gradients'} of ${layer.name} at step ${point.step}`}
                          />
                          <span className="inside-step">step {formatCount(point.step)}</span>
                        </div>
                      ))}
                    </div>
                  ))}
                  <div className="inside-strip">
                    <span className="inside-strip-label">Update / weight size</span>
                    <Sparkline
                      values={points.map((point) => point.inside.layers[l]?.updateRatio ?? null)}
                      log
                      label={`Update size over weight size of ${layer.name} at each point, on a log scale; last ${layer.updateRatio?.toPrecision(2) ?? 'not measured'}`}
                    />
                    <span>last {layer.updateRatio?.toPrecision(2) ?? '–'}</span>
                  </div>
                </div>
              ))}
              {last.inside.activations.map((layer, a) => (
                <div key={layer.name} className="inside-strip">
                  <span className="inside-strip-label">
                    Dead {layer.filters ? 'filters' : 'units'} of {layer.name}
                  </span>
                  <Sparkline
                    values={points.map((point) => {
                      const at = point.inside.activations[a];
                      return at ? at.dead / at.units : null;
                    })}
                    max={1}
                    label={`Share of dead ${layer.filters ? 'filters' : 'units'} of ${layer.name} at each point, from 0 to 1; last ${layer.dead} of ${layer.units}`}
                  />
                  <span>
                    last {layer.dead} of {layer.units}
                  </span>
                </div>
              ))}
              <div className="inside-strip">
                <span className="inside-strip-label">Saturated softmax</span>
                <Sparkline
                  values={points.map((point) => point.inside.saturated)}
                  max={1}
                  label={`Share of validation images with a top probability above 99% at each point, from 0 to 1; last ${Math.round(last.inside.saturated * 100)}%`}
                />
                <span>last {Math.round(last.inside.saturated * 100)}%</span>
              </div>
            </div>
          )}
          {other ? (
            <div className="inside-compare">
              {[chosen, other].map((run) => (
                <LiveMapView key={run.id} run={run} call={call} named />
              ))}
            </div>
          ) : (
            <LiveMapView run={chosen} call={call} />
          )}
        </>
      )}
    </section>
  );
}
