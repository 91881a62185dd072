/**
 * "Export as PyTorch script": a run or a sweep as a standalone Python file that trains the same
 * experiment in PyTorch, on one machine or on a Dask cluster, and writes a runs file the lab
 * imports (see docs/pytorch.md). The script is pytorch/fashion_mnist_lab.py; this writes its
 * experiment block, the part between `# <experiment>` and `# </experiment>`. Pure: no TF.js,
 * no DOM.
 */
import { DEFAULT_CONFIG, FIELD_RULES, LABELS, validateConfig } from '../model/config';
import type { TrainConfig } from '../model/config';
import script from './pytorch/fashion_mnist_lab.py?raw';
import type { Run, Sweep } from './state';

/** One run to train: its name in the lab, its repeat group (null: on its own), its settings. */
export interface TorchTrial {
  name: string;
  group: number | null;
  config: TrainConfig;
}

/** What a script trains: one trial for a run, values × repeats for a sweep. */
export interface TorchExperiment {
  /** Said in the script and its runs file, and the stem of its file name. */
  name: string;
  trials: TorchTrial[];
}

/** Said in every PyTorch run's name, so that it is told apart from the browser's. */
export const TORCH_MARK = 'PyTorch';
const SEED_SUFFIX = / · seed \d+$/;

/**
 * The name a run trained by the script gets: "#3 Dense 100 units" becomes
 * "#3 Dense 100 units · PyTorch", before a repeat's " · seed 2", so that the lab's repeat groups
 * name the PyTorch seeds together as they name the browser's.
 */
export function torchRunName(name: string): string {
  const seed = SEED_SUFFIX.exec(name)?.[0] ?? '';
  return `${name.slice(0, name.length - seed.length)} · ${TORCH_MARK}${seed}`;
}

/** The experiment of one run: its settings, under its name. */
export function runExperiment(run: Run): TorchExperiment {
  return {
    name: run.name,
    trials: [{ name: torchRunName(run.name), group: null, config: run.config }],
  };
}

/**
 * The experiment of a sweep: its runs in the order it queued them, each with the settings it
 * was queued with (a preset's adjustments and each repeat's seed included). Runs deleted since
 * are left out; repeats of one value share a group, as they do in the lab.
 */
export function sweepExperiment(sweep: Sweep, runs: readonly Run[]): TorchExperiment {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const members = sweep.runIds.flatMap((id) => byId.get(id) ?? []);
  if (members.length === 0)
    throw new Error('This sweep has no runs left to export: its runs were deleted.');
  const sizes = new Map<string, number>();
  for (const run of members) if (run.group) sizes.set(run.group, (sizes.get(run.group) ?? 0) + 1);
  const groups = [...sizes].filter(([, size]) => size > 1).map(([group]) => group);
  const repeats = sweep.repeats && sweep.repeats > 1 ? ` × ${sweep.repeats} seeds` : '';
  const model = LABELS.model[members[0].config.model];
  const field = FIELD_RULES[sweep.field].label;
  return {
    name: `${model} sweep of ${field} ${sweep.values.join(', ')}${repeats}`,
    trials: members.map((run) => {
      const group = run.group ? groups.indexOf(run.group) : -1;
      return { name: torchRunName(run.name), group: group < 0 ? null : group, config: run.config };
    }),
  };
}

/** A value as a Python literal; JSON's strings and numbers are Python's. */
function pythonLiteral(value: string | number | null): string {
  if (value === null) return 'None';
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`${value} has no place in a training config.`);
  return JSON.stringify(value);
}

/** `{"a": 1, "b": "x"}` on one line, or one key per line indented by `indent`. */
function pythonDict(entries: [string, string | number | null][], indent?: string): string {
  const items = entries.map(([key, value]) => `${pythonLiteral(key)}: ${pythonLiteral(value)}`);
  if (indent === undefined) return `{${items.join(', ')}}`;
  return `{\n${items.map((item) => `${indent}${item},\n`).join('')}}`;
}

const CONFIG_FIELDS = Object.keys(DEFAULT_CONFIG) as (keyof TrainConfig)[];

function checkConfig(trial: TorchTrial): void {
  const problem = Object.values(validateConfig(trial.config))[0];
  if (problem) throw new RangeError(`${trial.name} cannot be exported: ${problem}`);
}

/** The script's experiment block: what every trial shares, and what each one changes. */
function experimentBlock(experiment: TorchExperiment, appVersion: string, now: Date): string {
  const base = experiment.trials[0].config;
  const trials = experiment.trials.map((trial) => {
    const changes = CONFIG_FIELDS.filter((field) => trial.config[field] !== base[field]);
    const entries: [string, string | number | null][] = [
      ['name', trial.name],
      ['group', trial.group],
    ];
    const changed = pythonDict(changes.map((field) => [field, trial.config[field]]));
    return `    ${pythonDict(entries).slice(0, -1)}, "changes": ${changed}},\n`;
  });
  return [
    `# <experiment> Written by Fashion-MNIST Lab: what to train.`,
    `EXPERIMENT_NAME = ${pythonLiteral(experiment.name)}`,
    `LAB_VERSION = ${pythonLiteral(appVersion)}`,
    `EXPORTED_AT = ${pythonLiteral(now.toISOString())}`,
    `# What every trial shares: the lab's TrainConfig (src/model/config.ts), field for field.`,
    `BASE_CONFIG = ${pythonDict(
      CONFIG_FIELDS.map((field) => [field, base[field]]),
      '    ',
    )}`,
    `# One entry per run: its name in the lab, its repeat group (runs of one setting over several`,
    `# seeds share a number; None: a run on its own), and the fields it changes in BASE_CONFIG.`,
    `TRIALS = [\n${trials.join('')}]`,
    `# </experiment>`,
  ].join('\n');
}

const EXPERIMENT_BLOCK = /^# <experiment>.*?^# <\/experiment>$/ms;

/** The Python file that trains `experiment` in PyTorch. Throws if a trial's config is invalid. */
export function pytorchScript(
  experiment: TorchExperiment,
  appVersion: string,
  now = new Date(),
): string {
  if (experiment.trials.length === 0) throw new RangeError('There is nothing to export.');
  experiment.trials.forEach(checkConfig);
  const block = experimentBlock(experiment, appVersion, now);
  // A function, so that a `$` in a run's name is not read as a replacement pattern.
  return script.replace(EXPERIMENT_BLOCK, () => block);
}

/** Longest slug a file name takes from the experiment's name (a sweep's values can be many). */
const MAX_SLUG_CHARS = 60;

/** `fashion_mnist_3_dense_100_units.py`: a Python module name, in case the file is imported. */
export function pytorchFileName(experiment: TorchExperiment): string {
  const slug = experiment.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/^_|_$/g, '');
  return `fashion_mnist_${slug || 'experiment'}.py`;
}
