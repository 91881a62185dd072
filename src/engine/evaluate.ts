/**
 * Evaluation: accuracy and mean loss of a model on a whole set, as fast as a training step.
 *
 * A set is gathered once into chunks of EVAL_BATCH images, so a pass never slices a big tensor
 * (wasm's Slice copies its whole input on every call: 34 ms for 32 images out of 10,000). On
 * wasm and WebGL a chunk runs through the training step's own forward ops (wasm-ops.ts, with
 * the WebGL engine's kernels on WebGL; dropout off) and one kernel sums its loss and hits,
 * overall and by class; on the cpu backend through the model's layers. Either way the sums are
 * accumulated on the device and read back once per pass. Per-class accuracy comes out of the
 * same pass: the hits by class, over the images of each class, counted once when the set is
 * gathered.
 */
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from './builders';
import { gatherTensors, type ImagePool } from './batches';
import {
  EVAL_SUMS_HEAD,
  evalSums,
  wasmInferenceForward,
  wasmInferenceStages,
  type PlannedStage,
  type WidenedStage,
} from './wasm/wasm-ops';
import type { Metrics } from '../model/types';

/** Images per forward pass when evaluating; large passes amortise per-call overhead. */
export const EVAL_BATCH = 1000;

/** A set of images in chunks of at most EVAL_BATCH: xs [size, 28, 28, 1], ys int32 [size]. */
export interface EvalSet {
  chunks: { xs: tf.Tensor4D; ys: tf.Tensor1D }[];
  count: number;
  /** Images of each class in the set [NUM_CLASSES]. */
  classCounts: number[];
}

/** What `evaluate` measures: the metrics, per-class accuracy always included. */
export type Evaluation = Metrics & Required<Pick<Metrics, 'classAccuracy'>>;

/**
 * Gathers the images at `indices` of `pool` into an evaluation set, once: chunks of the sizes
 * in `leading` first (the probe's, inspect/probe.ts), then of EVAL_BATCH.
 */
export function makeEvalSet(
  pool: ImagePool,
  indices: ArrayLike<number>,
  leading: readonly number[] = [],
): EvalSet {
  const chunks: EvalSet['chunks'] = [];
  for (let start = 0, i = 0; start < indices.length; i++) {
    const end = Math.min(indices.length, start + (leading[i] ?? EVAL_BATCH));
    chunks.push(gatherTensors(pool, indices, start, end));
    start = end;
  }
  const classCounts = new Array<number>(NUM_CLASSES).fill(0);
  for (let i = 0; i < indices.length; i++) classCounts[pool.labels[indices[i]]]++;
  return { chunks, count: indices.length, classCounts };
}

/** The first `count` images of a pool (the test set), as an evaluation set. */
export function makeWholeSet(pool: ImagePool, count: number): EvalSet {
  return makeEvalSet(
    pool,
    Int32Array.from({ length: count }, (_, i) => i),
  );
}

export function disposeEvalSet(set: EvalSet): void {
  for (const chunk of set.chunks) tf.dispose([chunk.xs, chunk.ys]);
}

/** The model's logits [n, 10] for xs [n, 28, 28, 1], through the fast path where there is one. */
export function predictLogits(model: tf.LayersModel, xs: tf.Tensor): tf.Tensor2D {
  const forward = wasmInferenceForward(model);
  return (forward ? forward(xs) : model.predict(xs)) as tf.Tensor2D;
}

/** One stage's output in a pass, and the model's layers that made it. */
export interface StageOutput {
  covers: readonly tf.layers.Layer[];
  output: tf.Tensor;
}

/**
 * Something that looks at what the network computes during an evaluation pass, on the first
 * `chunks` chunks of the set (inspect/probe.ts). `observe` is called inside a tidy with each
 * stage's output, the logits last: what it keeps past the call it must tf.keep. With `columns`
 * [d, k], the output layer's input times them comes too (`extra`, [n, k]), made in the output
 * layer's own product where it can be (null where not: the tap makes it).
 */
export interface EvalTap {
  chunks: number;
  columns?: () => tf.Tensor;
  observe(
    chunk: number,
    outputs: readonly StageOutput[],
    ys: tf.Tensor,
    extra: tf.Tensor | null,
  ): void;
}

/** The inference pass as stages: the fast path's where there is one, else layer by layer. */
export function inferenceStages(model: tf.LayersModel): readonly PlannedStage[] {
  return (
    wasmInferenceStages(model) ??
    model.layers.map((layer) => ({
      run: (x: tf.Tensor) => layer.apply(x, { training: false }) as tf.Tensor,
      covers: [layer],
    }))
  );
}

/** The stages of a pass a tap looks at; its output layer widened by the tap's columns where
 *  it can be (once for the pass: `dispose` frees the joined weights). */
interface TappedPass {
  stages: readonly PlannedStage[];
  widened: WidenedStage | null;
  dispose(): void;
}

function openTap(model: tf.LayersModel, tap: EvalTap): TappedPass {
  const stages = inferenceStages(model);
  const columns = tap.columns?.();
  const widened = (columns && stages.at(-1)!.widened?.(columns)) || null;
  return { stages, widened, dispose: () => widened?.dispose() };
}

/**
 * Runs the pass's stages on xs, keeping each one's output (within the caller's tidy), and with
 * a widened output layer its input times the tap's columns.
 */
