/** The runs table's "My garments" column: each trained run's score on the person's own set. */
import type { RunColumn } from '../../runs/compare';
import { formatScore, scoreFraction, type RunGarmentScore } from '../../garments/score';
import { MISSING } from '../compare/cells';

export const GARMENTS_COLUMN_LABEL = 'My garments';
/** Shown while the worker scores a run. */
const SCORING = '…';

/**
 * "3/5" for a scored run, "…" while it is scored, "—" for a run without a model (or whose model
 * could not be asked); a repeat group shows its seeds' mean, "3.5/5".
 */
export function garmentsColumn(scores: ReadonlyMap<string, RunGarmentScore>): RunColumn {
  const ok = (runId: string) => {
    const score = scores.get(runId);
    return score?.status === 'ok' ? score.score : undefined;
  };
  return {
    kind: 'extra',
    id: 'extra.garments',
    label: GARMENTS_COLUMN_LABEL,
    value: (run) => {
      const score = ok(run.id);
      return score && scoreFraction(score);
    },
    text: (run) => {
      const score = scores.get(run.id);
      if (score?.status === 'ok') return formatScore(score.score);
      return score?.status === 'scoring' ? SCORING : MISSING;
    },
    groupText: (runs) => {
      const scored = runs.flatMap((run) => ok(run.id) ?? []);
      if (scored.length === 0) return { text: MISSING };
      const mean = scored.reduce((sum, s) => sum + s.correct, 0) / scored.length;
      const meanText = Number.isInteger(mean) ? String(mean) : mean.toFixed(1);
      return {
        text: `${meanText}/${scored[0].total}`,
        title: `Mean right over ${scored.length} seed${scored.length === 1 ? '' : 's'}: ${scored.map(formatScore).join(', ')}`,
      };
    },
  };
}
