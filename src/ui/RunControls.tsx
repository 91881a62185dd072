import type { Run } from '../runs/state';

const RETRYABLE: ReadonlySet<Run['status']> = new Set(['failed', 'interrupted', 'diverged']);

/** Pause and resume the current run, or train a failed one again with the same settings. */
export function RunControls(props: {
  run: Run | null;
  onPause(runId: string): void;
  onResume(runId: string): void;
  onRetry(run: Run): void;
}) {
  const { run } = props;
  if (!run) return null;
  return (
    <div className="actions run-controls">
      {run.status === 'running' &&
        (run.paused ? (
          <button type="button" onClick={() => props.onResume(run.id)}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={() => props.onPause(run.id)}>
            Pause
          </button>
        ))}
      {RETRYABLE.has(run.status) && (
        <button type="button" onClick={() => props.onRetry(run)}>
          Retry {run.name}
        </button>
      )}
    </div>
  );
}
