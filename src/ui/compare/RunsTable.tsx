import { useState } from 'react';
import { sortRuns, type RunColumn, type SortDirection } from '../../runs/compare';
import type { Run } from '../../runs/state';
import { tableColumns } from './columns';
import { seriesStyle } from './palette';
import { RunRow, type RunRowActions } from './RunRow';

interface RunsTableProps extends RunRowActions {
  runs: Run[];
  onExport(runIds: string[]): void;
}

interface SortOrder {
  columnId: RunColumn['id'];
  direction: SortDirection;
}

/** Every run with its settings and results, sortable by any column. */
export function RunsTable({ runs, onExport, ...actions }: RunsTableProps) {
  const [sort, setSort] = useState<SortOrder | null>(null);
  const [differencesOnly, setDifferencesOnly] = useState(false);

  if (runs.length === 0) return <p className="hint">No runs yet: train one or start a sweep.</p>;

  const columns = tableColumns(runs, differencesOnly);
  // A sorted-by column can vanish (Differences only); the runs then keep their own order.
  const sortColumn = columns.find((column) => column.id === sort?.columnId);
  const rows = sort && sortColumn ? sortRuns(runs, sortColumn, sort.direction) : runs;
  const allIds = runs.map((run) => run.id);
  const shownIds = runs.filter((run) => !run.hidden).map((run) => run.id);

  function toggleSort(columnId: RunColumn['id']) {
    setSort((current) =>
      current?.columnId === columnId && current.direction === 'ascending'
        ? { columnId, direction: 'descending' }
        : { columnId, direction: 'ascending' },
    );
  }

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
              <th scope="col">Show</th>
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
            {rows.map((run) => (
              <RunRow
                key={run.id}
                run={run}
                columns={columns}
                // Styles follow the runs' own order, as in the charts, however the table is sorted.
                style={seriesStyle(runs.indexOf(run))}
                {...actions}
              />
            ))}
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
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={onSort}>
        {column.label}
        <span className="sort-arrow" aria-hidden="true">
          {direction ? SORT_ARROWS[direction] : ''}
        </span>
      </button>
    </th>
  );
}
