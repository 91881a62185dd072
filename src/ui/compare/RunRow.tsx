import type { RunColumn } from '../../runs/compare';
import { hasTrainedModel, isActive, type Run } from '../../runs/state';
import { formatCell, isNumeric, STATUS_TEXT } from './cells';
import { RunName } from './RunName';
import type { SeriesStyle } from './palette';
import { Swatch } from './Swatch';

export interface RunRowActions {
  onRename(runId: string, name: string): void;
  onDelete(runIds: string[]): void;
  onSetHidden(runIds: string[], hidden: boolean): void;
  onStop(runId: string): void;
  onDownloadModel(runId: string): void;
  /** Downloads a Python file that trains the run's experiment in PyTorch. */
  onExportScript(runId: string): void;
}

interface RunRowProps extends RunRowActions {
  run: Run;
  columns: RunColumn[];
  /** The run's line style in the charts, shown as a swatch beside its name. */
  style: SeriesStyle;
  /** Set for a seed of a repeat group, shown under the group's row: its element id. */
  seedRowId?: string;
}

/** Statuses whose reason is worth reading: run.message says what went wrong. */
const EXPLAINED: ReadonlySet<Run['status']> = new Set(['diverged', 'failed']);

function StatusCell({ run }: { run: Run }) {
  const message = EXPLAINED.has(run.status) ? run.message : undefined;
  return (
    <span className={`run-status-${run.status}`} title={message}>
      {STATUS_TEXT[run.status]}
      {/* The tooltip is for the mouse; this is for screen readers. */}
      {message && <span className="visually-hidden">: {message}</span>}
    </span>
  );
}

interface CellProps {
  column: RunColumn;
  run: Run;
  style: SeriesStyle;
  actions: RunRowActions;
}

function Cell({ column, run, style, actions }: CellProps) {
  if (column.id === 'name') {
    // The Show checkbox sits in the name cell, so that both stay in view as the table scrolls.
    return (
      <th scope="row" className="sticky-col">
        <span className="name-cell">
          <input
            type="checkbox"
            aria-label={`Show ${run.name}`}
            checked={!run.hidden}
            onChange={(event) => actions.onSetHidden([run.id], !event.target.checked)}
          />
          <Swatch style={style} />
          <RunName name={run.name} onRename={(name) => actions.onRename(run.id, name)} />
        </span>
      </th>
    );
  }
  if (column.id === 'status') {
    return (
      <td>
        <StatusCell run={run} />
      </td>
    );
  }
  return <td className={isNumeric(column) ? 'num' : undefined}>{formatCell(column, run)}</td>;
}

/** One run: its Show checkbox and cells, and what can be done with it. */
export function RunRow({ run, columns, style, seedRowId, ...actions }: RunRowProps) {
  const classes = [run.hidden && 'run-hidden', seedRowId && 'seed-row'].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined} id={seedRowId}>
      {columns.map((column) => (
        <Cell key={column.id} column={column} run={run} style={style} actions={actions} />
      ))}
      <td>
        <span className="row-actions">
          {isActive(run) && (
            <button
              type="button"
              aria-label={`Stop ${run.name}`}
              onClick={() => actions.onStop(run.id)}
            >
              Stop
            </button>
          )}
          {hasTrainedModel(run) && (
            <button
              type="button"
              aria-label={`Download model of ${run.name}`}
              onClick={() => actions.onDownloadModel(run.id)}
            >
              Download model
            </button>
          )}
          <button
            type="button"
            aria-label={`Export as PyTorch script: ${run.name}`}
            onClick={() => actions.onExportScript(run.id)}
          >
            Export as PyTorch script
          </button>
          <button
            type="button"
            aria-label={`Delete ${run.name}`}
            onClick={() => actions.onDelete([run.id])}
          >
            Delete
          </button>
        </span>
      </td>
    </tr>
  );
}
