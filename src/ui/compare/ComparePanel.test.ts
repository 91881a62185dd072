import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../model/config';
import type { EvalPoint } from '../../model/types';
import type { Run, Sweep } from '../../runs/state';
import { ComparePanel, type ComparePanelProps } from './ComparePanel';
import { LINE_COLOURS, OKABE_ITO, seriesStyle } from './palette';

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

function makeRun(id: string, config: Partial<TrainConfig>, extra: Partial<Run>): Run {
  return {
    id,
    name: `#${id}`,
    config: { ...DEFAULT_CONFIG, ...config },
    status: 'done',
    createdAt: 0,
    points: [],
    step: 0,
    sweepId: 's1',
    ...extra,
  };
}

const runs: Run[] = [
  makeRun(
    '1',
    { hiddenUnits: 5 },
    {
      name: '<b>bold</b> run',
      points: [point(50, 0.6), point(100, 0.65)],
      step: 100,
      test: { accuracy: 0.659, loss: 1 },
      backend: 'webgl',
      elapsedMs: 2000,
    },
  ),
  makeRun(
    '2',
    { hiddenUnits: 50 },
    {
      status: 'diverged',
      message: 'Loss became NaN at step 80.',
      points: [point(50, 0.7)],
      step: 80,
    },
  ),
  makeRun('3', { hiddenUnits: 800 }, { status: 'running', points: [point(50, 0.75)], step: 60 }),
];
const sweep: Sweep = {
  id: 's1',
  field: 'hiddenUnits',
  values: [5, 50, 800],
  runIds: ['1', '2', '3'],
  createdAt: 0,
};

function render(props: Partial<ComparePanelProps> = {}): string {
  const handlers = {
    onRename: vi.fn(),
    onDelete: vi.fn(),
    onSetHidden: vi.fn(),
    onStop: vi.fn(),
    onStopSweep: vi.fn(),
    onExport: vi.fn(),
    onDownloadModel: vi.fn(),
    onExportScript: vi.fn(),
    onExportSweepScript: vi.fn(),
  };
  return renderToStaticMarkup(
    createElement(ComparePanel, { runs, sweeps: [sweep], ...handlers, ...props }),
  );
}

describe('ComparePanel', () => {
  it('renders the table, the overlay charts and the sweep summary for three runs', () => {
    const html = render();
    expect(html).toContain('<caption>Runs</caption>');
    expect(html).toContain('aria-label="Show #2"');
    expect(html).toContain('Hidden units');
    expect(html).toContain('65.0%');
    expect(html).toContain('aria-label="Comparison: validation accuracy"');
    expect(html).toContain('aria-label="Comparison: validation loss"');
    expect(html).toContain('aria-label="Sweep summary"');
    expect(html).toContain('Sweep: 3 runs: 1 finished, 1 training, 1 diverged.');
    expect(html).toContain('Stop sweep');
    // Only the running run can be stopped; only the finished one has a model to download.
    expect(html.match(/>Stop</g)).toHaveLength(1);
    expect(html.match(/>Download model</g)).toHaveLength(1);
    // Every run, and the sweep, can be taken to PyTorch.
    expect(html.match(/>Export as PyTorch script</g)).toHaveLength(4);
  });

  it('renders a name as text, never as markup', () => {
    const html = render();
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; run');
    expect(html).not.toContain('<b>bold</b>');
  });

  it('explains a diverged run in its status', () => {
    expect(render()).toContain('title="Loss became NaN at step 80."');
  });

  it('says what to do when there are no runs', () => {
    const html = render({ runs: [], sweeps: [] });
    expect(html).toContain('No runs yet: train one or start a sweep.');
    expect(html).not.toContain('<table');
  });
});

describe('seriesStyle', () => {
  it('cycles the Okabe–Ito colours and adds a dash once they are used up', () => {
    const colours = LINE_COLOURS.length;
    expect(seriesStyle(0)).toEqual({ stroke: OKABE_ITO[0] });
    expect(seriesStyle(colours).stroke).toBe(OKABE_ITO[0]);
    expect(seriesStyle(colours).strokeDasharray).toBeDefined();
    expect(seriesStyle(2 * colours).strokeDasharray).not.toBe(seriesStyle(colours).strokeDasharray);
  });

  it('never draws a line in the yellow that barely shows on white', () => {
    const strokes = Array.from({ length: 4 * OKABE_ITO.length }, (_, i) => seriesStyle(i).stroke);
    expect(strokes).not.toContain('#F0E442');
  });
});
