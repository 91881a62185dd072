/** How `auto` chose a run's backend, in words; pure, so it is tested without a page. */
import { BACKENDS, type BackendName, type BackendRate, type TimingStop } from '../worker/protocol';
import { formatCount } from './format';

export const BACKEND_LABELS: Record<BackendName, string> = {
  webgl: 'WebGL',
  wasm: 'wasm',
  cpu: 'cpu',
};

/** Why a figure is only a bound: the backend was far slower, and where it was left. */
const STOPPED_TEXT: Record<TimingStop, string> = {
  'warm-up': ' in its warm-up (not waited out: far slower)',
  rounds: ' (not waited out: far slower)',
};

/** Significant digits of a timed rate: a second of timing on a shared machine tells no more. */
const RATE_DIGITS = 2;

/** 26,345 as "26,000", 4,873 as "4,900", 9.34 as "9.3". */
export function formatRate(examplesPerSec: number): string {
  return formatCount(Number(examplesPerSec.toPrecision(RATE_DIGITS)));
}

/**
 * "WebGL 4,900 examples/s, wasm 26,000: training on wasm". Backends in BACKENDS order; one whose
 * timing was stopped for being far slower reads "under" its bound, which in a warm-up counts
 * the compiling too, and says so. `training` false for a run
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
  const parts = shown.map(({ backend: name, examplesPerSec, stopped }, i) =>
    [
      BACKEND_LABELS[name],
      stopped ? ' under ' : ' ',
      formatRate(examplesPerSec),
      i === 0 ? ' examples/s' : '',
      stopped ? STOPPED_TEXT[stopped] : '',
    ].join(''),
  );
  return `${parts.join(', ')}: ${training ? 'training' : 'trained'} on ${BACKEND_LABELS[backend]}`;
}
