/** What an import adds to the lab: the runs of the file that are not here already. */
import type { Run } from './state';

/**
 * The runs of `incoming` (checked by parseRunsImport) whose ids are not among `existing`, and
 * how many were skipped: importing an export a second time must not double every run. Sweeps
 * are not exported, so an imported run stands alone; its repeat group stays.
 */
export function newImports(
  existing: readonly Run[],
  incoming: readonly Run[],
): { added: Run[]; skipped: number } {
  const here = new Set(existing.map((run) => run.id));
  const added = incoming
    .filter((run) => !here.has(run.id))
    // A runs file holds no weights: the run can be compared, not asked or downloaded.
    .map(({ sweepId: _sweepId, ...run }) => ({ ...run, imported: true }));
  return { added, skipped: incoming.length - added.length };
}

const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;

/** "Imported 0 runs from runs.json; 13 were already here." */
export function importMessage(added: number, skipped: number, fileName: string): string {
  const here = skipped === 0 ? '' : `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already here`;
  return `Imported ${runs(added)} from ${fileName}${here}.`;
}
