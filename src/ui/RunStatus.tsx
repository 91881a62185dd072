import { poolSpeedup, remainingMs, sweepRemainingMs } from '../runs/estimate';
import { isActive, type BackendState, type Run } from '../runs/state';
import { GAIN_THRESHOLD } from '../worker/pool';
import type { PoolStatus } from '../worker/protocol';
import { formatCount, formatDuration, formatPercent } from './format';

const STATUS_TEXT: Record<Run['status'], string> = {
  queued: 'Queued',
  running: 'Training',
  done: 'Done',
  stopped: 'Stopped',
  diverged: 'Diverged',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

function BackendLine({ backend }: { backend: BackendState | null }) {
  if (!backend) return <p>Backend: starting…</p>;
  return (
    <>
      <p>
        Backend: <strong>{backend.backend}</strong>
        {backend.renderer && <span className="renderer"> on {backend.renderer}</span>}
      </p>
      {backend.reason && <p>{backend.reason}</p>}
      {backend.fallbackReason && (
        <p className="warning">
          {backend.fallbackReason} Training runs on the {backend.backend} backend instead, which is
          slower.
        </p>
      )}
    </>
  );
}

const workers = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;

/** The pool of training workers: how many, what adding one was measured to gain, the data. */
export function PoolLine({ pool }: { pool: PoolStatus | null }) {
  if (!pool) return null;
  const last = pool.gains.at(-1);
  return (
    <p className="pool">
      Training workers: {pool.workers} ({pool.busy} training, up to {pool.limit}
      {pool.limit < pool.workers || last ? ', by measurement' : ''}).
      {pool.gains.map(({ workers: n, ratio }) => (
        <span key={n}>
          {' '}
          {workers(n)} trained {ratio.toFixed(2)}x the examples/s of {n - 1}
          {ratio < GAIN_THRESHOLD ? ', so the pool keeps ' + workers(n - 1) : ''}.
        </span>
      ))}
      {pool.dataset === 'shared' && ' The dataset was loaded once and is shared by every worker.'}
      {pool.dataset === 'copied' &&
        ' The page is not cross-origin isolated, so each worker holds its own copy of the dataset.'}
    </p>
  );
}

/** Shader compilation before the first step: which stage, and a bar of stages done. */
function WarmupLine({ warmup }: { warmup: NonNullable<Run['warmup']> }) {
  return (
    <p className="warmup">
      <label>
        Warming up the GPU: compiling shaders
        {warmup.stage && ` for the ${warmup.stage}`} ({warmup.done} of {warmup.total}){' '}
        <progress max={warmup.total} value={warmup.done} />
      </label>
    </p>
  );
}

/** The live status of the current run: progress, speed, time left, accuracy. */
export function RunStatus({
  run,
  runs,
  backend,
  pool,
}: {
  run: Run | null;
  runs: readonly Run[];
  backend: BackendState | null;
  pool: PoolStatus | null;
}) {
  const last = run?.points.at(-1);
  const rate = last?.examplesPerSec;
  // Training and the evaluations still to come, at the rates this run measured.
  const timeLeftMs = run?.status === 'running' && last ? remainingMs(runs, run) : null;
  const sweepRuns = run?.sweepId ? runs.filter((r) => r.sweepId === run.sweepId) : [];
  const sweepLeftMs =
    run?.sweepId && sweepRuns.some(isActive)
      ? sweepRemainingMs(runs, run.sweepId, poolSpeedup(pool))
      : null;
  return (
    <section className="card run-status" role="status" aria-label="Training status">
      <BackendLine backend={backend} />
      <PoolLine pool={pool} />
      {run && (
        <>
          <p>
            {run.paused
              ? 'Paused'
              : run.warmup && run.status === 'running'
                ? 'Warming up'
                : STATUS_TEXT[run.status]}
            : step {formatCount(run.step)} / {formatCount(run.config.steps)}
            {last && `, epoch ${last.epoch + 1}`}
            {rate !== undefined && `, ${formatCount(Math.round(rate))} examples/s`}
            {timeLeftMs !== null && `, about ${formatDuration(timeLeftMs)} left`}
          </p>
          {run.warmup && run.status === 'running' && <WarmupLine warmup={run.warmup} />}
          {sweepRuns.length > 1 && sweepRuns.some(isActive) && (
            <p className="sweep-left">
              Sweep: {sweepRuns.filter((r) => !isActive(r)).length} of {sweepRuns.length} runs
              ended, {sweepRuns.filter((r) => r.status === 'running').length} training
              {sweepLeftMs !== null && `, about ${formatDuration(sweepLeftMs)} left`}
            </p>
          )}
          {last && (
            <p>
              Validation accuracy {formatPercent(last.valAccuracy)}, loss {last.valLoss.toFixed(3)}
            </p>
          )}
          {run.test && (
            <p className="test-score">
              Test accuracy {formatPercent(run.test.accuracy)}, loss {run.test.loss.toFixed(3)}
            </p>
          )}
          {run.message && <p className="warning">{run.message}</p>}
        </>
      )}
    </section>
  );
}
