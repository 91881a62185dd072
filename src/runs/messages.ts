/**
 * Messages as a person reads them: runs named by their names, never by the internal ids the
 * worker knows them by ("No trained model is stored for run run-mx4bfeji-9").
 */
import type { Run } from './state';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with each run id of `runs` replaced by the run's quoted name; "run <id>" loses its
 * "run" too. The run the message is about, `subject`, reads as "this run" where the message
 * already says which ("Could not download the model of …: … for this run").
 */
export function nameRuns(
  text: string,
  runs: readonly Pick<Run, 'id' | 'name'>[],
  subject?: Pick<Run, 'id' | 'name'>,
): string {
  if (runs.length === 0) return text;
  const byId = new Map(runs.map((run) => [run.id, run]));
  // Longest first, so that an id that begins another does not take its place.
  const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(\\b[Rr]un )?(?<![\\w-])(${ids.join('|')})(?![\\w-])`, 'g');
  return text.replace(pattern, (_match, word: string | undefined, id: string) => {
    const run = byId.get(id)!;
    if (run === subject && word) return word[0] === 'R' ? 'This run' : 'this run';
    return `"${run.name}"`;
  });
}

/** Why Download model of `run` failed, naming it. */
export function downloadModelError(run: Run, error: unknown, runs: readonly Run[]): string {
  const why = error instanceof Error ? error.message : String(error);
  return `Could not download the model of "${run.name}": ${nameRuns(why, runs, run)}`;
}
