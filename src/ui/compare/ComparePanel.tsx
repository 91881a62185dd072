import { useId } from 'react';
import type { RunColumn } from '../../runs/compare';
import type { Run, Sweep } from '../../runs/state';
import './compare.css';
import { OverlayCharts } from './OverlayCharts';
import { PerClassAccuracy } from './PerClassAccuracy';
import { RunsTable } from './RunsTable';
import { SummaryChart } from './SummaryChart';

export interface ComparePanelProps {
  runs: Run[];
  sweeps: Sweep[];
  onRename(runId: string, name: string): void;
  onDelete(runIds: string[]): void;
  onSetHidden(runIds: string[], hidden: boolean): void;
  onStop(runId: string): void;
  /** Stops the sweep's runs; with `discardQueued`, deletes those that never started. */
  onStopSweep(sweepId: string, discardQueued?: boolean): void;
  /** JSON export of the chosen runs; the app does the download. */
  onExport(runIds: string[]): void;
  /** TF.js layers model download; the app does it. */
  onDownloadModel(runId: string): void;
  /** Runs-table columns from outside the runs (My garments' score). */
  extraColumns?: readonly RunColumn[];
  /** A run's experiment as a PyTorch script; the app does the download. */
  onExportScript(runId: string): void;
  /** A sweep's experiment as a PyTorch script; the app does the download. */
  onExportSweepScript(sweep: Sweep): void;
}

/**
 * Runs side by side: a sortable table, overlaid curves, each class's curves, and the latest
 * sweep's summary.
 */
export function ComparePanel({
  runs,
  sweeps,
  onStopSweep,
  onExportSweepScript,
  ...tableActions
}: ComparePanelProps) {
  const headingId = useId();
  const chartsHeadingId = useId();
  const sweepHeadingId = useId();
  return (
    <section className="compare" aria-labelledby={headingId} id="compare" tabIndex={-1}>
      <div className="card">
        <h2 id={headingId}>Compare runs</h2>
        <RunsTable runs={runs} {...tableActions} />
      </div>
      {runs.length > 0 && (
        <section className="card" aria-labelledby={chartsHeadingId}>
          <h2 id={chartsHeadingId}>Curves</h2>
          <OverlayCharts runs={runs} />
        </section>
      )}
      {runs.length > 0 && <PerClassAccuracy runs={runs} />}
      <section className="card" aria-labelledby={sweepHeadingId}>
        <h2 id={sweepHeadingId}>Sweep summary</h2>
        <SummaryChart
          runs={runs}
          sweeps={sweeps}
          onStopSweep={onStopSweep}
          onExportScript={onExportSweepScript}
        />
      </section>
    </section>
  );
}
