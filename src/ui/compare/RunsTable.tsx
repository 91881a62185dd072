import { Fragment, useId, useState } from 'react';
import { unfinishedRuns, type RunColumn, type SortDirection } from '../../runs/compare';
import type { Run } from '../../runs/state';
import { tableColumns } from './columns';
import { GroupRow } from './GroupRow';
import { sortRows, tableRows } from './rows';
import { RunRow, type RunRowActions } from './RunRow';
import { useSeriesStyles } from './seriesStyles';

interface RunsTableProps extends RunRowActions {
  runs: Run[];
  onExport(runIds: string[]): void;
  /** Columns from outside the runs, after the accuracies (My garments' score). */
  extraColumns?: readonly RunColumn[];
}

interface SortOrder {
  columnId: RunColumn['id'];
  direction: SortDirection;
}

/** Every run with its settings and results, repeat groups as one row each, sortable by any column. */
export function RunsTable({ runs, onExport, extraColumns, ...actions }: RunsTableProps) {
  const [sort, setSort] = useState<SortOrder | null>(null);
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const styleOf = useSeriesStyles(runs);
  const seedRowPrefix = useId();

  if (runs.length === 0) return <p className="hint">No runs yet: train one or start a sweep.</p>;

  const columns = tableColumns(runs, differencesOnly, extraColumns);
  // A sorted-by column can vanish (Differences only); the rows then keep the runs' order.
  const sortColumn = columns.find((column) => column.id === sort?.columnId);
  const unsorted = tableRows(runs);
  const rows = sort && sortColumn ? sortRows(unsorted, sortColumn, sort.direction) : unsorted;
  const allIds = runs.map((run) => run.id);
  const shownIds = runs.filter((run) => !run.hidden).map((run) => run.id);
  const unfinished = unfinishedRuns(runs);

  function toggleSort(columnId: RunColumn['id']) {
    setSort((current) =>
      current?.columnId === columnId && current.direction === 'ascending'
        ? { columnId, direction: 'descending' }
        : { columnId, direction: 'ascending' },
    );
  }

  function toggleGroup(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  const seedRowId = (run: Run) => `${seedRowPrefix}-${run.id}`;

  return (
    <div className="runs-table">
      <div className="compare-toolbar">
        <button type="button" onClick={() => actions.onSetHidden(allIds, false)}>
          Show all
        </button>
        <button type="button" onClick={() => actions.onSetHidden(allIds, true)}>
          Hide all
        </button>
        <button type="button" disabled={shownIds.length === 0} onClick={() => onExport(shownIds)}>
          Export shown runs as JSON
        </button>
        {unfinished.length > 0 && (
          <button
            type="button"
            title="Deletes the runs that were stopped, failed, diverged or interrupted"
            onClick={() => actions.onDelete(unfinished.map((run) => run.id))}
          >
            Clear {unfinished.length} stopped run{unfinished.length === 1 ? '' : 's'}
          </button>
        )}
        <label>
          <input
            type="checkbox"
            checked={differencesOnly}
            onChange={(event) => setDifferencesOnly(event.target.checked)}
          />{' '}
          Differences only
        </label>
      </div>
      {/* Focusable so that keyboard users can scroll a table wider than the screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Runs table">
        <table>
          <caption>Runs</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <SortableHeader
                  key={column.id}
                  column={column}
                  direction={column.id === sortColumn?.id ? sort?.direction : undefined}
                  onSort={() => toggleSort(column.id)}
                />
              ))}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              // Styles are kept per run or group, however the table is sorted (seriesStyles.ts).
              const style = styleOf(row.styleKey);
              if (row.kind === 'run')
                return (
                  <RunRow
                    key={row.run.id}
                    run={row.run}
                    columns={columns}
                    style={style}
                    {...actions}
                  />
                );
              const open = expanded.has(row.id);
              return (
                <Fragment key={row.id}>
                  <GroupRow
                    name={row.name}
                    runs={row.runs}
                    columns={columns}
                    style={style}
                    expanded={open}
                    onToggle={() => toggleGroup(row.id)}
                    seedRowIds={row.runs.map(seedRowId)}
                    {...actions}
                  />
                  {open &&
                    row.runs.map((run) => (
                      <RunRow
                        key={run.id}
                        run={run}
                        columns={columns}
                        style={style}
                        seedRowId={seedRowId(run)}
                        {...actions}
                      />
                    ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const SORT_ARROWS: Record<SortDirection, string> = { ascending: '▲', descending: '▼' };

interface SortableHeaderProps {
  column: RunColumn;
  direction: SortDirection | undefined;
  onSort(): void;
}

function SortableHeader({ column, direction, onSort }: SortableHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={direction}
      className={column.id === 'name' ? 'sticky-col' : undefined}
    >
      <button type="button" className="sort-button" onClick={onSort}>
        {column.label}
        <span className="sort-arrow" aria-hidden="true">
          {direction ? SORT_ARROWS[direction] : ''}
        </span>
      </button>
    </th>
  );
}
