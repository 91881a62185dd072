import { describe, expect, it } from 'vitest';
import { validateConfig } from '../model/config';
import { REPORT_PRESETS, applyPreset, type Preset } from './presets';
import { MAX_SWEEP_VALUES, parseSweepValues } from './sweep';

function preset(id: string): Preset {
  const found = REPORT_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

function rateByUnits(id: string): Record<number, number> {
  return Object.fromEntries(applyPreset(preset(id)).map((c) => [c.hiddenUnits, c.learningRate]));
}

describe('REPORT_PRESETS', () => {
  it('has unique ids', () => {
    const ids = REPORT_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives only configs that pass validation, one per value', () => {
    for (const p of REPORT_PRESETS) {
      const configs = applyPreset(p);
      expect(configs.map((c) => c[p.field])).toEqual(p.values);
      for (const config of configs) expect(validateConfig(config), p.id).toEqual({});
    }
  });

  it('has values a person could type in the sweep panel', () => {
    for (const p of REPORT_PRESETS) {
      expect(p.values.length).toBeLessThanOrEqual(MAX_SWEEP_VALUES);
      expect(parseSweepValues(p.field, p.values.join(', '))).toEqual({ values: p.values });
    }
  });

  it('reproduces the report dense sweep, with 1e-4 above 50 units', () => {
    const configs = applyPreset(preset('report-dense-hidden'));
    expect(configs.map((c) => c.hiddenUnits)).toEqual([3, 4, 5, 10, 20, 50, 100, 800]);
    for (const c of configs)
      expect(c).toMatchObject({
        model: 'dense',
        steps: 15_000,
        batchSize: 32,
        optimizer: 'adam',
        init: 'truncatedNormal',
        evalEvery: 50,
      });
    const rates = rateByUnits('report-dense-hidden');
    expect(rates[800]).toBe(1e-4);
    expect(rates[100]).toBe(1e-4);
    expect(rates[50]).toBe(1e-3);
    expect(rates[3]).toBe(1e-3);
  });

  it('reproduces the report CNN sweeps at 10,000 steps', () => {
    const filters = applyPreset(preset('report-cnn-filters'));
    expect(filters.map((c) => c.filters)).toEqual([1, 2, 4, 8, 15, 32]);
    const kernels = applyPreset(preset('report-cnn-kernel'));
    expect(kernels.map((c) => c.kernelSize)).toEqual([2, 3, 4, 5, 7]);
    for (const c of [...filters, ...kernels])
      expect(c).toMatchObject({ model: 'cnn', steps: 10_000, init: 'truncatedNormal' });
    for (const c of kernels) expect(c.filters).toBe(32);
  });

  it('offers a quick, modern variant of each experiment with one learning rate', () => {
    const report = REPORT_PRESETS.filter((p) => p.id.startsWith('report-'));
    const quick = REPORT_PRESETS.filter((p) => p.id.startsWith('quick-'));
    expect(quick.map((p) => p.field)).toEqual(report.map((p) => p.field));
    for (const p of quick) {
      expect(p.values).toEqual(report.find((r) => r.field === p.field)?.values);
      for (const c of applyPreset(p)) {
        expect(c.init).toBe('modern');
        expect(c.learningRate).toBe(1e-3);
        expect(c.steps).toBeLessThanOrEqual(1_000);
      }
    }
    expect(rateByUnits('quick-dense-hidden')[800]).toBe(1e-3);
  });
});
