import { describe, expect, it } from 'vitest';
import { REPORT_PRESETS } from './presets';
import {
  ALL_REFERENCE_LINES,
  compareWithReport,
  REPORT_FIGURES,
  reportFigures,
} from './report-figures';
import { spread } from './repeats';

describe('report figures', () => {
  it('label the reference lines in percent and with the steps the report trained', () => {
    expect(ALL_REFERENCE_LINES.map((line) => line.label)).toEqual([
      'Report dense 65.9% (15,000 steps)',
      'Report CNN 89.0% (10,000 steps)',
      'Best scikit-learn, SVC 89.7%',
    ]);
    expect(ALL_REFERENCE_LINES.map((line) => line.short)).toEqual([
      'Report dense 65.9%',
      'Report CNN 89.0%',
      'SVC 89.7%',
    ]);
  });

  it('belong to report presets, at values those presets sweep, with their steps', () => {
    for (const [id, figures] of Object.entries(REPORT_FIGURES)) {
      const preset = REPORT_PRESETS.find((p) => p.id === id)!;
      expect(preset, id).toBeDefined();
      for (const figure of figures) {
        expect(preset.values).toContain(figure.value);
        expect(figure.steps).toBe(preset.base.steps);
      }
    }
    // The quick variants train other settings: the report has no figure for them.
    expect(reportFigures('quick-dense-hidden')).toEqual([]);
    expect(reportFigures(undefined)).toEqual([]);
    expect(reportFigures('report-dense-hidden')).toEqual([
      { value: 5, testAccuracy: 0.659, steps: 15_000 },
    ]);
  });

  const dense5 = reportFigures('report-dense-hidden')[0];

  it('say where the report’s figure falls against our seeds', () => {
    expect(
      compareWithReport(dense5, 'hiddenUnits', {
        spread: spread([0.781, 0.795, 0.804]),
        measure: 'test',
        steps: 15_000,
      }),
    ).toBe(
      'The report’s 65.9% at 5 hidden units (test, 15,000 steps) is below all 3 of our seeds ' +
        '(78.1–80.4% test, 15,000 steps).',
    );
    expect(
      compareWithReport(dense5, 'hiddenUnits', {
        spread: spread([0.6, 0.7]),
        measure: 'final',
        steps: 400,
      }),
    ).toBe(
      'The report’s 65.9% at 5 hidden units (test, 15,000 steps) is within the range of our 2 ' +
        'seeds (60.0–70.0% final validation, 400 steps).',
    );
    expect(
      compareWithReport(dense5, 'hiddenUnits', {
        spread: spread([0.5]),
        measure: 'test',
        steps: 15_000,
      }),
    ).toMatch(/is above our one seed \(50\.0% test, 15,000 steps\)\.$/);
    expect(
      compareWithReport(dense5, 'hiddenUnits', { spread: undefined, measure: 'test', steps: 0 }),
    ).toBe('The report’s 65.9% at 5 hidden units (test, 15,000 steps): ours is not measured yet.');
  });
});
