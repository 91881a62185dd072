import type { RunColumn } from '../../runs/compare';
import { isActive, type Run } from '../../runs/state';
import { formatGroupCell, isNumeric } from './cells';
import type { SeriesStyle } from './palette';
import type { RunRowActions } from './RunRow';
import { Swatch } from './Swatch';

interface GroupRowProps extends RunRowActions {
  /** The group's name (see groupName) and its runs, one per seed. */
  name: string;
  runs: Run[];
  columns: RunColumn[];
  style: SeriesStyle;
  expanded: boolean;
  onToggle(): void;
  /** Ids of the seeds' rows while expanded, for aria-controls. */
  seedRowIds: string[];
}

/**
 * A repeat group's row: "3 seeds" with a toggle to show each seed's own row, and the
 * accuracies as mean ± sd over the seeds. Show, Stop and Delete act on every seed.
 */
export function GroupRow({
  name,
  runs,
  columns,
  style,
  expanded,
  onToggle,
  seedRowIds,
  ...actions
}: GroupRowProps) {
  const ids = runs.map((run) => run.id);
  const shown = runs.filter((run) => !run.hidden).length;
  const active = runs.filter(isActive);
  const seeds = `${runs.length} seeds`;
  return (
    <tr className={`group-row${shown === 0 ? ' run-hidden' : ''}`}>
      {columns.map((column) => {
        if (column.id === 'name')
          return (
            <th key={column.id} scope="row" className="sticky-col">
              <span className="name-cell">
                <input
                  type="checkbox"
                  aria-label={`Show ${name}`}
                  checked={shown === runs.length}
                  // Some seeds shown, some not: neither ticked nor clear.
                  ref={(input) => {
                    if (input) input.indeterminate = shown > 0 && shown < runs.length;
                  }}
                  onChange={(event) => actions.onSetHidden(ids, !event.target.checked)}
                />
                <Swatch style={style} band />
                <span className="group-name">
                  {name}
                  <button
                    type="button"
                    className="link-button expand-button"
                    aria-expanded={expanded}
                    aria-controls={expanded ? seedRowIds.join(' ') : undefined}
                    aria-label={`${seeds} of ${name}`}
                    onClick={onToggle}
                  >
                    <span className="expand-arrow" aria-hidden="true">
                      {expanded ? '▾' : '▸'}
                    </span>
                    {seeds}
                  </button>
                </span>
              </span>
            </th>
          );
        const { text, title } = formatGroupCell(column, runs);
        return (
          <td key={column.id} className={isNumeric(column) ? 'num' : undefined} title={title}>
            {text}
          </td>
        );
      })}
      <td>
        <span className="row-actions">
          {active.length > 0 && (
            <button
              type="button"
              aria-label={`Stop the ${active.length} running or queued seeds of ${name}`}
              onClick={() => active.forEach((run) => actions.onStop(run.id))}
            >
              Stop
            </button>
          )}
          <button
            type="button"
            aria-label={`Delete the ${seeds} of ${name}`}
            onClick={() => actions.onDelete(ids)}
          >
            Delete
          </button>
        </span>
      </td>
    </tr>
  );
}
