import type { Run } from '../runs/state';

/**
 * A choice of one run by name, its value the run's id; with `none`, a first option of that text
 * and value '' (for "Compare with": no other run). The label is the caller's, by `id`.
 */
export function RunSelect({
  id,
  runs,
  value,
  onChange,
  none,
  disabled = false,
}: {
  id: string;
  runs: readonly Run[];
  value: string;
  onChange(runId: string): void;
  none?: string;
  disabled?: boolean;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
    >
      {none !== undefined && <option value="">{none}</option>}
      {runs.map((run) => (
        <option key={run.id} value={run.id}>
          {run.name}
        </option>
      ))}
    </select>
  );
}
