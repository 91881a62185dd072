import { poolSpeedup, sweepRemainingMs } from '../runs/estimate';
import { liveLines, trainingRate, type LiveLine } from '../runs/live';
import { isActive, type BackendState, type Run, type Sweep } from '../runs/state';
import { GAIN_THRESHOLD } from '../worker/pool';
import type { StepCost } from '../model/types';
import type { PoolStatus } from '../worker/protocol';
import { describeTiming } from './backendTiming';
import { ParentLine } from './garments/ParentLine';
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

/**
 * The backend: the shown run's when it has one (under `auto` each model shape trains on the
 * backend timed fastest for it, with both rates), else what the worker started.
 */
function BackendLine({ backend, run }: { backend: BackendState | null; run: Run | null }) {
  if (!backend) return <p>Backend: starting…</p>;
  const name = run?.backend ?? backend.backend;
  const renderer = name === 'webgl' ? (run?.renderer ?? backend.renderer) : null;
  return (
    <>
      <p>
        Backend: <strong>{name}</strong>
        {renderer && <span className="renderer"> on {renderer}</span>}
      </p>
      {run?.backend && run.backendTiming && (
        <p className="backend-timing">
          Timed on this model: {describeTiming(run.backendTiming, run.backend, isActive(run))}.
        </p>
      )}
      {run?.engine && <p className="engine">Training engine: {run.engine}.</p>}
      {run?.stepCost && <p className="step-cost">{describeStepCost(run.stepCost)}</p>}
      {backend.reason && <p>{backend.reason}</p>}
    </>
  );
}

/** "Each step ran 25 WebGL programs, uploaded 98 KiB in 2 uploads and read nothing back." */
export function describeStepCost(cost: StepCost): string {
  const kib = Math.round(cost.uploadedBytes / 1024);
  const reads =
    cost.reads === 0
      ? 'read nothing back'
      : `read back from the GPU ${cost.reads.toFixed(2)} times per step`;
  return `Each step ran ${cost.programs} WebGL programs, uploaded ${kib} KiB in ${cost.uploads} uploads and ${reads} (median of ${cost.steps} steps).`;
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

/** "about 8 s left", "under a second left", or nothing when the time is not known. */
function timeLeft(ms: number | null): string | null {
  if (ms === null) return null;
  return ms < 1000 ? 'under a second left' : `about ${formatDuration(ms)} left`;
}

/** "Run 2 of 3 · Hidden units 64 · step 120 / 200 · 12,400 examples/s · about 8 s left". */
export function describeLiveLine(line: LiveLine): string {
  return [
    line.position && `Run ${line.position.index} of ${line.position.total}`,
    line.setting,
    line.seed !== null && `seed ${line.seed}`,
    `step ${formatCount(line.step)} / ${formatCount(line.steps)}`,
    line.paused
      ? 'paused'
      : line.rate !== undefined && `${formatCount(Math.round(line.rate))} examples/s`,
    timeLeft(line.leftMs),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Every run that trains now, one line each: a pool trains several at once. */
export function LiveLines({ lines }: { lines: LiveLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="live-lines">
      {lines.map((line) => (
        <li key={line.runId}>
          <progress max={line.steps} value={line.step} aria-hidden="true" />
          {describeLiveLine(line)}
        </li>
      ))}
    </ul>
  );
}

/** The live status: what trains now, the run the charts follow, and how the lab runs. */
export function RunStatus({
  run,
  runs,
  sweeps,
  backend,
  pool,
}: {
  run: Run | null;
  runs: readonly Run[];
  sweeps: readonly Sweep[];
  backend: BackendState | null;
  pool: PoolStatus | null;
}) {
  const last = run?.points.at(-1);
  const lines = liveLines(runs, sweeps);
  const rate = run ? trainingRate(run) : undefined;
  const left = timeLeft(lines.find((line) => line.runId === run?.id)?.leftMs ?? null);
  // The lines say where each training run is; for a lone run the line below says it all.
  const showLines = lines.length > 1 || lines.some((line) => line.position !== null);
  const sweepRuns = run?.sweepId ? runs.filter((r) => r.sweepId === run.sweepId) : [];
  const sweepLeftMs =
    run?.sweepId && sweepRuns.some(isActive)
      ? sweepRemainingMs(runs, run.sweepId, poolSpeedup(pool))
      : null;
  const queued = runs.filter((r) => r.status === 'queued').length;
  return (
    <section className="card run-status" role="status" aria-label="Training status">
      {showLines && <LiveLines lines={lines} />}
      {lines.length > 0 && queued > 0 && (
        <p className="hint">
          {queued} more run{queued === 1 ? '' : 's'} queued.
        </p>
      )}
      {sweepRuns.length > 1 && sweepRuns.some(isActive) && (
        <p className="sweep-left">
          Sweep: {sweepRuns.filter((r) => !isActive(r)).length} of {sweepRuns.length} runs ended,{' '}
          {sweepRuns.filter((r) => r.status === 'running').length} training
          {sweepLeftMs !== null && `, ${timeLeft(sweepLeftMs)}`}
        </p>
      )}
      {run && (
        <>
          <p className="current-run">
            <strong>{run.name}</strong>
            {' · '}
            {run.paused
              ? 'Paused'
              : run.warmup && run.status === 'running'
                ? 'Warming up'
                : run.timingBackends && run.status === 'queued'
                  ? 'Timing WebGL and wasm on this model'
                  : STATUS_TEXT[run.status]}
            : step {formatCount(run.step)} / {formatCount(run.config.steps)}
            {last && `, epoch ${last.epoch + 1}`}
            {rate !== undefined && `, ${formatCount(Math.round(rate))} examples/s`}
            {left && `, ${left}`}
          </p>
          <ParentLine run={run} />
          {run.warmup && run.status === 'running' && <WarmupLine warmup={run.warmup} />}
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
      {!run && <p className="hint">No run yet: press Train.</p>}
      <details className="engine-details">
        <summary>
          Engine: {run?.backend ?? backend?.backend ?? 'starting…'}
          {/* The engine's name without its reason: the reason is inside. */}
          {run?.engine && `, ${run.engine.replace(/ \(.*\)$/, '')}`}
          {pool && `, ${workers(pool.workers)}`}
        </summary>
        <BackendLine backend={backend} run={run} />
        <PoolLine pool={pool} />
      </details>
      {backend?.fallbackReason && (
        <p className="warning">
          {backend.fallbackReason} Training runs on the {backend.backend} backend instead, which is
          slower.
        </p>
      )}
    </section>
  );
}

/**
 * On a narrow screen the status sits far below the Train button: this bar, fixed at the bottom
 * while runs train, says what trains and links to the curves.
 */
export function LiveBar({ runs, sweeps }: { runs: readonly Run[]; sweeps: readonly Sweep[] }) {
  const lines = liveLines(runs, sweeps);
  const queued = runs.filter((r) => r.status === 'queued').length;
  if (lines.length === 0 && queued === 0) return null;
  return (
    <aside className="live-bar" aria-label="Training progress">
      <span>
        {lines.length === 0
          ? `${queued} run${queued === 1 ? '' : 's'} queued`
          : describeLiveLine(lines[0])}
        {lines.length > 1 && ` (+${lines.length - 1} more training)`}
      </span>
      <a href="#current-run">Curves</a>
    </aside>
  );
}
