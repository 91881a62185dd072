/** Runs as a JSON document, as the report's program saved its statistics at the end. */
import type { Run } from './state';

export const EXPORT_FORMAT = 'fashion-mnist-lab/runs';
export const EXPORT_VERSION = 1;
/** Said in the file, for a person who opens it, and in the Import/Export card's hint. */
export const EXPORT_CONTENTS =
  'run settings, curves and scores; no model weights (use Download model)';

export interface RunsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  appVersion: string;
  exportedAt: string;
  /** What the file holds, in words; files written before it was added have none. */
  contents?: string;
  runs: Run[];
}

export function exportRuns(runs: Run[], appVersion: string, now = new Date()): RunsExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    contents: EXPORT_CONTENTS,
    runs,
  };
}

/** A file name like `fashion-mnist-dense-100h-2026-11-25.json`. */
export function exportFileName(run: Run): string {
  const slug = run.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `fashion-mnist-${slug || run.id}-${new Date(run.createdAt).toISOString().slice(0, 10)}.json`;
}
