/**
 * Types of torch.mjs for the TypeScript tests that import it (src/bench/table.test.ts); the
 * JSDoc in torch.mjs says the same.
 */
import type { CaseId } from '../src/bench/cases';
import type { ExperimentRatio, ExperimentResult, TorchExperimentRun } from '../src/bench/report';

export interface TorchResult {
  model: string;
  anchorModel: string;
  examplesPerSec: number;
  testAccuracy: number;
  steps: number;
  threads: number;
}

export interface TorchRatio {
  model: string;
  backend: string;
  appExamplesPerSec: number;
  torchExamplesPerSec: number;
  ratio: number;
}

export function runTorchAnchor(
  models: string[],
  steps: number,
): Promise<{ results: TorchResult[] } | { error: string }>;
export function torchRatios(
  results: { model: string; backend: string; batchSize: number; examplesPerSec: number | null }[],
  torch: TorchResult[],
): TorchRatio[];
export function formatTorch(torch: {
  error?: string;
  results?: TorchResult[];
  ratios?: TorchRatio[];
}): string;
export function runTorchExperiments(
  experiments: { model: CaseId; steps: number }[],
): Promise<{ runs: TorchExperimentRun[] } | { error: string }>;
export function experimentRatios(
  experiments: ExperimentResult[],
  runs: TorchExperimentRun[],
): ExperimentRatio[];
