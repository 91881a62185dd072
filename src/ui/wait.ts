/** The wait before a run or a sweep, in words, for the form and the sweep panel. */
import type { TrainConfig } from '../model/config';
import { estimateRunsMs, poolSpeedup, ratesFor } from '../runs/estimate';
import type { Run } from '../runs/state';
import type { PoolStatus } from '../worker/protocol';
import { formatDuration } from './format';

/**
 * "About 12 s on this machine", from the rates of earlier runs; for several runs, how many train
 * at once. Null when no run has measured this machine yet.
 */
export function describeWait(
  runs: readonly Run[],
  pool: PoolStatus | null,
  configs: readonly TrainConfig[],
): string | null {
  if (configs.length === 0) return null;
  const speedup = configs.length > 1 ? poolSpeedup(pool) : 1;
  const ms = estimateRunsMs(runs, configs, speedup);
  const rates = ratesFor(runs, configs[0]);
  if (ms === null || !rates) return null;
  const scaled = configs.every((config) => ratesFor(runs, config)?.exact)
    ? ''
    : ' (scaled from a run of another size)';
  const together =
    configs.length === 1
      ? ''
      : speedup > 1
        ? `, ${pool!.limit} at a time (${speedup.toFixed(1)}x one worker, measured)`
        : pool && pool.gains.length > 0
          ? ', one at a time (a second worker did not help here)'
          : ', one at a time until a second worker is measured';
  return `About ${formatDuration(ms)} on this machine${scaled}${together}.`;
}
