import { useMemo } from 'react';
import type { ModelInput } from '../../drawing/preprocess';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { ProbabilityBars, formatMs } from './ProbabilityBars';
import { askEachRun } from './runNames';
import { useSerialRequest } from './useSerialRequest';

/** What the models are asked about: the pad's drawing or an uploaded photo, preprocessed. */
export interface AskedImage {
  source: 'drawing' | 'photo';
  /** The photo's file name. */
  name?: string;
  input: ModelInput;
}

interface PredictRequest {
  call: CallWorker;
  runIds: string[];
  pixels: Float32Array;
}

const predict = ({ call, runIds, pixels }: PredictRequest) => askEachRun(call, runIds, pixels);
/** Separates run ids in a dependency key; ids never contain it. */
const KEY_SEPARATOR = '\n';

function blankMessage(asked: AskedImage): string {
  return asked.source === 'photo'
    ? `Nothing in ${asked.name ?? 'the photo'} stands out from its background. Try a photo of one garment on a plain background.`
    : 'Draw something on the pad (or upload a photo) to see what the model thinks it is.';
}

/** The chosen runs' opinions of the current image, asked again whenever it changes. */
export function Predictions({
  call,
  runs,
  asked,
}: {
  call: CallWorker | null;
  runs: Run[];
  asked: AskedImage;
}) {
  const pixels = 'pixels' in asked.input ? asked.input.pixels : null;
  const runKey = runs.map((run) => run.id).join(KEY_SEPARATOR);
  const request = useMemo(
    () => (call && pixels && runKey ? { call, runIds: runKey.split(KEY_SEPARATOR), pixels } : null),
    [call, pixels, runKey],
  );
  const answer = useSerialRequest(request, predict);

  let body;
  if (!pixels) body = <p className="try-message">{blankMessage(asked)}</p>;
  else if (runs.length === 0)
    body = (
      <p className="try-message">
        No trained model yet. Train a run (or stop one early) and it will classify this image.
      </p>
    );
  else if (!call) body = <p className="try-message">The worker is starting…</p>;
  else if (answer.status === 'error')
    body = (
      <p className="try-error" role="alert">
        Could not classify the image: {answer.message}
      </p>
    );
  else if (answer.status === 'idle') body = <p className="try-message">Asking the model…</p>;
  else {
    const names = new Map(runs.map((run) => [run.id, run.name]));
    const shown = answer.result.filter((result) => names.has(result.runId));
    body = (
      <>
        {shown.map(
          (result) =>
            'error' in result && (
              <p key={result.runId} className="try-error" role="alert">
                Could not ask {names.get(result.runId)}: {result.error}
              </p>
            ),
        )}
        <div className="try-bars-row">
          {shown.map(
            (result) =>
              'probabilities' in result && (
                <ProbabilityBars
                  key={result.runId}
                  runName={names.get(result.runId)!}
                  probabilities={result.probabilities}
                  ms={result.ms}
                />
              ),
          )}
        </div>
        <p className="hint">
          Round trip to the worker and back: {formatMs(answer.ms)}. The first answer of a model
          includes its warm-up.
        </p>
      </>
    );
  }
  return (
    // Not a live region: while drawing it changes ten times a second.
    <section className="try-predictions" aria-label="Predictions">
      {body}
    </section>
  );
}
