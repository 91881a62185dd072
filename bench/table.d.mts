/**
 * Types of table.mjs for the TypeScript tests that import it (src/bench/table.test.ts); the
 * JSDoc in table.mjs says the same.
 */
import type {
  BenchReport,
  BenchResult,
  ExperimentResult,
  InsideCost,
  MemoryCheck,
  PoolScaling,
  PoolSweep,
  Reproduction,
  TorchExperiments,
} from '../src/bench/report';

export function formatResults(results: BenchResult[]): string;
export function formatLoops(results: BenchResult[]): string;
export function formatSweeps(results: BenchResult[]): string;
export function formatRatios(reportOrResults: BenchReport | BenchResult[]): string;
export function formatExperiments(
  experiments: ExperimentResult[],
  torch?: TorchExperiments,
): string;
export function insideCostLine(costs: InsideCost[]): string;
export function formatInsideCost(costs: InsideCost[] | undefined): string;
export function formatMemoryCheck(title: string, check: MemoryCheck): string;
export function formatBest(report: BenchReport): string;
export function formatEngines(results: BenchResult[]): string;
export function formatReport(report: BenchReport): string;
export function formatPoolScaling(scaling: PoolScaling | null | undefined): string;
export function formatPoolSweep(sweep: PoolSweep | null | undefined): string;
export function formatReproduction(reproduction: Reproduction | null | undefined): string;
