import { LABELS, type TrainConfig } from '../model/config';

/** A short human name for a run, e.g. "Dense 100 units" or "CNN 32×2×2". */
export function describeConfig(config: TrainConfig): string {
  switch (config.model) {
    case 'dense':
      return `${LABELS.model.dense} ${config.hiddenUnits} units`;
    case 'cnn':
      return `${LABELS.model.cnn} ${config.filters} filters ${config.kernelSize}×${config.kernelSize}`;
    case 'deepCnn':
      return LABELS.model.deepCnn;
  }
}
