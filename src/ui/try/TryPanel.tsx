import { useCallback, useEffect, useMemo, useState } from 'react';
import { preprocess } from '../../drawing/preprocess';
import { hasTrainedModel, type Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { ConfusionMatrix } from './ConfusionMatrix';
import { ConvInspector, hasConvLayer } from './ConvInspector';
import { MyGarments } from '../garments/MyGarments';
import { SaveGarment } from '../garments/SaveGarment';
import type { TryGarments } from '../garments/types';
import type { Cell } from './ConfusionTable';
import { DrawingPad } from './DrawingPad';
import { ANY_CLASS, type MistakeFilter } from './mistakes';
import { Mistakes, type MistakesOpening } from './Mistakes';
import { ModelInputPreview } from './ModelInputPreview';
import { PhotoUpload } from './PhotoUpload';
import { Predictions, type AskedImage } from './Predictions';
import { RunPicker } from './RunPicker';
import { RunBook, withRunNames } from './runNames';
import { SampleGrid } from './SampleGrid';
import { ActivationMapView } from './ActivationMapView';
import { SaliencyView, type LookSource } from './SaliencyView';
import { useTestPredictions } from './useTestPredictions';
import './try.css';

const NOTHING_DRAWN: AskedImage = { source: 'drawing', input: { blank: true } };

/** Runs whose model the worker holds: finished, or stopped early with what they learned. */
export const isUsable = hasTrainedModel;

function mostRecent(runs: Run[]): Run | null {
  return runs.reduce<Run | null>(
    (latest, run) => (!latest || run.createdAt >= latest.createdAt ? run : latest),
    null,
  );
}

/**
 * The "Try it" area: draw a garment or upload a photo and see what trained runs make of it,
 * look at test images, a run's confusion matrix and its mistakes and, for a CNN, its kernels and
 * feature maps.
 */
export function TryPanel({
  runs,
  call: workerCall,
  garments,
}: {
  runs: Run[];
  call: CallWorker | null;
  /** My garments: save the image asked about, and the set with each run's score. */
  garments?: TryGarments;
}) {
  const usable = useMemo(() => runs.filter(isUsable), [runs]);
  // Every message below names runs by name, never by the worker's ids. The book is read when
  // a call fails, so that a new run or name does not make a new `call` (and drop the cache of
  // test predictions that hangs on it).
  const [book] = useState(() => new RunBook());
  useEffect(() => book.update(runs), [book, runs]);
  const call = useMemo(() => workerCall && withRunNames(workerCall, book), [workerCall, book]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [compareAll, setCompareAll] = useState(false);
  const [asked, setAsked] = useState<AskedImage>(NOTHING_DRAWN);
  const getTestPredictions = useTestPredictions(call);
  const [mistakesFilter, setMistakesFilter] = useState<MistakeFilter>(ANY_CLASS);
  const [mistakesOpening, setMistakesOpening] = useState<MistakesOpening | null>(null);
  const openMistakes = useCallback((cell: Cell, back: () => void) => {
    const filter = { trueClass: cell.trueClass, predictedClass: cell.predictedClass };
    setMistakesFilter(filter);
    setMistakesOpening({ filter, back });
  }, []);
  const [look, setLook] = useState<LookSource>({ kind: 'drawing' });
  const [lookFocus, setLookFocus] = useState(0);

  const chosen = usable.find((run) => run.id === chosenId) ?? mostRecent(usable);
  const asking = compareAll ? usable : chosen ? [chosen] : [];
  const pixels = 'pixels' in asked.input ? asked.input.pixels : null;

  return (
    <section className="card try-panel" aria-labelledby="try-heading">
      <h2 id="try-heading">Try it</h2>
      <RunPicker
        runs={usable}
        chosen={chosen}
        onChoose={setChosenId}
        compareAll={compareAll}
        onCompareAll={setCompareAll}
      />
      <div className="try-row">
        <DrawingPad
          onChange={(image) =>
            setAsked({
              source: 'drawing',
              input: preprocess(image.data, image.width, image.height, 'drawing'),
            })
          }
        />
        <div className="try-column">
          <ModelInputPreview pixels={pixels} />
          <PhotoUpload
            onPhoto={(image, name) =>
              setAsked({
                source: 'photo',
                name,
                input: preprocess(image.data, image.width, image.height, 'photo'),
              })
            }
          />
          {garments && (
            <SaveGarment
              pixels={pixels}
              source={asked.source}
              name={asked.name}
              onSave={garments.save}
            />
          )}
        </div>
        <Predictions call={call} runs={asking} asked={asked} />
      </div>
      {garments && <MyGarments set={garments} run={chosen} />}
      {chosen && (
        <SaliencyView
          call={call}
          run={chosen}
          drawing={pixels}
          drawingName={asked.source === 'photo' ? (asked.name ?? 'the photo') : 'your drawing'}
          source={look}
          onSource={setLook}
          focusRequest={lookFocus}
        />
      )}
      <SampleGrid call={call} run={chosen} getTestPredictions={getTestPredictions} />
      {chosen && (
        <ActivationMapView
          call={call}
          run={chosen}
          onOpen={(index) => {
            setLook({ kind: 'test', index });
            setLookFocus((n) => n + 1);
          }}
        />
      )}
      {chosen && (
        <ConfusionMatrix
          call={call}
          runs={usable}
          run={chosen}
          getTestPredictions={getTestPredictions}
          onOpenMistakes={openMistakes}
        />
      )}
      {chosen && (
        <Mistakes
          call={call}
          runs={usable}
          run={chosen}
          getTestPredictions={getTestPredictions}
          filter={mistakesFilter}
          onFilter={setMistakesFilter}
          opening={mistakesOpening}
        />
      )}
      {chosen && hasConvLayer(chosen) && (
        <ConvInspector call={call} run={chosen} drawing={pixels} />
      )}
    </section>
  );
}
