/** What the Try panel's My garments parts are given: the set, its scores, and its actions. */
import type { FineTuneOptions } from '../../garments/fine-tune';
import type { Garment, GarmentSource } from '../../garments/garment';
import type { RunGarmentScore } from '../../garments/score';
import type { Run } from '../../runs/state';

export interface TryGarments {
  garments: readonly Garment[];
  /** The last storage failure, or null. */
  storageError: string | null;
  /** The outcome of the last export or import. */
  message: { text: string; isError: boolean } | null;
  /** Saves a model input (784 values in [0, 1]) with its true class; returns what it did. */
  save(values: Float32Array, label: number, source: GarmentSource, name?: string): string;
  relabel(id: string, label: number): void;
  remove(id: string): void;
  exportFile(): void;
  importFile(file: File): Promise<void>;
  /** Each trained run's score, by run id. */
  scores: ReadonlyMap<string, RunGarmentScore>;
  /** Queues a fine-tune of `parent` on the set; returns the new run's name. */
  fineTune(parent: Run, options: FineTuneOptions): string;
}
