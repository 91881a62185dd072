import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../engine/builders';
import { DEFAULT_CONFIG, DEFAULT_STEPS, type TrainConfig } from '../model/config';
import {
  MAX_MODEL_FILE_BYTES,
  MODEL_METADATA_KEY,
  inferConfig,
  loadedRun,
  modelMetadata,
  orderWeightFiles,
  pairModelFiles,
  parseModelJson,
  weightSizeError,
  type ModelFile,
} from './model-file';
import type { Run } from './state';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const file = (name: string, size = 100) => ({ name, size });
const json = file('net.model.json');
const bin = file('net.weights.bin');

const trained: Run = {
  id: 'r1',
  name: '#3 Dense 16 units',
  config: { ...DEFAULT_CONFIG, hiddenUnits: 16, steps: 60, evalEvery: 20 },
  status: 'done',
  createdAt: 1_700_000_000_000,
  params: 12_730,
  points: [],
  step: 60,
  test: { accuracy: 0.71, loss: 0.82 },
};

/** A model of `config` saved as the worker's exportModel saves it: model.json text and weights. */
async function savedModel(
  config: TrainConfig,
): Promise<{ manifest: Record<string, unknown>; weights: ArrayBuffer }> {
  const model = buildModel(config);
  let saved: { manifest: Record<string, unknown>; weights: ArrayBuffer } | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = {
        manifest: {
          modelTopology: artifacts.modelTopology,
          format: 'layers-model',
          generatedBy: artifacts.generatedBy,
          convertedBy: null,
          weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
        },
        weights: tf.io.concatenateArrayBuffers([artifacts.weightData as ArrayBuffer]),
      };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  model.dispose();
  return saved!;
}

function parsed(manifest: unknown, name = 'net.model.json'): ModelFile {
  const result = parseModelJson(JSON.stringify(manifest), name);
  if (!result.ok) throw new Error(result.error);
  return result.file;
}

