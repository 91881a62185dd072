/**
 * What the lab records of a network's inside while it learns, and of what it learned: pure
 * types shared by the worker, which measures them (engine/inspect/), and the page, which draws
 * them. Compact on purpose: they are kept with every run in IndexedDB.
 */

/** Bins of every histogram the lab records: fine enough to show a shape, small to keep. */
export const HISTOGRAM_BINS = 30;

/**
 * Counts of values in HISTOGRAM_BINS equal bins from `min` to `max` (the last bin includes
 * `max`). All values equal: one full bin at 0, `min` = `max`.
 */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/** One layer with a kernel (dense or convolution) at one evaluation point. */
export interface LayerInside {
  /** The layer's name in the model, e.g. `dense_Dense1`. */
  name: string;
  /** Its kind: `Dense` or `Conv2D`. */
  kind: string;
  /** Kernel values (the bias is left out: it starts at 0 and would swamp one bin). */
  weights: Histogram;
  /** The loss's gradient with respect to the kernel, on the probe's gradient batch. */
  gradients: Histogram;
  /** ||w_t - w_prev|| / ||w_prev|| of the kernel since the previous point; null at the first. */
  updateRatio: number | null;
}

/** One ReLU-family activation layer: how many of its units never fired on the probe images. */
export interface ActivationInside {
  name: string;
  /** Units: a dense layer's units, or a convolution's filters (a filter's whole map). */
  units: number;
  /** True when the units are a convolution's filters. */
  filters: boolean;
  /** Units whose output was at most 0 for every probe image: dead. */
  dead: number;
}

/** Everything measured inside the network at one evaluation point. */
export interface InsideSnapshot {
  layers: LayerInside[];
  activations: ActivationInside[];
  /** Share of the probe images whose top class gets a probability above SATURATED_PROBABILITY:
   *  a softmax this sure passes almost no gradient back. */
  saturated: number;
  /** Validation images the dead units and saturation were measured on. */
  probeImages: number;
  /** Training images in the fixed batch the gradients were computed on. */
  gradientBatch: number;
  /** Time the measurement took, in ms. */
  ms: number;
  /** The first point only: dead units and saturation before the first step, which show what
   *  the initialisation alone did. */
  atStart?: { saturated: number; activations: ActivationInside[] };
}

/**
 * Most of a run's time the look inside may take: a point is sent without a snapshot when
 * measuring it would take the probe past this share of the time since training began (the
 * first and the last points are always measured). On wasm (Node) the report CNN's probe would
 * take some 6% of its run, so about one point in five goes unmeasured; a dense-100 net trains
 * so fast that its probe would take some 15%, so two points in three do. Half the 10% budget:
 * after a probe the dense net's next steps run slower for a while, which the probe's own time
 * does not count (measured: 5% of probe time cost 14% of CPU time in all).
 */
export const INSIDE_TIME_SHARE = 0.05;

/** A softmax that gives its top class more than this is saturated. */
export const SATURATED_PROBABILITY = 0.99;

export const MAP_METHODS = ['pca', 'umap'] as const;
export type MapMethod = (typeof MAP_METHODS)[number];

/** Test images projected to 2-D by their activations in the layer before the output. */
export interface ActivationMap {
  method: MapMethod;
  /** The run's last step when the map was made. */
  step: number;
  /** The layer projected, and its width. */
  layer: string;
  dims: number;
  /** Test-set indices of the points, and per point its x, y, true and predicted class. */
  indices: number[];
  x: number[];
  y: number[];
  labels: number[];
  predicted: number[];
  /** PCA only: the share of the variance along each of the two axes. */
  explained?: [number, number];
  /** Time it took in the worker, in ms. */
  ms: number;
}
