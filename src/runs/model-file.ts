/**
 * A trained model as files: the model.json and weights file a run downloads (the TF.js layers
 * format), with the lab's record of the run in model.json, and the checks a chosen set of files
 * passes before the worker loads it. Pure: no TF.js, no DOM; a file is its name and size.
 */
import {
  DEFAULT_CONFIG,
  DEFAULT_STEPS,
  validateConfig,
  type ActivationName,
  type ModelKind,
  type NumericField,
  type TrainConfig,
} from '../model/config';
import { describeSchemaError, modelRunSchema, type ModelRunInfo } from './schema';
import type { Run } from './state';

/** model.json keeps the lab's record under `userDefinedMetadata[MODEL_METADATA_KEY]`. */
export const MODEL_METADATA_KEY = 'fashionMnistLab';
export const MODEL_METADATA_FORMAT = 'fashion-mnist-lab/model';
export const MODEL_METADATA_VERSION = 1;
const BYTES_PER_MB = 1024 * 1024;
/** Larger files are refused unread: the deep CNN's weights take a few MB. */
export const MAX_MODEL_FILE_MB = 200;
export const MAX_MODEL_FILE_BYTES = MAX_MODEL_FILE_MB * BYTES_PER_MB;

/** The lab's record of a run, as a downloaded model.json carries it. */
export interface ModelMetadata {
  format: typeof MODEL_METADATA_FORMAT;
  version: typeof MODEL_METADATA_VERSION;
  appVersion: string;
  run: ModelRunInfo;
}

/** What `run` leaves in its model.json: name, config, steps done and test metrics; no curves. */
export function modelMetadata(run: Run, appVersion: string): ModelMetadata {
  return {
    format: MODEL_METADATA_FORMAT,
    version: MODEL_METADATA_VERSION,
    appVersion,
    run: {
      name: run.name,
      config: run.config,
      step: run.step,
      ...(run.test ? { test: run.test } : {}),
    },
  };
}

/** A chosen file, as far as these checks need it: its name, and its size in bytes. */
export interface NamedFile {
  readonly name: string;
  readonly size: number;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; error: string };

const isJson = (file: NamedFile) => /\.json$/i.test(file.name);
const isBin = (file: NamedFile) => /\.bin$/i.test(file.name);
const nameList = (files: readonly NamedFile[]) => files.map((file) => file.name).join(', ');

/**
 * Sorts the chosen files into one model.json and its weights files (.bin), refusing unread any
 * other kind of file and any file over MAX_MODEL_FILE_MB.
 */
export function pairModelFiles<F extends NamedFile>(
  files: readonly F[],
): Checked<{ model: F; weights: F[] }> {
  if (files.length === 0) return { ok: false, error: 'No file was chosen.' };
  const other = files.find((file) => !isJson(file) && !isBin(file));
  if (other)
    return {
      ok: false,
      error: `${other.name} is neither a model.json nor a weights file (.bin).`,
    };
  const large = files.find((file) => file.size > MAX_MODEL_FILE_BYTES);
  if (large)
    return {
      ok: false,
      error: `${large.name} is ${(large.size / BYTES_PER_MB).toFixed(1)} MB; the limit is ${MAX_MODEL_FILE_MB} MB.`,
    };
  const models = files.filter(isJson);
  const weights = files.filter(isBin);
  if (models.length > 1)
    return {
      ok: false,
      error: `Choose one model.json, not ${models.length}: ${nameList(models)}.`,
    };
  if (models.length === 0)
    return {
      ok: false,
      error: `Only ${nameList(weights)} ${weights.length > 1 ? 'were' : 'was'} chosen: choose the model.json too, together with its weights.`,
    };
  if (weights.length === 0)
    return {
      ok: false,
      error: `Only ${models[0].name} was chosen: choose its weights file (.bin) too, both at once.`,
    };
  return { ok: true, model: models[0], weights };
}

/** What model.json says of its weights and of the run that trained it. */
export interface ModelFile {
  /** File names of the weights, in the order their bytes follow one another. */
  weightPaths: string[];
  /** Bytes the weights take by their specs; null where a dtype's size is not known here. */
  weightBytes: number | null;
  /** The lab's record of the run, when present and valid. */
  run: ModelRunInfo | null;
  /** Why a record that is present was not used; null when it was, or there is none. */
  metadataProblem: string | null;
  /** The model kind and sizes read from its layers, for want of a record. */
  inferred: Partial<TrainConfig>;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bytes per element of each weight dtype, and of each quantized storage dtype. */
const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8 };
const QUANTIZED_BYTES: Record<string, number> = { uint8: 1, uint16: 2, float16: 2 };

