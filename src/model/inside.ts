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
  /** The loss's gradient with respect to the kernel in the last training step before the point. */
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
  /** Training images in that step's batch. */
  gradientBatch: number;
  /** Time the measurement took, in ms. */
  ms: number;
  /** The first point only: dead units and saturation before the first step, which show what
   *  the initialisation alone did. */
  atStart?: { saturated: number; activations: ActivationInside[] };
  /** The hidden activations map at this point, on the first validation images. */
  map?: MapFrame;
}

/**
 * Where the first MAP_FRAME_IMAGES validation images lie at one evaluation point, projected on
 * the two leading principal axes of their activations in the layer before the output, as
 * refined so far: subspace iteration, one product with the covariance per point, each point
 * starting from the last one's axes (engine/inspect/live-map.ts). Compact, for it is kept at
 * every point: each coordinate is a byte.
 */
export interface MapFrame {
  /** Positions, each axis quantised to 0..255 over [min, max]: base64 of one byte per image. */
  x: string;
  y: string;
  /** [x min, x max, y min, y max] of the positions before quantising. */
  range: [number, number, number, number];
  /** Each image's predicted class at this point: base64 of one byte per image. */
  predicted: string;
  /** The share of the activations' variance along each of the two axes. */
  explained: [number, number];
  /** Sent with the first frame only: what every frame of the run shows. */
  images?: MapImages;
}

/** The images of a run's map frames, and the layer they are seen in. */
export interface MapImages {
  /** The layer projected (the one before the output), and its width. */
  layer: string;
  dims: number;
  /** Indices into the training file (the run's validation images), and their true classes. */
  indices: number[];
  labels: number[];
}

/** Validation images each frame places: the evaluation pass's first two chunks. */
export const MAP_FRAME_IMAGES = 2000;

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

/** Base64 of bytes: how a map frame keeps its bytes in JSON, IndexedDB and messages alike. */
export function encodeBytes(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x2000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return btoa(text);
}

/** The bytes of encodeBytes's text; throws on text that is not base64. */
export function decodeBytes(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Highest quantised coordinate of a map frame. */
export const FRAME_LEVELS = 255;

/** A frame's positions back in its own units, and its predicted classes. */
export function frameCoordinates(frame: MapFrame): {
  x: number[];
  y: number[];
  predicted: number[];
} {
  const [x0, x1, y0, y1] = frame.range;
  const axis = (text: string, min: number, max: number) =>
    Array.from(decodeBytes(text), (b) => min + ((max - min) * b) / FRAME_LEVELS);
  return {
    x: axis(frame.x, x0, x1),
    y: axis(frame.y, y0, y1),
    predicted: Array.from(decodeBytes(frame.predicted)),
  };
}
