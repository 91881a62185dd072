import { useId, useState } from 'react';
import { formatScore } from '../../garments/score';
import type { Run } from '../../runs/state';
import { FineTuneForm } from './FineTuneForm';
import { GarmentFiles } from './GarmentFiles';
import { GarmentGrid } from './GarmentGrid';
import type { TryGarments } from './types';
import './garments.css';

/** The chosen run's score on the set, in words. */
function ScoreLine({ run, set }: { run: Run | null; set: TryGarments }) {
  if (!run)
    return <p className="try-message">Train a run and it is scored on your garments here.</p>;
  const score = set.scores.get(run.id);
  if (!score || score.status === 'scoring')
    return <p className="try-message">Scoring {run.name} on your garments…</p>;
  if (score.status === 'error')
    return (
      <p className="try-error" role="alert">
        Could not score {run.name} on your garments: {score.message}
      </p>
    );
  return (
    <p className="garment-score">
      <strong>{run.name}</strong> gets <strong>{formatScore(score.score)}</strong> of your garments
      right.
    </p>
  );
}

/**
 * My garments in the Try panel: the person's own labelled images as the models see them, the
 * chosen run's score and prediction for each, the set's file, and fine-tuning on it.
 */
export function MyGarments({ set, run }: { set: TryGarments; run: Run | null }) {
  const headingId = useId();
  const { garments } = set;
  const score = run ? set.scores.get(run.id) : undefined;
  // Kept here: the new run becomes the chosen one once trained, which remounts the form.
  const [queued, setQueued] = useState<string | null>(null);
  return (
    <section className="try-section my-garments" aria-labelledby={headingId}>
      <h3 id={headingId}>My garments</h3>
      {set.storageError && (
        <p className="try-error" role="alert">
          {set.storageError}
        </p>
      )}
      {garments.length === 0 ? (
        <p className="try-message">
          None yet. Draw a garment or upload a photo above, choose its true label and press Save to
          My garments: every trained run is then scored on your set (here and in the runs table),
          and a run can be fine-tuned on it.
        </p>
      ) : (
        <>
          <ScoreLine run={run} set={set} />
          <GarmentGrid
            garments={garments}
            predictions={score?.status === 'ok' ? score.score.predictions : null}
            runName={run?.name ?? null}
            onRelabel={set.relabel}
            onRemove={set.remove}
          />
        </>
      )}
      <GarmentFiles
        count={garments.length}
        onExport={set.exportFile}
        onImport={set.importFile}
        message={set.message}
      />
      {run && garments.length > 0 && (
        <FineTuneForm
          key={run.id}
          parent={run}
          garments={garments.length}
          score={score}
          onFineTune={(parent, options) => setQueued(set.fineTune(parent, options))}
        />
      )}
      {queued && (
        <p className="hint" role="status">
          Queued {queued}: its curves are under <a href="#current-run">Current run</a>, its score in
          the runs table.
        </p>
      )}
    </section>
  );
}
