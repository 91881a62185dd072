/**
 * My garments: the person's own labelled images, kept beside the dataset. Pure: no DOM, no
 * TF.js, so the page, the file format and the worker's messages share it.
 *
 * A garment's pixels are what a model receives, in the dataset's own form: 28x28 bytes,
 * row-major, 0 black background to 255 full garment, so that a saved garment, an exported PNG
 * and a training image are the same thing.
 */
import { CLASS_NAMES } from '../data/dataset';
import { MODEL_PIXELS } from '../drawing/preprocess';

/** Where a garment came from: the drawing pad, an uploaded photo, or a My garments file. */
export type GarmentSource = 'drawing' | 'photo' | 'file';

export interface Garment {
  id: string;
  /** The true class, 0..9 (CLASS_NAMES). */
  label: number;
  /** MODEL_PIXELS bytes, 0..255. */
  pixels: Uint8Array;
  /** ms since the epoch. */
  createdAt: number;
  source: GarmentSource;
  /** The photo's or the imported file's name, for the person's own reference. */
  name?: string;
}

/** Largest set kept: a person's own drawings, not a second dataset (about 1 MB of pixels). */
export const MAX_GARMENTS = 1_000;
export const NUM_CLASSES = CLASS_NAMES.length;
const MAX_BYTE = 255;

export function isLabel(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < NUM_CLASSES;
}

/** A model input (MODEL_PIXELS values in [0, 1]) as bytes, rounded as the dataset's are. */
export function toGarmentPixels(values: Float32Array): Uint8Array {
  if (values.length !== MODEL_PIXELS)
    throw new RangeError(`A garment has ${MODEL_PIXELS} pixels, not ${values.length}.`);
  return Uint8Array.from(values, (v) => Math.round(Math.min(1, Math.max(0, v)) * MAX_BYTE));
}

/** The set as the worker takes it: images end to end (count * 784 bytes) and their labels. */
export function garmentPool(garments: readonly Garment[]): {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
} {
  const images = new Uint8Array(garments.length * MODEL_PIXELS);
  garments.forEach((garment, i) => images.set(garment.pixels, i * MODEL_PIXELS));
  return { images, labels: Uint8Array.from(garments, (g) => g.label), count: garments.length };
}

/** Whether two garments are the same image with the same label (an import seen again). */
export function sameGarment(a: Pick<Garment, 'label' | 'pixels'>, b: typeof a): boolean {
  if (a.label !== b.label || a.pixels.length !== b.pixels.length) return false;
  for (let i = 0; i < a.pixels.length; i++) if (a.pixels[i] !== b.pixels[i]) return false;
  return true;
}

/**
 * A key that changes whenever the set's images change (added, deleted), but not when one is
 * relabelled: predictions depend on the images alone, their scoring on the labels too.
 */
export function imagesKey(garments: readonly Pick<Garment, 'id'>[]): string {
  return garments.map((garment) => garment.id).join(' ');
}

/** "1 garment", "3 garments". */
export function countGarments(n: number): string {
  return `${n.toLocaleString('en-US')} garment${n === 1 ? '' : 's'}`;
}