/** Bytes of one weight spec ({name, shape, dtype, quantization?}); null if unknown. */
function specBytes(spec: unknown): number | null {
  if (!isRecord(spec) || !Array.isArray(spec.shape)) return null;
  const quantized = isRecord(spec.quantization) ? spec.quantization.dtype : undefined;
  const perElement =
    quantized === undefined ? DTYPE_BYTES[String(spec.dtype)] : QUANTIZED_BYTES[String(quantized)];
  if (perElement === undefined || !spec.shape.every((n) => Number.isInteger(n) && n >= 0))
    return null;
  return (spec.shape as number[]).reduce((product, n) => product * n, perElement);
}

/** The lab's record under userDefinedMetadata, or why it cannot be used. */
function readMetadata(data: Json): { run: ModelRunInfo | null; problem: string | null } {
  const at = ['userDefinedMetadata', MODEL_METADATA_KEY];
  const meta = isRecord(data.userDefinedMetadata)
    ? data.userDefinedMetadata[MODEL_METADATA_KEY]
    : undefined;
  if (meta === undefined) return { run: null, problem: null };
  if (!isRecord(meta)) return { run: null, problem: `${at.join('.')} is not an object` };
  if (meta.format !== MODEL_METADATA_FORMAT || meta.version !== MODEL_METADATA_VERSION)
    return {
      run: null,
      problem: `${at.join('.')} is not version ${MODEL_METADATA_VERSION} of "${MODEL_METADATA_FORMAT}"`,
    };
  const parsed = modelRunSchema.safeParse(meta.run);
  return parsed.success
    ? { run: parsed.data, problem: null }
    : { run: null, problem: describeSchemaError(parsed.error, [...at, 'run']) };
}

/**
 * Parses a model.json in the TF.js layers format. Refuses, naming `fileName`: text that is not
 * JSON, another format (a graph model), and a missing or malformed modelTopology or
 * weightsManifest. A bad lab record does not refuse the model: it is reported in
 * `metadataProblem` and the run's settings are then read from its layers.
 */
