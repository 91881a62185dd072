import { useId } from 'react';
import type { Run } from '../../runs/state';

/** Chooses the run to ask, or asks every trained run side by side. */
export function RunPicker({
  runs,
  chosen,
  onChoose,
  compareAll,
  onCompareAll,
}: {
  runs: Run[];
  chosen: Run | null;
  onChoose: (runId: string) => void;
  compareAll: boolean;
  onCompareAll: (compareAll: boolean) => void;
}) {
  const selectId = useId();
  const toggleId = useId();
  return (
    <div className="try-picker">
      <div className="field try-inline-field">
        <label htmlFor={selectId}>Model to ask</label>
        <select
          id={selectId}
          value={chosen?.id ?? ''}
          onChange={(event) => onChoose(event.target.value)}
          disabled={runs.length === 0}
        >
          {runs.length === 0 && <option value="">No trained run yet</option>}
          {runs.map((run) => (
            <option key={run.id} value={run.id}>
              {run.name}
            </option>
          ))}
        </select>
      </div>
      <label className="try-toggle" htmlFor={toggleId}>
        <input
          id={toggleId}
          type="checkbox"
          checked={compareAll}
          disabled={runs.length < 2}
          onChange={(event) => onCompareAll(event.target.checked)}
        />
        Compare all trained runs
      </label>
    </div>
  );
}
