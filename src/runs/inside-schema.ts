/**
 * The import schema (schema.ts) of what a run keeps of its inside: the snapshot at each point
 * and its activations map (model/inside.ts). Refused with the field named, as the rest.
 */
import { z } from 'zod';
import { CLASS_NAMES } from '../data/dataset';
import {
  HISTOGRAM_BINS,
  MAP_METHODS,
  type ActivationInside,
  type ActivationMap,
  type Histogram,
  type InsideSnapshot,
  type LayerInside,
  type MapFrame,
  type MapImages,
} from '../model/inside';

const finite = z.number();
const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);
/** More points than the test set has images cannot come from the lab. */
const MAX_MAP_POINTS = 10_000;
/** More layers than any model of the lab has, with room to spare. */
const MAX_LAYERS = 64;

const histogramSchema = z.object({
  min: finite,
  max: finite,
  counts: z.array(count).length(HISTOGRAM_BINS),
} satisfies Record<keyof Histogram, z.ZodType>);

const layerSchema = z.object({
  name: z.string(),
  kind: z.string(),
  weights: histogramSchema,
  gradients: histogramSchema,
  updateRatio: finite.nonnegative().nullable(),
} satisfies Record<keyof LayerInside, z.ZodType>);

const activationSchema = z.object({
  name: z.string(),
  units: count,
  filters: z.boolean(),
  dead: count,
} satisfies Record<keyof ActivationInside, z.ZodType>);

const classes = z
  .array(
    z
      .number()
      .int()
      .min(0)
      .max(CLASS_NAMES.length - 1),
  )
  .max(MAX_MAP_POINTS);

/** Base64 of at most MAX_MAP_POINTS bytes. */
const bytes = z
  .string()
  .max(Math.ceil(MAX_MAP_POINTS / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

const mapImagesSchema = z
  .object({
    layer: z.string(),
    dims: count,
    indices: z.array(count).max(MAX_MAP_POINTS),
    labels: classes,
  } satisfies Record<keyof MapImages, z.ZodType>)
  .refine((images) => images.labels.length === images.indices.length, {
    message: 'labels must have one entry per index',
  });

const mapFrameSchema = z.object({
  x: bytes,
  y: bytes,
  range: z.tuple([finite, finite, finite, finite]),
  predicted: bytes,
  explained: z.tuple([fraction, fraction]),
  images: mapImagesSchema.optional(),
} satisfies Record<keyof MapFrame, z.ZodType>);

export const insideSchema = z.object({
  layers: z.array(layerSchema).max(MAX_LAYERS),
  activations: z.array(activationSchema).max(MAX_LAYERS),
  saturated: fraction,
  probeImages: count,
  gradientBatch: count,
  ms: finite.nonnegative(),
  atStart: z
    .object({ saturated: fraction, activations: z.array(activationSchema).max(MAX_LAYERS) })
    .optional(),
  map: mapFrameSchema.optional(),
} satisfies Record<keyof InsideSnapshot, z.ZodType>);

const coordinates = z.array(finite).max(MAX_MAP_POINTS);

export const activationMapSchema = z
  .object({
    method: z.enum(MAP_METHODS),
    step: count,
    layer: z.string(),
    dims: count,
    indices: z.array(count).max(MAX_MAP_POINTS),
    x: coordinates,
    y: coordinates,
    labels: classes,
    predicted: classes,
    explained: z.tuple([fraction, fraction]).optional(),
    ms: finite.nonnegative(),
  } satisfies Record<keyof ActivationMap, z.ZodType>)
  .refine(
    (map) =>
      [map.x, map.y, map.labels, map.predicted].every((a) => a.length === map.indices.length),
    { message: 'x, y, labels and predicted must have one entry per index' },
  );