describe('pairModelFiles', () => {
  it('pairs a model.json with its weights, in either order', () => {
    expect(pairModelFiles([bin, json])).toEqual({ ok: true, model: json, weights: [bin] });
    expect(pairModelFiles([json, bin])).toEqual({ ok: true, model: json, weights: [bin] });
  });

  it.each([
    [[], 'No file was chosen.'],
    [[json], 'Only net.model.json was chosen: choose its weights file (.bin) too, both at once.'],
    [[bin], 'Only net.weights.bin was chosen: choose the model.json too'],
    [[json, file('other.json'), bin], 'Choose one model.json, not 2: net.model.json, other.json.'],
    [[json, file('notes.txt')], 'notes.txt is neither a model.json nor a weights file (.bin).'],
    [
      [json, file('huge.bin', MAX_MODEL_FILE_BYTES + 1)],
      'huge.bin is 200.0 MB; the limit is 200 MB.',
    ],
  ])('refuses %j with a message naming the problem', (files, message) => {
    const result = pairModelFiles(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('parseModelJson', () => {
  it('reads the weight files and their size from a model the lab saved', async () => {
    const { manifest, weights } = await savedModel({ ...DEFAULT_CONFIG, hiddenUnits: 16 });
    const model = parsed(manifest);
    expect(model.weightPaths).toEqual(['weights.bin']);
    expect(model.weightBytes).toBe(weights.byteLength);
    expect(model.run).toBeNull();
    expect(model.metadataProblem).toBeNull();
  });

  it('reads back the run the download recorded', async () => {
    const { manifest } = await savedModel(trained.config);
    const model = parsed({
      ...manifest,
      userDefinedMetadata: { [MODEL_METADATA_KEY]: modelMetadata(trained, '0.1.0') },
    });
    expect(model.run).toEqual({
      name: trained.name,
      config: trained.config,
      step: 60,
      test: trained.test,
    });
  });

  it('names the bad field of a record it cannot use, and still accepts the model', async () => {
    const { manifest } = await savedModel(trained.config);
    const metadata = modelMetadata(
      { ...trained, config: { ...trained.config, hiddenUnits: 0 } },
      '0.1.0',
    );
    const model = parsed({ ...manifest, userDefinedMetadata: { [MODEL_METADATA_KEY]: metadata } });
    expect(model.run).toBeNull();
    expect(model.metadataProblem).toMatch(
      /^userDefinedMetadata\.fashionMnistLab\.run\.config\.hiddenUnits: Hidden units must be between 1 and 4096/,
    );
  });

  it('refuses a record of another version', async () => {
    const { manifest } = await savedModel(trained.config);
    const metadata = { ...modelMetadata(trained, '0.1.0'), version: 2 };
    const model = parsed({ ...manifest, userDefinedMetadata: { [MODEL_METADATA_KEY]: metadata } });
    expect(model.metadataProblem).toContain('is not version 1 of "fashion-mnist-lab/model"');
  });

  it.each([
    ['{"modelTopology": ', /^net\.model\.json is not valid JSON: /],
    ['[1, 2]', /not a TF\.js layers model: expected a JSON object\.$/],
    ['{"format": "graph-model", "modelTopology": {}}', /its format is "graph-model"/],
    [
      '{"weightsManifest": []}',
      /net\.model\.json is not a TF\.js layers model: it has no modelTopology\.$/,
    ],
    ['{"modelTopology": {}}', /it has no weightsManifest\.$/],
    [
      '{"modelTopology": {}, "weightsManifest": [{"paths": "w.bin"}]}',
      /weightsManifest\[0\] needs "paths"/,
    ],
  ])('refuses %s', (text, message) => {
    const result = parseModelJson(text, 'net.model.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('leaves the size unknown for a dtype it does not know', () => {
    const model = parsed({
      modelTopology: {},
      weightsManifest: [
        { paths: ['w.bin'], weights: [{ name: 'k', shape: [2], dtype: 'string' }] },
      ],
    });
    expect(model.weightBytes).toBeNull();
  });

  it('sizes quantized weights by their stored dtype', () => {
    const spec = { name: 'k', shape: [3, 4], dtype: 'float32', quantization: { dtype: 'uint8' } };
    const model = parsed({
      modelTopology: {},
      weightsManifest: [{ paths: ['w.bin'], weights: [spec] }],
    });
    expect(model.weightBytes).toBe(12);
  });
});

describe('orderWeightFiles and weightSizeError', () => {
  it('takes a single weights file whatever its name', () => {
    const renamed = file('net.weights (1).bin');
    expect(orderWeightFiles(['net.weights.bin'], [renamed], 'net.model.json')).toEqual({
      ok: true,
      files: [renamed],
    });
  });

  it('orders shards as model.json lists them, and names a missing or extra one', () => {
    const [a, b, c] = [file('s1.bin'), file('s2.bin'), file('s3.bin')];
    expect(orderWeightFiles(['s1.bin', 's2.bin'], [b, a], 'm.json')).toEqual({
      ok: true,
      files: [a, b],
    });
    expect(orderWeightFiles(['s1.bin', 's2.bin'], [a], 'm.json')).toEqual({
      ok: false,
      error: 'm.json lists the weights file s2.bin, which was not chosen.',
    });
    expect(orderWeightFiles(['s1.bin', 's2.bin'], [a, b, c], 'm.json')).toEqual({
      ok: false,
      error: 's3.bin is not a weights file of m.json, which lists s1.bin, s2.bin.',
    });
  });

  it('refuses weights of another size than model.json describes', async () => {
    const { manifest, weights } = await savedModel({ ...DEFAULT_CONFIG, hiddenUnits: 16 });
    const model = parsed(manifest);
    expect(weightSizeError(model, weights.byteLength, ['w.bin'], 'net.model.json')).toBeNull();
    expect(weightSizeError(model, 1000, ['w.bin'], 'net.model.json')).toBe(
      `w.bin holds 1,000 bytes, but net.model.json describes ${weights.byteLength.toLocaleString('en-US')} bytes of weights: they are not a pair.`,
    );
  });
});

describe('inferConfig', () => {
  it.each<[TrainConfig, Partial<TrainConfig>]>([
    [
      { ...DEFAULT_CONFIG, hiddenUnits: 24 },
      { model: 'dense', hiddenUnits: 24, activation: 'relu' },
    ],
    [
      { ...DEFAULT_CONFIG, model: 'cnn', filters: 6, kernelSize: 5, activation: 'prelu' },
      { model: 'cnn', filters: 6, kernelSize: 5, activation: 'prelu' },
    ],
    [
      { ...DEFAULT_CONFIG, model: 'deepCnn', activation: 'leakyRelu' },
      { model: 'deepCnn', activation: 'leakyRelu' },
    ],
  ])('reads the model kind and sizes of a saved %s model', async (config, expected) => {
    const { manifest } = await savedModel(config);
    expect(inferConfig(manifest.modelTopology as Record<string, unknown>)).toEqual(expected);
  });

  it('reads nothing but the dense default from a topology it does not know', () => {
    expect(inferConfig({ class_name: 'Functional', config: { layers: 'many' } })).toEqual({
      model: 'dense',
    });
  });
});

describe('loadedRun', () => {
  it('is done, has no curves, and keeps the recorded name, config, steps and test metrics', async () => {
    const { manifest } = await savedModel(trained.config);
    const model = parsed({
      ...manifest,
      userDefinedMetadata: { [MODEL_METADATA_KEY]: modelMetadata(trained, '0.1.0') },
    });
    const run = loadedRun({
      id: 'r9',
      fileName: 'net.model.json',
      file: model,
      params: 12_730,
      now: 5,
    });
    expect(run).toEqual({
      id: 'r9',
      name: '#3 Dense 16 units (loaded)',
      config: trained.config,
      status: 'done',
      createdAt: 5,
      params: 12_730,
      points: [],
      step: 60,
      test: trained.test,
      message: 'Loaded from net.model.json.',
    });
  });

  it('without a record, is named after the file and says its settings are read from its layers', async () => {
    const { manifest } = await savedModel({
      ...DEFAULT_CONFIG,
      model: 'cnn',
      filters: 4,
      kernelSize: 3,
    });
    const run = loadedRun({
      id: 'r9',
      fileName: 'my-cnn.model.json',
      file: parsed(manifest),
      params: 1,
      now: 5,
    });
    expect(run.name).toBe('my-cnn (loaded)');
    expect(run.config).toEqual({
      ...DEFAULT_CONFIG,
      model: 'cnn',
      filters: 4,
      kernelSize: 3,
      steps: DEFAULT_STEPS.cnn,
    });
    expect(run.step).toBe(0);
    expect(run.test).toBeUndefined();
    expect(run.message).toBe(
      'Loaded from my-cnn.model.json; it carries no lab record, so its model kind and sizes are read from its layers and its other settings are the defaults.',
    );
  });

  it('keeps defaults where a layer size is out of the lab range', async () => {
    const { manifest } = await savedModel({ ...DEFAULT_CONFIG, hiddenUnits: 8 });
    const topology = JSON.parse(
      JSON.stringify(manifest.modelTopology).replace('"units":8', '"units":5000'),
    );
    const run = loadedRun({
      id: 'r9',
      fileName: 'big.json',
      file: parsed({ ...manifest, modelTopology: topology }),
      params: 1,
      now: 5,
    });
    expect(run.config.hiddenUnits).toBe(DEFAULT_CONFIG.hiddenUnits);
  });
});