export function runStages(
  { stages, widened }: Pick<TappedPass, 'stages' | 'widened'>,
  xs: tf.Tensor,
): { outputs: StageOutput[]; extra: tf.Tensor | null } {
  const outputs: StageOutput[] = [];
  let extra: tf.Tensor | null = null;
  let x = xs;
  for (const [i, { run, covers }] of stages.entries()) {
    if (widened && i === stages.length - 1) [x, extra] = widened.run(x);
    else x = run(x);
    outputs.push({ covers, output: x });
  }
  return { outputs, extra };
}

/** Shows the tap its chunks of `set` with no evaluation: the probe's look before any step. */
export function observeChunks(model: tf.LayersModel, set: EvalSet, tap: EvalTap): void {
  const pass = openTap(model, tap);
  try {
    set.chunks.slice(0, tap.chunks).forEach(({ xs, ys }, i) =>
      tf.tidy(() => {
        const { outputs, extra } = runStages(pass, xs);
        tap.observe(i, outputs, ys, extra);
      }),
    );
  } finally {
    pass.dispose();
  }
}

/** The logits of a chunk, shown to the tap on the way when it looks at this chunk. */
function tappedLogits(
  xs: tf.Tensor,
  ys: tf.Tensor,
  chunk: number,
  tap: { tap: EvalTap; pass: TappedPass } | null,
  plain: (xs: tf.Tensor) => tf.Tensor,
): tf.Tensor {
  if (!tap || chunk >= tap.tap.chunks) return plain(xs);
  const { outputs, extra } = runStages(tap.pass, xs);
  tap.tap.observe(chunk, outputs, ys, extra);
  return outputs.at(-1)!.output;
}

/** Each class's hits over its images; null for a class the set has none of. */
function classAccuracyOf(classHits: ArrayLike<number>, set: EvalSet): (number | null)[] {
  return set.classCounts.map((count, c) => (count === 0 ? null : classHits[c] / count));
}

/**
 * Accuracy, mean softmax cross-entropy and per-class accuracy of `model` on `set`; a `tap`
 * sees the activations of the chunks it asks for on the way.
 */
export async function evaluate(
  model: tf.LayersModel,
  set: EvalSet,
  tap?: EvalTap,
): Promise<Evaluation> {
  const tapped = tap ? { tap, pass: openTap(model, tap) } : null;
  try {
    return await evaluatePass(model, set, tapped);
  } finally {
    tapped?.pass.dispose();
  }
}

async function evaluatePass(
  model: tf.LayersModel,
  set: EvalSet,
  tap: { tap: EvalTap; pass: TappedPass } | null,
): Promise<Evaluation> {
  const forward = wasmInferenceForward(model);
  if (forward) {
    // The chunks' sums add up on the device and are read once: on WebGL a read waits for the
    // GPU, on wasm it is a copy out of the backend's memory.
    let sums: tf.Tensor | null = null;
    for (const [i, { xs, ys }] of set.chunks.entries()) {
      const chunk = tf.tidy(() => evalSums(tappedLogits(xs, ys, i, tap, forward), ys));
      if (sums) {
        const total: tf.Tensor = sums.add(chunk);
        tf.dispose([sums, chunk]);
        sums = total;
      } else sums = chunk;
    }
    const values = sums ? await sums.data() : new Float32Array(EVAL_SUMS_HEAD + NUM_CLASSES);
    sums?.dispose();
    const classHits = Array.from({ length: NUM_CLASSES }, (_, c) => values[EVAL_SUMS_HEAD + c]);
    return {
      accuracy: values[1] / set.count,
      loss: values[0] / set.count,
      classAccuracy: classAccuracyOf(classHits, set),
    };
  }
  let lossSum = tf.scalar(0);
  let correct = tf.scalar(0, 'int32');
  let classCorrect = tf.zeros([NUM_CLASSES], 'int32');
  for (const [i, { xs, ys }] of set.chunks.entries()) {
    const [nextLoss, nextCorrect, nextClassCorrect] = tf.tidy(() => {
      const logits = tappedLogits(xs, ys, i, tap, (x) => model.predict(x) as tf.Tensor);
      const oneHot = tf.oneHot(ys, NUM_CLASSES);
      const loss = tf.losses.softmaxCrossEntropy(
        oneHot,
        logits,
        undefined,
        undefined,
        tf.Reduction.SUM,
      );
      const right = tf.equal(tf.argMax(logits, 1), ys).cast('int32');
      // A right answer's one-hot row counts one hit for its class.
      const classHits = oneHot.mul(right.expandDims(1)).sum(0);
      return [lossSum.add(loss), correct.add(right.sum()), classCorrect.add(classHits)];
    });
    tf.dispose([lossSum, correct, classCorrect]);
    lossSum = nextLoss;
    correct = nextCorrect;
    classCorrect = nextClassCorrect;
  }
  const [loss, hits, classHits] = await Promise.all([
    lossSum.data(),
    correct.data(),
    classCorrect.data(),
  ]);
  tf.dispose([lossSum, correct, classCorrect]);
  return {
    accuracy: hits[0] / set.count,
    loss: loss[0] / set.count,
    classAccuracy: classAccuracyOf(classHits, set),
  };
}
