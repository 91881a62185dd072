/** How `auto` chose a run's backend, in words; pure, so it is tested without a page. */
import { BACKENDS, type BackendName, type BackendRate } from '../worker/protocol';
import { formatCount } from './format';

export const BACKEND_LABELS: Record<BackendName, string> = {
  webgl: 'WebGL',
  wasm: 'wasm',
  cpu: 'cpu',
};

/** Significant digits of a timed rate: a second of timing on a shared machine tells no more. */
const RATE_DIGITS = 2;

/** 26,345 as "26,000", 4,873 as "4,900", 9.34 as "9.3". */
export function formatRate(examplesPerSec: number): string {
  return formatCount(Number(examplesPerSec.toPrecision(RATE_DIGITS)));
}

/**
 * "WebGL 4,900 examples/s, wasm 26,000: training on wasm". Backends in BACKENDS order; one whose
 * timing was stopped for being far slower reads "under" its bound. `training` false for a run
 * that has ended ("trained on").
 */
export function describeTiming(
  rates: readonly BackendRate[],
  backend: BackendName,
  training: boolean,
): string {
  const shown = [...rates].sort(
    (a, b) => BACKENDS.indexOf(a.backend) - BACKENDS.indexOf(b.backend),
  );
  const parts = shown.map(({ backend: name, examplesPerSec, timedOut }, i) =>
    [
      BACKEND_LABELS[name],
      timedOut ? ' under ' : ' ',
      formatRate(examplesPerSec),
      i === 0 ? ' examples/s' : '',
      timedOut ? ' (not waited out: far slower)' : '',
    ].join(''),
  );
  return `${parts.join(', ')}: ${training ? 'training' : 'trained'} on ${BACKEND_LABELS[backend]}`;
}
