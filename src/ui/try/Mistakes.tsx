import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CLASS_NAMES, TEST_COUNT } from '../../data/dataset';
import type { Run } from '../../runs/state';
import type { CallWorker } from '../../worker/client';
import { formatCount } from '../format';
import { RunSelect } from '../RunSelect';
import { usePredictionsOf } from './ConfusionMatrix';
import { mistakeIndices, pageCount, pageOf, pageRange, type MistakeFilter } from './mistakes';
import { splitImages, TestImageGrid } from './TestImageGrid';
import { errorMessage } from './useSerialRequest';
import type { GetTestPredictions } from './useTestPredictions';
import './mistakes.css';

/** Which mistakes to show when a second run is chosen: all of this run's, or one-sided ones. */
type Side = 'all' | 'thisOnly' | 'otherOnly';

/** A request to show the gallery: a confusion-matrix cell's filter, and the cell to go back to. */
export interface MistakesOpening {
  filter: MistakeFilter;
  /** Takes focus back to the cell, for "Back to the matrix". */
  back: () => void;
}

type PageImages =
  { key: string; images: Uint8Array[]; labels: number[] } | { key: string; error: string };

const ANY = '';
const classValue = (c: number | null) => (c === null ? ANY : String(c));
const parseClass = (value: string) => (value === ANY ? null : Number(value));

function ClassSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const id = useId();
  return (
    <div className="field try-inline-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={classValue(value)}
        onChange={(e) => onChange(parseClass(e.target.value))}
      >
        <option value={ANY}>Any class</option>
        {CLASS_NAMES.map((name, c) => (
          <option key={name} value={c}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Shirt taken for T-shirt/top", "Shirt taken for another class", or "" with no filter. */
function describeFilter({ trueClass, predictedClass }: MistakeFilter): string {
  if (trueClass === null && predictedClass === null) return '';
  const truth = trueClass === null ? 'Images' : `${CLASS_NAMES[trueClass]} images`;
  const guess = predictedClass === null ? 'another class' : CLASS_NAMES[predictedClass];
  return `${truth} taken for ${guess}`;
}

/**
 * The test images a run gets wrong, the most confident mistakes first, filtered by true and by
 * predicted class, a page at a time so that every one can be seen; beside a second run, the
 * images one gets wrong and the other right, either way round.
 * Memoised: it does not depend on the drawing, so drawing does not re-render it.
 */
export const Mistakes = memo(function Mistakes({
  call,
  runs,
  run,
  getTestPredictions,
  filter,
  onFilter,
  opening,
}: {
  call: CallWorker | null;
  /** Runs with a trained model, to compare with. */
  runs: Run[];
  run: Run;
  getTestPredictions: GetTestPredictions | null;
  filter: MistakeFilter;
  onFilter: (filter: MistakeFilter) => void;
  /** The latest opening from the confusion matrix; a new object scrolls the gallery in. */
  opening: MistakesOpening | null;
}) {
  const compareId = useId();
  const sideId = useId();
  const pageId = useId();
  const [compareWith, setCompareWith] = useState('');
  const [side, setSide] = useState<Side>('thisOnly');
  const [wantedPage, setWantedPage] = useState<{ key: string; page: number }>();
  const [pageImages, setPageImages] = useState<PageImages>();
  const heading = useRef<HTMLHeadingElement>(null);
  const others = runs.filter((other) => other.id !== run.id);
  const compared = others.find((other) => other.id === compareWith) ?? null;
  const shownSide: Side = compared ? side : 'all';

  const mine = usePredictionsOf(getTestPredictions, run.id);
  const theirs = usePredictionsOf(getTestPredictions, compared?.id ?? null);
  const ready = mine && 'value' in mine ? mine.value : null;
  const otherReady = theirs && 'value' in theirs ? theirs.value : null;
  // The run whose mistakes are shown, and the run that must get them right.
  const wrongRun = shownSide === 'otherOnly' ? compared : run;
  const wrong = shownSide === 'otherOnly' ? otherReady : ready;
  const right = shownSide === 'thisOnly' ? otherReady : shownSide === 'otherOnly' ? ready : null;
  const waiting = !wrong || (shownSide !== 'all' && !right);

  const list = useMemo(
    () => (waiting ? null : mistakeIndices(wrong, filter, right ?? undefined)),
    [waiting, wrong, right, filter],
  );
  const listKey = `${run.id}:${compared?.id ?? ''}:${shownSide}:${filter.trueClass}:${filter.predictedClass}`;
  const pages = pageCount(list?.length ?? 0);
  const requested = wantedPage?.key === listKey ? wantedPage.page : 0;
  const { items, page } = useMemo(() => pageOf(list ?? [], requested), [list, requested]);
  const itemsKey = `${listKey}:${page}`;
  const goTo = (next: number) =>
    setWantedPage({ key: listKey, page: Math.min(Math.max(0, next), pages - 1) });

  useEffect(() => {
    if (!call || items.length === 0) return;
    let current = true;
    call('testImages', { indices: items }).then(
      (value) => {
        if (current)
          setPageImages({
            key: itemsKey,
            images: splitImages(value.images),
            labels: Array.from(value.labels),
          });
      },
      (error: unknown) => {
        if (current) setPageImages({ key: itemsKey, error: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [call, items, itemsKey]);

  // A confusion-matrix cell opened the gallery: bring it into view and move focus to it.
  useEffect(() => {
    if (!opening) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [opening]);

  const failure = [mine, theirs].find((loaded) => loaded && 'error' in loaded);
  const shown = pageImages?.key === itemsKey ? pageImages : null;
  const filterWords = describeFilter(filter);
  const who =
    shownSide === 'all'
      ? `${run.name} gets wrong`
      : `${wrongRun!.name} gets wrong and ${(shownSide === 'thisOnly' ? compared : run)!.name} gets right`;

  return (
    <section className="try-section try-mistakes" aria-label="Mistakes">
      <h3 ref={heading} tabIndex={-1}>
        Mistakes
      </h3>
      <div className="try-mistakes-filters">
        <ClassSelect
          label="True class"
          value={filter.trueClass}
          onChange={(trueClass) => onFilter({ ...filter, trueClass })}
        />
        <ClassSelect
          label="Predicted class"
          value={filter.predictedClass}
          onChange={(predictedClass) => onFilter({ ...filter, predictedClass })}
        />
        <div className="field try-inline-field">
          <label htmlFor={compareId}>Compare with</label>
          <RunSelect
            id={compareId}
            runs={others}
            value={compared?.id ?? ''}
            onChange={setCompareWith}
            none="No other run"
            disabled={others.length === 0}
          />
        </div>
        {compared && (
          <fieldset className="try-mistakes-side">
            <legend>Show</legend>
            {(
              [
                ['thisOnly', `Wrong in ${run.name}, right in ${compared.name}`],
                ['otherOnly', `Wrong in ${compared.name}, right in ${run.name}`],
                ['all', `All of ${run.name}’s mistakes`],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name={sideId}
                  value={value}
                  checked={side === value}
                  onChange={() => setSide(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {failure && 'error' in failure && (
        <p className="try-error" role="alert">
          Could not classify the test set: {failure.error}
        </p>
      )}
      {!failure && waiting && (
        <p className="try-message">Classifying the {formatCount(TEST_COUNT)} test images…</p>
      )}
      {list && (
        <>
          <p className="try-mistakes-count" aria-live="polite">
            {filterWords && `${filterWords}: `}
            {list.length === 0
              ? `none that ${who}.`
              : `${formatCount(list.length)} test image${list.length === 1 ? '' : 's'} ${who}, the most confident first. ${pageRange(list.length, page)}.`}
          </p>
          {shown && 'error' in shown && (
            <p className="try-error" role="alert">
              Could not load the images: {shown.error}
            </p>
          )}
          {items.length > 0 && !shown && <p className="try-message">Loading the images…</p>}
          {shown && 'images' in shown && (
            <TestImageGrid
              caption={`Each image’s label, and what ${wrongRun!.name} predicted`}
              indices={items}
              images={shown.images}
              labels={shown.labels}
              predictions={wrong}
            />
          )}
          <div className="try-cell-actions">
            {pages > 1 && (
              <>
                {/* aria-disabled, not disabled: a disabled button would throw focus away. */}
                <button type="button" aria-disabled={page === 0} onClick={() => goTo(page - 1)}>
                  Previous page
                </button>
                <div className="field try-inline-field try-mistakes-page">
                  <label htmlFor={pageId}>Page</label>
                  <select id={pageId} value={page} onChange={(e) => goTo(Number(e.target.value))}>
                    {Array.from({ length: pages }, (_, p) => (
                      <option key={p} value={p}>
                        {p + 1} of {pages}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  aria-disabled={page === pages - 1}
                  onClick={() => goTo(page + 1)}
                >
                  Next page
                </button>
              </>
            )}
            {opening && (
              <button type="button" onClick={opening.back}>
                Back to the matrix
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
});
