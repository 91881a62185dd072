import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../model/config';
import { PYTHON, requirePython, scratchFolder, writeScript } from '../test/python';
import {
  pytorchFileName,
  pytorchScript,
  runExperiment,
  sweepExperiment,
  torchRunName,
  type TorchExperiment,
} from './pytorch-export';
import type { Run, Sweep } from './state';

const run = (id: string, extra: Partial<Run> = {}): Run => ({
  id,
  name: `#${id} Dense 100 units`,
  config: DEFAULT_CONFIG,
  status: 'done',
  createdAt: 0,
  points: [],
  step: 0,
  ...extra,
});

/** The experiment block of a script as Python reads it: its three assignments' values. */
function readExperiment(text: string): { name: string; base: TrainConfig; trials: unknown[] } {
  requirePython({});
  const path = writeScript(scratchFolder(), 'script.py', text);
  const program = `
import ast, json, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
values = {node.targets[0].id: ast.literal_eval(node.value) for node in tree.body
          if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in
          ("EXPERIMENT_NAME", "BASE_CONFIG", "TRIALS")}
print(json.dumps(values))`;
  const result = spawnSync(PYTHON, ['-c', program, path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const values = JSON.parse(result.stdout);
  return { name: values.EXPERIMENT_NAME, base: values.BASE_CONFIG, trials: values.TRIALS };
}

describe('requirePython', () => {
  it('fails, naming the Debian package to install, when Python cannot import a module', () => {
    expect(() => requirePython({ no_such_module_here: 'python3-no-such' })).toThrow(
      /cannot import no_such_module_here: install Debian's python3-no-such/,
    );
  });
});

describe('torchRunName', () => {
  it('says PyTorch, before a repeat seed so that the lab names the group as it does its own', () => {
    expect(torchRunName('#3 Dense 100 units')).toBe('#3 Dense 100 units · PyTorch');
    expect(torchRunName('#4 CNN 32 filters 2×2 · seed 2')).toBe(
      '#4 CNN 32 filters 2×2 · PyTorch · seed 2',
    );
    expect(torchRunName('my best')).toBe('my best · PyTorch');
  });
});

describe('sweepExperiment', () => {
  const runs = [
    run('1', { group: 'g1', config: { ...DEFAULT_CONFIG, hiddenUnits: 16, seed: 1 } }),
    run('2', { group: 'g1', config: { ...DEFAULT_CONFIG, hiddenUnits: 16, seed: 2 } }),
    run('3', { group: 'g2', config: { ...DEFAULT_CONFIG, hiddenUnits: 64, seed: 1 } }),
    run('4', { group: 'g2', config: { ...DEFAULT_CONFIG, hiddenUnits: 64, seed: 2 } }),
    run('other'),
  ];
  const sweep: Sweep = {
    id: 's',
    field: 'hiddenUnits',
    values: [16, 64],
    runIds: ['1', '2', '3', '4'],
    createdAt: 0,
    repeats: 2,
  };

  it('trains the runs the sweep queued, each with its own settings, repeats grouped', () => {
    const experiment = sweepExperiment(sweep, runs);
    expect(experiment.name).toBe('Dense sweep of Hidden units 16, 64 × 2 seeds');
    expect(experiment.trials.map((t) => [t.config.hiddenUnits, t.config.seed, t.group])).toEqual([
      [16, 1, 0],
      [16, 2, 0],
      [64, 1, 1],
      [64, 2, 1],
    ]);
  });

  it('leaves out deleted runs, and a group left with one run is a run on its own', () => {
    const experiment = sweepExperiment(sweep, runs.slice(1));
    expect(experiment.trials.map((t) => t.group)).toEqual([null, 0, 0]);
    expect(() => sweepExperiment(sweep, [run('other')])).toThrow(/no runs left/);
  });
});

describe('pytorchScript', () => {
  const experiment: TorchExperiment = {
    name: 'A "quoted" name with \\ and $& and ×',
    trials: [
      { name: 'one """ $1', group: null, config: { ...DEFAULT_CONFIG, learningRate: 1e-7 } },
      { name: 'two', group: 3, config: { ...DEFAULT_CONFIG, learningRate: 1e-7, seed: 9 } },
    ],
  };

  it('writes the experiment as Python reads it: what the trials share, and what each changes', () => {
    const text = pytorchScript(experiment, '1.2.3', new Date('2026-12-01T00:00:00Z'));
    const read = readExperiment(text);
    expect(read.name).toBe(experiment.name);
    expect(read.base).toEqual({ ...DEFAULT_CONFIG, learningRate: 1e-7 });
    expect(read.trials).toEqual([
      { name: 'one """ $1', group: null, changes: {} },
      { name: 'two', group: 3, changes: { seed: 9 } },
    ]);
    expect(text).toContain('LAB_VERSION = "1.2.3"');
    expect(text).toContain('EXPORTED_AT = "2026-12-01T00:00:00.000Z"');
    // The template's own example is gone, and the rest of the script is there.
    expect(text.match(/^# <experiment>/gm)).toHaveLength(1);
    expect(text).not.toContain('not exported: the template');
    expect(text).toMatch(/^if __name__ == "__main__":$/m);
  });

  it('refuses a run whose settings the lab would not train, naming it', () => {
    const bad = runExperiment(run('9', { config: { ...DEFAULT_CONFIG, evalEvery: 0 } }));
    expect(() => pytorchScript(bad, '1')).toThrow(/#9 Dense 100 units · PyTorch.*Evaluate every/);
    expect(() => pytorchScript({ name: 'x', trials: [] }, '1')).toThrow(/nothing to export/);
  });

  it('names the file after the experiment, as a Python module name', () => {
    expect(pytorchFileName(runExperiment(run('3')))).toBe('fashion_mnist_3_dense_100_units.py');
    expect(pytorchFileName({ name: '×', trials: [] })).toBe('fashion_mnist_experiment.py');
  });
});
