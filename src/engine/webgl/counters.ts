/**
 * Counts what a WebGL training step costs that transfers to a real GPU, where there is none to
 * time: the shader programs it runs, the uploads from the CPU and the reads back.
 *
 * It wraps four methods of the backend's GPGPUContext (TF.js's own, public in its types):
 * `executeProgram` (every draw: each op's program, and the encode program of each upload),
 * `uploadDenseMatrixToTexture` (every upload of CPU values) and the three downloads a read uses.
 * counters.browser.test.ts fails if a TF.js upgrade renames them.
 */
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { StepCost } from '../../model/types';

export interface WebglCounts {
  programs: number;
  uploads: number;
  uploadedBytes: number;
  reads: number;
}

type Gpgpu = MathBackendWebGL['gpgpu'];
const READS = [
  'downloadMatrixFromPackedTexture',
  'downloadByteEncodedFloatMatrixFromOutputTexture',
  'downloadFloat32MatrixFromBuffer',
] as const;
const UPLOAD = 'uploadDenseMatrixToTexture';
const PROGRAM = 'executeProgram';
/** The methods counted, as they are named in TF.js 4.22's GPGPUContext. */
export const COUNTED_METHODS = [PROGRAM, UPLOAD, ...READS] as const;

const installed = new WeakMap<Gpgpu, WebglCounts>();

/**
 * The running counts of `backend`'s GPU work, counting from the first call for that backend.
 * Throws, naming the method, if the context lacks one of them.
 */
export function webglCounts(backend: MathBackendWebGL): WebglCounts {
  const gpgpu = backend.gpgpu;
  const known = installed.get(gpgpu);
  if (known) return known;
  const counts: WebglCounts = { programs: 0, uploads: 0, uploadedBytes: 0, reads: 0 };
  const target = gpgpu as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of COUNTED_METHODS)
    if (typeof target[name] !== 'function')
      throw new Error(`TF.js's GPGPUContext has no ${name} any more: the WebGL counters need it.`);
  const wrap = (name: string, count: (args: unknown[]) => void) => {
    const own = target[name].bind(gpgpu);
    target[name] = (...args: unknown[]) => {
      count(args);
      return own(...args);
    };
  };
  wrap(PROGRAM, () => counts.programs++);
  wrap(UPLOAD, (args) => {
    counts.uploads++;
    const values = args[3] as ArrayLike<number> & { byteLength?: number };
    counts.uploadedBytes += values?.byteLength ?? 0;
  });
  for (const name of READS) wrap(name, () => counts.reads++);
  installed.set(gpgpu, counts);
  return counts;
}

/** What happened between two snapshots of the counts. */
export function countsSince(before: WebglCounts, after: WebglCounts): WebglCounts {
  return {
    programs: after.programs - before.programs,
    uploads: after.uploads - before.uploads,
    uploadedBytes: after.uploadedBytes - before.uploadedBytes,
    reads: after.reads - before.reads,
  };
}

/** Steps at the start not counted: the first ones upload the weights and make Adam's moments. */
const SETTLING_STEPS = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Counts each training step's programs, uploads and reads from the running counts, called after
 * every step; a step right after an evaluation point is left out (the evaluation ran in it).
 */
export class StepCostMeter {
  private last: WebglCounts | null = null;
  private readonly steps: WebglCounts[] = [];

  constructor(
    private readonly counts: WebglCounts,
    private readonly evalEvery: number,
  ) {}

  onStep(step: number): void {
    const now = { ...this.counts };
    const afterEval = (step - 1) % this.evalEvery === 0;
    if (this.last && step > SETTLING_STEPS && !afterEval)
      this.steps.push(countsSince(this.last, now));
    this.last = now;
  }

  summary(): StepCost | null {
    if (this.steps.length === 0) return null;
    const of = (key: keyof WebglCounts) => median(this.steps.map((s) => s[key]));
    const reads = this.steps.reduce((sum, s) => sum + s.reads, 0);
    return {
      programs: of('programs'),
      uploads: of('uploads'),
      uploadedBytes: of('uploadedBytes'),
      reads: reads / this.steps.length,
      steps: this.steps.length,
    };
  }
}
