/**
 * Runs export files written here, so that tests of the runs table, the curves and importing
 * need no training: what the lab would have exported after training them. With the page
 * helpers those tests share.
 */
import { writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { DEFAULT_CONFIG, type TrainConfig } from '../src/model/config';
import type { EvalPoint } from '../src/model/types';
import { exportRuns } from '../src/runs/export';
import type { Run, RunStatus } from '../src/runs/state';

function curve(final: number, steps: number): EvalPoint[] {
  return [0.25, 0.5, 0.75, 1].map((fraction) => ({
    step: steps * fraction,
    epoch: 0,
    examplesSeen: steps * fraction * 32,
    valAccuracy: final - 0.2 * (1 - fraction),
    valLoss: 1.2 - final + 0.3 * (1 - fraction),
    trainLoss: 1.1 - final,
    examplesPerSec: 2000,
    elapsedMs: steps * fraction * 16,
  }));
}

export interface FixtureRun {
  id: string;
  name: string;
  config?: Partial<TrainConfig>;
  status?: RunStatus;
  /** Final validation accuracy; its test accuracy is 1 point below. */
  accuracy?: number;
  group?: string;
}

export function fixtureRun({
  id,
  name,
  config = {},
  status = 'done',
  accuracy = 0.8,
  group,
}: FixtureRun): Run {
  const steps = 400;
  return {
    id,
    name,
    config: { ...DEFAULT_CONFIG, evalEvery: 100, ...config, steps },
    status,
    createdAt: Date.UTC(2026, 0, 1),
    backend: 'cpu',
    points: curve(accuracy, status === 'done' ? steps : steps / 2),
    step: status === 'done' ? steps : steps / 2,
    ...(status === 'done' ? { test: { accuracy: accuracy - 0.01, loss: 0.5 } } : {}),
    ...(status === 'failed' ? { message: 'The worker ran out of memory.' } : {}),
    elapsedMs: steps * 16,
    ...(group ? { group } : {}),
  };
}

/** Writes the runs as an export file at `path`. */
export function writeRunsFile(path: string, runs: FixtureRun[]): string {
  writeFileSync(path, JSON.stringify(exportRuns(runs.map(fixtureRun), '0.0.0-test')));
  return path;
}

/** Seeds 1, 2, 3 of one dense setting, numbered from `first`, as a repeat group. */
export function seedGroup(
  group: string,
  units: number,
  first: number,
  accuracies: number[],
): FixtureRun[] {
  return accuracies.map((accuracy, i) => ({
    id: `${group}-seed-${i + 1}`,
    name: `#${first + i} Dense ${units} units · seed ${i + 1}`,
    config: { hiddenUnits: units, seed: i + 1 },
    accuracy,
    group,
  }));
}

export async function openLab(page: Page) {
  await page.goto('/');
  await expect(page.getByText(/Fashion-MNIST ready/)).toBeVisible();
}

/** Imports the runs file at `path`, waiting until the lab says it imported `count` runs. */
export async function importRuns(page: Page, path: string, count: number) {
  await page.getByLabel('Import runs').setInputFiles(path);
  await expect(page.getByText(`Imported ${count} run`)).toBeVisible();
}

export const runsTable = (page: Page) => page.getByRole('region', { name: 'Runs table' });

/** The rows of the runs table: one per run on its own, per repeat group, and per shown seed. */
export const runRows = (page: Page) =>
  page
    .getByRole('table')
    .filter({ has: page.getByText('Runs', { exact: true }) })
    .locator('tbody tr');

/** The row whose name cell holds `name`. */
export const rowOf = (page: Page, name: string) =>
  runRows(page).filter({ has: page.getByRole('rowheader', { name, exact: false }) });
