import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../model/config';
import type { Run } from '../../runs/state';
import { ProbabilityBars } from './ProbabilityBars';
import { TryPanel } from './TryPanel';

function run(id: string, overrides: Partial<Run>): Run {
  return {
    id,
    name: `#${id} run`,
    config: DEFAULT_CONFIG,
    status: 'done',
    createdAt: 0,
    points: [],
    step: 0,
    ...overrides,
  };
}

/** Server-rendered markup: effects (and so worker calls) do not run, the first render does. */
const render = (runs: Run[]) => renderToStaticMarkup(createElement(TryPanel, { runs, call: null }));

describe('TryPanel', () => {
  it('renders the pad, its tools, the preview, the upload and a "draw something" message', () => {
    const html = render([]);
    for (const label of [
      'aria-label="Drawing pad"',
      '>Undo<',
      '>Clear<',
      'aria-pressed="false"',
      '>Brush size<',
      '>What the model sees<',
      '>Upload a photo<',
      'accept="image/*"',
      '>Model to ask<',
      'Compare all trained runs',
      'Draw something on the pad',
    ])
      expect(html).toContain(label);
    expect(html).not.toContain('Confusion matrix:');
  });

  it('lets the keyboard reach the pad, and says which keys draw', () => {
    const html = render([]);
    const pad = /<canvas[^>]*aria-label="Drawing pad"[^>]*>/.exec(html)?.[0] ?? '';
    expect(pad).toContain('tabindex="0"');
    expect(pad).toContain('role="application"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(pad)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toMatch(
      new RegExp(
        `id="${describedBy}"[^>]*>Keyboard: arrow keys move the pen[^<]*Space[^<]*Delete clears`,
      ),
    );
  });

  it('asks the most recent finished or stopped run by default', () => {
    const html = render([
      run('1', { createdAt: 1 }),
      run('2', { createdAt: 3, status: 'stopped', step: 120 }),
      run('3', { createdAt: 5, status: 'running' }),
      // Stopped while it was queued (Stop sweep): it has no model to ask.
      run('4', { createdAt: 7, status: 'stopped', step: 0 }),
    ]);
    expect(html).toMatch(/<option value="2" selected="">#2 run<\/option>/);
    expect(html).not.toContain('#3 run');
    expect(html).not.toContain('#4 run');
    expect(html).toContain('Where #2 run goes wrong');
  });

  it('looks inside a CNN run but not inside a dense one', () => {
    const cnn = { ...DEFAULT_CONFIG, model: 'cnn' as const };
    expect(render([run('1', { config: cnn })])).toContain('Inside #1 run');
    expect(render([run('1', {})])).not.toContain('Inside #1 run');
  });
});

describe('ProbabilityBars', () => {
  const probabilities = [0.01, 0.002, 0.003, 0.005, 0.1, 0.03, 0.25, 0.55, 0.04, 0.01];
  const html = renderToStaticMarkup(
    createElement(ProbabilityBars, { runName: '#4 CNN', probabilities, ms: 3.456 }),
  );

  it('labels ten bars with class names and percentages that add up to 100', () => {
    const labels = [...html.matchAll(/role="listitem" aria-label="([^"]+) ([\d.]+)%"/g)];
    expect(labels.map((match) => match[1])).toEqual([
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ]);
    const total = labels.reduce((sum, match) => sum + Number(match[2]), 0);
    expect(total).toBeCloseTo(100, 6);
  });

  it('highlights the top class and shows the latency', () => {
    expect(html).toMatch(/aria-label="Sneaker 55.0%"[^>]*class="try-bar try-bar-top"/);
    expect(html.match(/try-bar-top/g)).toHaveLength(1);
    expect(html).toContain('3.5 ms');
    expect(html).toContain('aria-label="#4 CNN"');
  });
});
