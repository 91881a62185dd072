import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EvalPoint } from '../model/types';
import { CurveCharts } from './CurveCharts';

const render = (points: EvalPoint[]) =>
  renderToStaticMarkup(createElement(CurveCharts, { points }));

describe('CurveCharts', () => {
  it('says where the curves will appear, instead of empty chart frames, before any evaluation', () => {
    const html = render([]);
    expect(html).toContain('Curves appear here once a run has evaluated');
    expect(html).not.toContain('Validation accuracy chart');
    expect(html).not.toContain('Loss chart');
    expect(html).not.toContain('recharts');
  });

  it('draws both charts and their table once there is a point', () => {
    const html = render([
      {
        step: 50,
        epoch: 0,
        examplesSeen: 1600,
        valAccuracy: 0.7,
        valLoss: 0.8,
        trainLoss: 0.9,
        examplesPerSec: 1000,
        elapsedMs: 1600,
      },
    ]);
    expect(html).toContain('aria-label="Validation accuracy chart"');
    expect(html).toContain('aria-label="Loss chart"');
    expect(html).toContain('>Table of values<');
    expect(html).not.toContain('Curves appear here');
  });
});
