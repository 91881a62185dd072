import { useId } from 'react';
import { CLASS_NAMES } from '../../data/dataset';
import { roundedPercents } from './percentages';

/** One frame at 60 Hz: the latency below which predicting while drawing feels instant. */
const FRAME_MS = 1000 / 60;
const PERCENT_DECIMALS = 1;

export function formatMs(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

/**
 * One run's ten class probabilities as labelled bars (percentages summing to 100), the most
 * probable class highlighted, with the time the model took in the worker.
 */
export function ProbabilityBars({
  runName,
  probabilities,
  ms,
}: {
  runName: string;
  probabilities: number[];
  ms: number;
}) {
  const captionId = useId();
  const percents = roundedPercents(probabilities, PERCENT_DECIMALS);
  const top = probabilities.indexOf(Math.max(...probabilities));
  const format = (percent: number) => `${percent.toFixed(PERCENT_DECIMALS)}%`;
  return (
    <figure className="try-bars" aria-label={runName}>
      <figcaption id={captionId}>
        <span className="try-bars-run">{runName}</span>
        <span
          className={ms > FRAME_MS ? 'try-latency try-slow' : 'try-latency'}
          title="Time the model took to answer, in the worker"
        >
          {formatMs(ms)}
        </span>
      </figcaption>
      <p className="try-top">
        Most likely: <strong>{CLASS_NAMES[top]}</strong> ({format(percents[top])})
      </p>
      <ul role="list" aria-labelledby={captionId}>
        {CLASS_NAMES.map((name, c) => (
          <li
            key={name}
            role="listitem"
            aria-label={`${name} ${format(percents[c])}`}
            data-testid="class-probability"
            className={c === top ? 'try-bar try-bar-top' : 'try-bar'}
          >
            <span className="try-bar-name">{name}</span>
            <span className="try-bar-track" aria-hidden="true">
              <span className="try-bar-fill" style={{ width: `${percents[c]}%` }} />
            </span>
            <span className="try-bar-value">{format(percents[c])}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
