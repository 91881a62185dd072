import { describeShare } from '../../garments/fine-tune';
import { countGarments } from '../../garments/garment';
import type { Run } from '../../runs/state';

/** A fine-tuned run's record of where it started: "Fine-tuned from #3 … on My garments (…)". */
export function ParentLine({ run }: { run: Run }) {
  if (!run.parent) return null;
  const { name, garments, share } = run.parent;
  return (
    <p className="fine-tune-parent">
      Fine-tuned from <strong>{name}</strong> on My garments ({countGarments(garments)},{' '}
      {describeShare(share, run.config.batchSize)}).
    </p>
  );
}
