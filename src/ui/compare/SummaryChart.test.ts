import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../model/config';
import type { EvalPoint } from '../../model/types';
import type { Run, RunStatus, Sweep } from '../../runs/state';
import { SummaryChart } from './SummaryChart';

function point(step: number, valAccuracy: number): EvalPoint {
  return {
    step,
    epoch: 0,
    examplesSeen: step * 32,
    valAccuracy,
    valLoss: 1 - valAccuracy,
    trainLoss: 1,
    examplesPerSec: 1500,
    elapsedMs: step * 20,
  };
}

let nextId = 0;
function run(
  hiddenUnits: number,
  {
    status = 'done',
    test,
    val = 0.8,
    step = 1000,
  }: Partial<{
    status: RunStatus;
    test: number;
    val: number;
    step: number;
  }> = {},
): Run {
  return {
    id: `r${nextId++}`,
    name: 'run',
    config: { ...DEFAULT_CONFIG, hiddenUnits, steps: 1000 },
    status,
    createdAt: 0,
    points: step > 0 ? [point(step, val)] : [],
    step,
    ...(test === undefined ? {} : { test: { accuracy: test, loss: 1 } }),
    sweepId: 's',
  };
}

function render(runs: Run[], sweep: Omit<Sweep, 'runIds' | 'id' | 'createdAt'>): string {
  return renderToStaticMarkup(
    createElement(SummaryChart, {
      runs,
      sweeps: [{ id: 's', createdAt: 0, runIds: runs.map((r) => r.id), ...sweep }],
      onStopSweep: vi.fn(),
      onExportScript: vi.fn(),
    }),
  );
}

/** The text of the table's body rows, cell by cell. */
function tableRows(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell),
  );
}

describe('SummaryChart', () => {
  it('gives n, mean, sd, min and max of each value’s seeds in its table', () => {
    const runs = [
      run(64, { test: 0.84 }),
      run(64, { test: 0.856 }),
      run(64, { test: 0.85 }),
      run(256, { test: 0.852 }),
      run(256, { test: 0.861 }),
      run(256, { test: 0.87 }),
    ];
    const html = render(runs, { field: 'hiddenUnits', values: [64, 256], repeats: 3 });
    expect(html).toContain('Sweep: 2 values × 3 seeds (6 runs): 6 finished.');
    expect(tableRows(html)).toEqual([
      ['64', '3', '84.9%', '0.8%', '84.0%', '85.6%', '80.0%', '3 finished'],
      ['256', '3', '86.1%', '0.9%', '85.2%', '87.0%', '80.0%', '3 finished'],
    ]);
    expect(html).toContain('Test accuracy, mean over seeds; bar: min–max of the seeds');
    expect(html).toContain('Best: 256 hidden units, test 86.1% (mean of 3 seeds, sd 0.9 points).');
    expect(html).toContain(
      '64 and 256 hidden units are within seed noise of each other at 1,000 steps',
    );
  });

  it('after Stop sweep, counts the runs apart and marks the part-trained value', () => {
    const values = [3, 4, 5, 10, 20, 50, 100, 800];
    const runs = values.map((v) =>
      v === 4
        ? run(v, { status: 'stopped', step: 400, val: 0.7 })
        : run(v, { status: 'stopped', step: 0 }),
    );
    const html = render(runs, { field: 'hiddenUnits', values });
    expect(html).toContain(
      'Sweep: 8 runs: none finished, 1 stopped part-way, 7 stopped before training.',
    );
    expect(html).not.toContain('Stop sweep');
    expect(html).toContain('Hollow: stopped part-way: at most step 400 of 1,000');
    const rows = tableRows(html);
    expect(rows[0]).toEqual(['3', '0', '—', '—', '—', '—', '—', '1 stopped before training']);
    expect(rows[1]).toEqual([
      '4',
      '1',
      '70.0%',
      '—',
      '70.0%',
      '70.0%',
      '70.0%',
      '1 stopped part-way (step 400 of 1,000)',
    ]);
    // Final validation stands in until the test set scores every value.
    expect(html).toContain('Final validation accuracy against hidden units');
  });

  it('offers a log axis for positive values, on by default where they span decades', () => {
    const wide = render([run(3, { test: 0.7 }), run(800, { test: 0.8 })], {
      field: 'hiddenUnits',
      values: [3, 800],
    });
    expect(wide).toMatch(/<input type="checkbox" checked=""\/> Log scale \(hidden units\)/);
    const narrow = render([run(8, { test: 0.7 }), run(16, { test: 0.8 })], {
      field: 'hiddenUnits',
      values: [8, 16],
    });
    expect(narrow).toMatch(/<input type="checkbox"\/> Log scale/);
    expect(narrow).toMatch(/<input type="checkbox"\/> Accuracy axis 0–100%/);
  });

  it('sets the report’s own figure beside ours for a report preset', () => {
    const runs = [0.781, 0.795, 0.804]
      .map((test) => run(5, { test }))
      .concat(run(3, { test: 0.3 }));
    const html = render(runs, {
      field: 'hiddenUnits',
      values: [3, 5],
      repeats: 3,
      presetId: 'report-dense-hidden',
    });
    expect(html).toContain(
      'The report’s 65.9% at 5 hidden units (test, 15,000 steps) is below all 3 of our seeds ' +
        '(78.1–80.4% test, 1,000 steps).',
    );
    expect(html).toContain('The report’s test accuracy, 15,000 steps');
    expect(tableRows(html)[1].at(-2)).toBe('65.9%');
    // Not for a sweep of its own.
    expect(render(runs, { field: 'hiddenUnits', values: [3, 5] })).not.toContain('The report’s');
  });
});
