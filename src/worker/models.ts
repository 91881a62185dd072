/**
 * Trained models by run id: kept in memory for prediction, and stored in IndexedDB (TF.js's own
 * `indexeddb://` format) so they outlive a reload.
 */
import * as tf from '@tensorflow/tfjs';

const STORAGE_PREFIX = 'indexeddb://fashion-mnist-lab/';

export class ModelStore {
  private readonly memory = new Map<string, tf.LayersModel>();

  /** `persist` false keeps models in memory only (tests, or where storage is unavailable). */
  constructor(private readonly persist = true) {}

  /** Holds `model` for `runId`, replacing (and disposing) an earlier one. */
  keep(runId: string, model: tf.LayersModel): void {
    const old = this.memory.get(runId);
    if (old && old !== model) old.dispose();
    this.memory.set(runId, model);
  }

  /** Writes the model to storage; throws a storage error (quota, private mode) to report. */
  async save(runId: string): Promise<void> {
    const model = this.memory.get(runId);
    if (!model || !this.persist) return;
    await model.save(STORAGE_PREFIX + runId);
  }

  /** The model of `runId`, from memory or storage; throws naming the run if there is none. */
  async get(runId: string): Promise<tf.LayersModel> {
    const held = this.memory.get(runId);
    if (held) return held;
    if (this.persist) {
      const stored = await tf.io.listModels().catch(() => ({}));
      if (STORAGE_PREFIX + runId in stored) {
        const model = await tf.loadLayersModel(STORAGE_PREFIX + runId);
        this.memory.set(runId, model);
        return model;
      }
    }
    throw new Error(`No trained model is stored for run ${runId}.`);
  }

  async delete(runId: string): Promise<void> {
    this.memory.get(runId)?.dispose();
    this.memory.delete(runId);
    if (!this.persist) return;
    const stored = await tf.io.listModels().catch(() => ({}));
    if (STORAGE_PREFIX + runId in stored) await tf.io.removeModel(STORAGE_PREFIX + runId);
  }
}
