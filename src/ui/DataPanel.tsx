import type { DataState } from '../runs/state';
import { formatBytes, formatCount } from './format';
import { OfflineStatus } from './OfflineStatus';

/** Dataset loading progress in bytes and images, the ready summary, or the error with a retry. */
export function DataPanel({ data, onRetry }: { data: DataState; onRetry(): void }) {
  if (data.phase === 'error')
    return (
      <section className="card data-panel error" aria-label="Dataset">
        <h2>Dataset</h2>
        <p role="alert">Could not load Fashion-MNIST: {data.message}</p>
        <button type="button" onClick={onRetry}>
          Retry loading the dataset
        </button>
      </section>
    );
  if (data.phase === 'ready')
    return (
      <section className="card data-panel" aria-label="Dataset">
        <h2>Dataset</h2>
        <p>
          Fashion-MNIST ready: {formatCount(data.trainCount)} training and{' '}
          {formatCount(data.testCount)} test images, streamed in {(data.ms / 1000).toFixed(1)} s.
        </p>
        <OfflineStatus />
      </section>
    );
  const progress = data.progress;
  const total = progress?.imagesTotal ?? 70_000;
  const images = progress?.imagesLoaded ?? 0;
  return (
    <section className="card data-panel" aria-label="Dataset">
      <h2>Dataset</h2>
      <label>
        Loading Fashion-MNIST
        <progress max={total} value={images} aria-label="Dataset loading progress" />
      </label>
      <p className="hint">
        {formatCount(images)} / {formatCount(total)} images
        {progress &&
          `, ${formatBytes(progress.bytesLoaded)}${progress.bytesTotal ? ` / ${formatBytes(progress.bytesTotal)}` : ''}`}
      </p>
    </section>
  );
}