export function parseModelJson(text: string, fileName: string): Checked<{ file: ModelFile }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not valid JSON: ${(error as Error).message}` };
  }
  const notLayers = `${fileName} is not a TF.js layers model`;
  if (!isRecord(data)) return { ok: false, error: `${notLayers}: expected a JSON object.` };
  if (data.format !== undefined && data.format !== 'layers-model')
    return {
      ok: false,
      error: `${notLayers}: its format is ${JSON.stringify(data.format)}, not "layers-model".`,
    };
  if (!isRecord(data.modelTopology))
    return { ok: false, error: `${notLayers}: it has no modelTopology.` };
  const groups = data.weightsManifest;
  if (!Array.isArray(groups) || groups.length === 0)
    return { ok: false, error: `${notLayers}: it has no weightsManifest.` };
  const weightPaths: string[] = [];
  let weightBytes: number | null = 0;
  for (const [index, group] of groups.entries()) {
    if (
      !isRecord(group) ||
      !Array.isArray(group.paths) ||
      !group.paths.every((path) => typeof path === 'string') ||
      !Array.isArray(group.weights)
    )
      return {
        ok: false,
        error: `${notLayers}: weightsManifest[${index}] needs "paths" (file names) and "weights" (specs).`,
      };
    weightPaths.push(...group.paths.map((path: string) => path.split('/').pop() ?? path));
    for (const spec of group.weights) {
      const bytes = specBytes(spec);
      weightBytes = bytes === null || weightBytes === null ? null : weightBytes + bytes;
    }
  }
  const { run, problem } = readMetadata(data);
  return {
    ok: true,
    file: {
      weightPaths,
      weightBytes,
      run,
      metadataProblem: problem,
      inferred: inferConfig(data.modelTopology),
    },
  };
}

/**
 * The chosen weights files in the order model.json lists them. A single file pairs with a
 * single listed name whatever it is called, as a browser may rename a download ("… (1).bin").
 */
export function orderWeightFiles<F extends NamedFile>(
  paths: readonly string[],
  files: readonly F[],
  modelName: string,
): Checked<{ files: F[] }> {
  if (paths.length === 1 && files.length === 1) return { ok: true, files: [...files] };
  const ordered: F[] = [];
  for (const path of paths) {
    const file = files.find((f) => f.name === path);
    if (!file)
      return {
        ok: false,
        error: `${modelName} lists the weights file ${path}, which was not chosen.`,
      };
    ordered.push(file);
  }
  const extra = files.find((file) => !paths.includes(file.name));
  if (extra)
    return {
      ok: false,
      error: `${extra.name} is not a weights file of ${modelName}, which lists ${paths.join(', ') || 'none'}.`,
    };
  return { ok: true, files: ordered };
}

/** Why weights of `bytes` bytes cannot be those of `file`, or null if they can. */
export function weightSizeError(
  file: ModelFile,
  bytes: number,
  weightNames: readonly string[],
  modelName: string,
): string | null {
  if (file.weightBytes === null || file.weightBytes === bytes) return null;
  const names = weightNames.join(' + ');
  return `${names} hold${weightNames.length > 1 ? '' : 's'} ${bytes.toLocaleString('en-US')} bytes, but ${modelName} describes ${file.weightBytes.toLocaleString('en-US')} bytes of weights: they are not a pair.`;
}

/** Activation layers by their TF.js class name. */
const ACTIVATION_LAYERS: Record<string, ActivationName> = {
  ReLU: 'relu',
  LeakyReLU: 'leakyRelu',
  PReLU: 'prelu',
};

interface LayerJson {
  className: string;
  config: Json;
}

/** The layers of a Sequential topology, as TF.js or Keras write it; [] if it is not one. */
function topologyLayers(topology: Json): LayerJson[] {
  const root = isRecord(topology.model_config) ? topology.model_config : topology;
  const config = root.config;
  const layers = Array.isArray(config) ? config : isRecord(config) ? config.layers : undefined;
  if (!Array.isArray(layers)) return [];
  return layers.filter(isRecord).map((layer) => ({
    className: String(layer.class_name),
    config: isRecord(layer.config) ? layer.config : {},
  }));
}

const positiveInteger = (value: unknown) =>
  Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;

/**
 * The lab's settings that a topology shows: the model kind by its number of Conv2D layers,
 * the dense model's hidden units, the CNN's filters and kernel size, and the activation.
 */
export function inferConfig(topology: Json): Partial<TrainConfig> {
  const layers = topologyLayers(topology);
  const convs = layers.filter((layer) => layer.className === 'Conv2D');
  const denses = layers.filter((layer) => layer.className === 'Dense');
  const model: ModelKind = convs.length === 0 ? 'dense' : convs.length === 1 ? 'cnn' : 'deepCnn';
  const activation = layers.map((layer) => ACTIVATION_LAYERS[layer.className]).find(Boolean);
  const kernel = convs[0]?.config.kernel_size;
  const sizes = {
    hiddenUnits: model === 'dense' && denses.length > 1 ? denses[0].config.units : undefined,
    filters: model === 'cnn' ? convs[0].config.filters : undefined,
    kernelSize: model === 'cnn' ? (Array.isArray(kernel) ? kernel[0] : kernel) : undefined,
  };
  const inferred: Partial<TrainConfig> = { model, ...(activation ? { activation } : {}) };
  for (const [field, value] of Object.entries(sizes)) {
    const whole = positiveInteger(value);
    if (whole !== undefined) inferred[field as 'hiddenUnits' | 'filters' | 'kernelSize'] = whole;
  }
  return inferred;
}

/** Defaults overlaid with what was inferred, each inferred value kept only if it is valid. */
function configFrom(inferred: Partial<TrainConfig>): TrainConfig {
  const model = inferred.model ?? DEFAULT_CONFIG.model;
  const config = { ...DEFAULT_CONFIG, steps: DEFAULT_STEPS[model], ...inferred };
  for (const field of Object.keys(validateConfig(config)) as NumericField[])
    config[field] = DEFAULT_CONFIG[field];
  return config;
}

/** "fashion-mnist-x.model.json" as "fashion-mnist-x". */
export function modelStem(fileName: string): string {
  return fileName.replace(/(\.model)?\.json$/i, '') || fileName;
}

/** What a person should know of a run loaded from `fileName`: where it came from, and how sure
 *  its settings are. */
export function loadedNote(file: ModelFile, fileName: string): string {
  if (file.run) return `Loaded from ${fileName}.`;
  const why = file.metadataProblem
    ? `its lab record was not used (${file.metadataProblem})`
    : 'it carries no lab record';
  return `Loaded from ${fileName}; ${why}, so its model kind and sizes are read from its layers and its other settings are the defaults.`;
}

/**
 * The run of a model the worker has loaded as `id`: done, with `params` from the worker, no
 * curves, and the name, config, steps and test metrics of the lab's record if it has one.
 */
export function loadedRun(options: {
  id: string;
  fileName: string;
  file: ModelFile;
  params: number;
  now: number;
}): Run {
  const { id, fileName, file, params, now } = options;
  const record = file.run;
  return {
    id,
    name: `${record?.name ?? modelStem(fileName)} (loaded)`,
    config: record?.config ?? configFrom(file.inferred),
    status: 'done',
    createdAt: now,
    params,
    points: [],
    step: record?.step ?? 0,
    ...(record?.test ? { test: record.test } : {}),
    message: loadedNote(file, fileName),
  };
}
