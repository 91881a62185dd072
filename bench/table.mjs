/**
 * Plain-text rendering of a bench report: the measurements, the loop comparison and batch
 * sweep, the ratios measured in the same run, and the best backend's long measurements.
 */

/** @typedef {import('../src/bench/report').BenchReport} BenchReport */
/** @typedef {import('../src/bench/report').BenchResult} BenchResult */
/** @typedef {import('../src/bench/report').MemoryCheck} MemoryCheck */
/** @typedef {import('../src/bench/report').MemorySample} MemorySample */
/** @typedef {import('../src/bench/report').ExperimentResult} ExperimentResult */
/** @typedef {import('../src/bench/report').InsideCost} InsideCost */
/** @typedef {import('../src/bench/report').TorchExperiments} TorchExperiments */
/** @typedef {import('../src/bench/report').PoolScaling} PoolScaling */
/** @typedef {import('../src/bench/report').PoolScalingRow} PoolScalingRow */
/** @typedef {import('../src/bench/report').PoolSweep} PoolSweep */
/** @typedef {import('../src/bench/report').PoolSweepTrial} PoolSweepTrial */
/** @typedef {import('../src/bench/report').Reproduction} Reproduction */
/** @typedef {import('../src/bench/report').ReproductionRun} ReproductionRun */
/** @typedef {import('../src/worker/protocol').PoolStatus} PoolStatus */

const MIB = 1024 * 1024;

/**
 * @param {number | null | undefined} ms
 * @returns {string}
 */
const seconds = (ms) => (ms == null ? '-' : (ms / 1000).toFixed(1));
/**
 * @param {number | null | undefined} value
 * @param {number} [digits]
 */
const fixed = (value, digits = 0) => (value == null ? '-' : value.toFixed(digits));
/** @param {number | null | undefined} value */
const times = (value) => (value == null ? '-' : `${value.toFixed(2)}x`);
/** @param {number | null | undefined} bytes */
const mib = (bytes) => (bytes == null ? '-' : (bytes / MIB).toFixed(1));

/**
 * Tensor count at the first and the last sample, e.g. "41=41", or "-" when not sampled.
 * @param {MemoryCheck | null} check
 */
function tensorsCell(check) {
  const [first, last] = [check?.samples[0], check?.samples.at(-1)];
  if (!check || !first || !last || check.samples.length < 2) return '-';
  return `${first.numTensors}${first.numTensors === last.numTensors ? '=' : '>'}${last.numTensors}`;
}

/**
 * @type {Array<{ title: string, align: 'left' | 'right', cell: (r: BenchResult) => string }>}
 */
const COLUMNS = [
  { title: 'backend', align: 'left', cell: (r) => r.backend },
  { title: 'model', align: 'left', cell: (r) => r.model },
  { title: 'batch', align: 'right', cell: (r) => String(r.batchSize) },
  { title: 'steps', align: 'right', cell: (r) => `${r.warmupSteps}+${r.measuredSteps}` },
  { title: 'examples/s', align: 'right', cell: (r) => fixed(r.examplesPerSec) },
  { title: 'warm-up s', align: 'right', cell: (r) => seconds(r.warmupMs) },
  { title: 'eval s', align: 'right', cell: (r) => seconds(r.evalMs) },
  { title: 'run s', align: 'right', cell: (r) => seconds(r.elapsedMs) },
  { title: 'test acc', align: 'right', cell: (r) => fixed(r.testAccuracy, 3) },
  { title: 'tensors', align: 'right', cell: (r) => tensorsCell(r.memory ?? null) },
  {
    // WebGL only: what transfers to a GPU, counted by the run's worker (counters.ts).
    title: 'programs/uploads/reads per step',
    align: 'right',
    cell: (r) =>
      r.webglProgramsPerStep == null
        ? '-'
        : `${r.webglProgramsPerStep}/${r.uploadsPerStep}/${fixed(r.readsPerStep, 2)}`,
  },
  {
    title: 'predict ms p50/p95',
    align: 'right',
    cell: (r) =>
      r.inferenceMsP50 === null
        ? '-'
        : `${fixed(r.inferenceMsP50, 1)}/${fixed(r.inferenceMsP95, 1)}`,
  },
  {
    title: 'best batch: ex/s',
    align: 'right',
    cell: (r) =>
      r.bestBatchSize === null ? '-' : `${r.bestBatchSize}: ${fixed(r.bestExamplesPerSec)}`,
  },
  { title: 'status', align: 'left', cell: (r) => r.status },
];

/**
 * @param {string[][]} rows the first row is the header
 * @param {Array<'left' | 'right'>} aligns
 * @returns {string}
 */
function fixedWidth(rows, aligns) {
  const widths = aligns.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ row) =>
    row
      .map((text, i) => (aligns[i] === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/**
 * One row per measurement; steps read "warm-up+measured", tensors "first=last" sample.
 * @param {BenchResult[]} results
 * @returns {string}
 */
export function formatResults(results) {
  const rows = [COLUMNS.map((c) => c.title), ...results.map((r) => COLUMNS.map((c) => c.cell(r)))];
  return fixedWidth(
    rows,
    COLUMNS.map((c) => c.align),
  );
}

/**
 * The app's rate beside model.fit, the bare loop and the minimize loop on the same backend,
 * each the median over the rounds, and the ratios (medians of the bracketed rounds).
 * @param {BenchResult[]} results
 * @returns {string} empty when no loop was timed
 */
export function formatLoops(results) {
  const compared = results.filter((r) => r.fit || r.bareLoop || r.minimizeLoop);
  if (compared.length === 0) return '';
  const rows = [
    [
      'backend',
      'model',
      'rounds',
      'app ex/s',
      'model.fit',
      'bare loop',
      'minimize',
      'app/fit',
      'app/bare',
      'app/minimize',
    ],
    ...compared.map((r) => [
      r.backend,
      r.model,
      String(r.appRoundRates.length),
      fixed(r.appExamplesPerSec),
      fixed(r.fit?.examplesPerSec),
      fixed(r.bareLoop?.examplesPerSec),
      fixed(r.minimizeLoop?.examplesPerSec),
      times(r.appToFit),
      times(r.appToBareLoop),
      times(r.appToMinimizeLoop),
    ]),
  ];
  return fixedWidth(rows, ['left', 'left', ...Array(8).fill('right')]);
}

/**
 * Examples/s at every batch size tried.
 * @param {BenchResult[]} results
 * @returns {string} empty when no sweep ran
 */
export function formatSweeps(results) {
  const swept = results.filter((r) => r.batchSweep.length > 1);
  if (swept.length === 0) return '';
  const sizes = [...new Set(swept.flatMap((r) => r.batchSweep.map((t) => t.batchSize)))].sort(
    (a, b) => a - b,
  );
  const rows = [
    ['backend', 'model', ...sizes.map((size) => `batch ${size}`), 'best'],
    ...swept.map((r) => [
      r.backend,
      r.model,
      ...sizes.map((size) => {
        const trial = r.batchSweep.find((t) => t.batchSize === size);
        return trial ? fixed(trial.examplesPerSec) : '';
      }),
      r.bestBatchSize === null ? '-' : String(r.bestBatchSize),
    ]),
  ];
  return fixedWidth(rows, [
    'left',
    'left',
    ...sizes.map(() => /** @type {const} */ ('right')),
    'right',
  ]);
}

/**
 * Ratios measured in this run: examples/s between backends on each model, the app's loop over
 * model.fit, the bare loop and the minimize loop, an experiment's wall time with the look inside
 * over without, and the dataset load over a bare fetch.
 * @param {BenchReport | BenchResult[]} reportOrResults
 * @returns {string} empty when there is no ratio
 */
export function formatRatios(reportOrResults) {
  const report = Array.isArray(reportOrResults) ? null : reportOrResults;
  const results = Array.isArray(reportOrResults) ? reportOrResults : reportOrResults.results;
  const measured = results.filter((r) => r.examplesPerSec !== null);
  const backends = [...new Set(measured.map((r) => r.backend))];
  const models = [...new Set(measured.map((r) => r.model))];
  const rate = (/** @type {string} */ backend, /** @type {string} */ model) =>
    measured.find((r) => r.backend === backend && r.model === model)?.examplesPerSec ?? null;
  const rows = [['ratio', 'backend', 'model', 'value']];
  for (const [i, a] of backends.entries())
    for (const b of backends.slice(i + 1))
      for (const model of models) {
        const [rateA, rateB] = [rate(a, model), rate(b, model)];
        if (rateA !== null && rateB !== null)
          rows.push(['examples/s', `${a}/${b}`, model, times(rateA / rateB)]);
      }
  /** @type {Array<[string, (r: BenchResult) => number | null]>} */
  const loops = [
    ['app/model.fit', (r) => r.appToFit],
    ['app/bare loop', (r) => r.appToBareLoop],
    ['app/minimize loop', (r) => r.appToMinimizeLoop],
  ];
  for (const [label, value] of loops)
    for (const r of results)
      if (value(r) !== null) rows.push([label, r.backend, r.model, times(value(r))]);
  for (const cost of report?.insideCost ?? [])
    if (cost.addedShare !== null)
      rows.push([
        'look inside: with/without',
        cost.backend,
        cost.model,
        times(1 + cost.addedShare),
      ]);
  if (report?.datasetToBareFetch != null)
    rows.push([
      'dataset ready/bare fetch',
      report.backends.find((b) => b.datasetReadyMs !== null)?.requested ?? '-',
      '-',
      times(report.datasetToBareFetch),
    ]);
  return rows.length > 1 ? fixedWidth(rows, ['left', 'left', 'left', 'right']) : '';
}

/** The eval/train ratio the evaluation pass is meant to reach. */
const EVAL_TO_TRAIN_TARGET = 3;

/**
 * The experiments: Train to test score with the app's defaults, the wall time split into
 * training, validation passes, the test pass and the rest, the two rates and their ratio; with
 * `torch` (`--torch`), PyTorch's wall time for the same experiment on one thread and on its
 * default threads, and the app's over it.
 * @param {ExperimentResult[]} experiments
 * @param {TorchExperiments} [torch]
 * @returns {string} empty when no experiment ran
 */
export function formatExperiments(experiments, torch) {
  const [first] = experiments;
  if (!first) return '';
  const ratios = torch && 'ratios' in torch ? torch.ratios : null;
  const runs = torch && 'runs' in torch ? torch.runs : [];
  const ratio = (/** @type {ExperimentResult} */ e) =>
    ratios?.find((r) => r.model === e.model && r.steps === e.steps);
  const torchWall = (/** @type {ExperimentResult} */ e, /** @type {'one' | 'default'} */ threads) =>
    runs.find((r) => r.model === e.model && r.steps === e.steps && r.threads === threads)?.wallMs ??
    null;
  /** @type {Array<[string, (e: ExperimentResult) => string]>} */
  const columns = [
    ['model', (e) => e.model],
    ['steps', (e) => String(e.steps)],
    ['wall s', (e) => seconds(e.wallMs)],
    ['train s', (e) => seconds(e.trainMs)],
    ['eval s', (e) => seconds(e.evalMs)],
    ['test s', (e) => seconds(e.testMs)],
    ['other s', (e) => seconds(e.otherMs)],
    ['train ex/s', (e) => fixed(e.trainExamplesPerSec)],
    ['eval img/s', (e) => fixed(e.evalImagesPerSec)],
    ['eval/train', (e) => times(e.evalToTrain)],
    ['test acc', (e) => fixed(e.testAccuracy, 3)],
    ...(ratios
      ? /** @type {Array<[string, (e: ExperimentResult) => string]>} */ ([
          ['torch 1T s', (e) => seconds(torchWall(e, 'one'))],
          ['torch all s', (e) => seconds(torchWall(e, 'default'))],
          ['app/torch 1T', (e) => times(ratio(e)?.appToTorchOneThread)],
          ['app/torch all', (e) => times(ratio(e)?.appToTorchDefault)],
        ])
      : []),
  ];
  const threads = [
    ...new Set(runs.filter((r) => r.threads === 'default').map((r) => r.torchThreads)),
  ];
  const threadsText =
    threads.length === 1 && threads[0] === 1
      ? '1 thread'
      : `${threads.map((n) => n ?? '?').join('/') || '?'} threads`;
  const lines = [
    `experiments on ${first.backend}: pressing Train with the app's defaults (batch ${first.batchSize}, ` +
      `${first.validationSize} validation images every ${first.evalEvery} steps, the test set at the end), ` +
      'each in a fresh worker with the dataset loaded',
    '  wall = sending train to receiving run-ended with the test score = train + eval + test + other',
    '  (test: gathering and scoring the test set; other: starting the run and the messages)',
    `  eval img/s = ${first.validationSize} / the mean validation pass; eval/train = eval img/s / train ex/s ` +
      `(target >= ${EVAL_TO_TRAIN_TARGET}x)`,
    ...(ratios
      ? [
          "  torch: torch_experiment.py; 1T: OMP_NUM_THREADS=1; all: unset, PyTorch's default " +
            `(${threadsText} here); app/torch = app wall / PyTorch wall: below 1x the app waits less`,
        ]
      : []),
    fixedWidth(
      [
        columns.map(([title]) => title),
        ...experiments.map((e) => columns.map(([, cell]) => cell(e))),
      ],
      columns.map((_, i) => (i === 0 ? 'left' : 'right')),
    ),
    ...experiments
      .filter((e) => e.status !== 'done' || e.message)
      .map((e) => `  ${e.model}: ${e.status}${e.message ? ` (${e.message})` : ''}`),
    ...(torch && 'error' in torch ? [`  PyTorch experiments not run: ${torch.error}`] : []),
    ...runs.filter((r) => r.error).map((r) => `  PyTorch ${r.model} ${r.threads}: ${r.error}`),
  ];
  return lines.join('\n');
}

/** How the summary line names each model's experiment. */
const EXPERIMENT_NAMES = /** @type {Record<string, string>} */ ({
  'dense-100': 'dense-100',
  'report-cnn': 'the report CNN',
  'deep-cnn': 'the deep CNN',
});
/** @param {number | null | undefined} share */
const percent = (share) => (share == null ? '-' : `${(share * 100).toFixed(1)}%`);
/** @param {number} share e.g. "10%" */
const budgetText = (share) => `${Math.round(share * 100)}%`;
/** @param {number | null | undefined} ms */
const secondsText = (ms) => (ms == null ? '-' : `${(ms / 1000).toFixed(2)} s`);

/**
 * The look inside's cost in one line, e.g. "look inside adds 4.1% to dense-100's experiment
 * (5.31 s → 5.53 s), 3.0% to the report CNN's (10.90 s → 11.23 s)"; a share over the budget
 * says so. Experiments without a share are left out ('' when none has one).
 * @param {InsideCost[]} costs
 * @returns {string}
 */
export function insideCostLine(costs) {
  const clauses = costs
    .filter((cost) => cost.addedShare !== null)
    .map((cost, i) => {
      const name = EXPERIMENT_NAMES[cost.model] ?? cost.model;
      const over =
        /** @type {number} */ (cost.addedShare) >= cost.budget
          ? `, OVER the ${budgetText(cost.budget)} budget`
          : '';
      return (
        `${percent(cost.addedShare)} to ${name}'s${i === 0 ? ' experiment' : ''} ` +
        `(${secondsText(cost.wallMsWithout)} → ${secondsText(cost.wallMsWith)}${over})`
      );
    });
  return clauses.length === 0 ? '' : `look inside adds ${clauses.join(', ')}`;
}

/**
 * What the look inside the network adds to each experiment: the faster run without it and
 * with it, the share, and the look inside's own median time per point.
 * @param {InsideCost[] | undefined} costs
 * @returns {string} empty when not measured
 */
export function formatInsideCost(costs) {
  const [first] = costs ?? [];
  if (!costs || !first) return '';
  const order = first.runs.map((run) => (run.inspect ? 'with' : 'without')).join(', ');
  /** @type {Array<[string, (c: InsideCost) => string]>} */
  const columns = [
    ['model', (c) => c.model],
    ['steps', (c) => String(c.steps)],
    ['without s', (c) => fixed(c.wallMsWithout === null ? null : c.wallMsWithout / 1000, 2)],
    ['with s', (c) => fixed(c.wallMsWith === null ? null : c.wallMsWith / 1000, 2)],
    ['added', (c) => percent(c.addedShare)],
    ['ms/point', (c) => fixed(c.insideMsPerPoint, 1)],
    ['points looked inside', (c) => `${c.insidePoints}/${c.points}`],
  ];
  const line = insideCostLine(costs);
  const lines = [
    `look inside on ${first.backend}: each experiment without the look inside the network and with it ` +
      `(as the app trains), each run in a fresh worker, in the order ${order}; the faster of each`,
    `  added = with / without - 1, of the wall time (budget ${budgetText(first.budget)}); ms/point = the median ` +
      'time the look inside reported at a point (EvalPoint.inside.ms);',
    '  points looked inside = of all points of the runs with it (every point should have it)',
    fixedWidth(
      [columns.map(([title]) => title), ...costs.map((c) => columns.map(([, cell]) => cell(c)))],
      columns.map((_, i) => (i === 0 ? 'left' : 'right')),
    ),
    ...(line ? [line] : []),
    ...costs.flatMap((c) => c.problems.map((problem) => `  ${c.model}: ${problem}`)),
  ];
  return lines.join('\n');
}

/**
 * @param {MemorySample} s
 */
const sampleRow = (s) => [
  String(s.step),
  String(s.numTensors),
  mib(s.numBytes),
  mib(s.numBytesInGPU),
  mib(s.jsHeapBytes),
];

/**
 * A memory check as a table of its samples and a verdict.
 * @param {string} title
 * @param {MemoryCheck} check
 * @returns {string}
 */
export function formatMemoryCheck(title, check) {
  const verdict =
    check.flat === true
      ? 'flat'
      : `${check.flat === null ? 'not judged' : 'NOT FLAT'}: ${check.problems.join('; ')}`;
  const lines = [`${title}, ${check.backend} ${check.model}, ${check.steps} steps: ${verdict}`];
  if (check.samples.length > 0)
    lines.push(
      fixedWidth(
        [['step', 'tensors', 'tensor MiB', 'GPU MiB', 'heap MiB'], ...check.samples.map(sampleRow)],
        ['right', 'right', 'right', 'right', 'right'],
      ),
    );
  return lines.join('\n');
}

/**
 * The best backend's figures: inference, time to target, memory check, soak.
 * @param {BenchReport} report
 * @returns {string}
 */
export function formatBest(report) {
  if (!report.bestBackend) return '';
  const lines = [`best backend: ${report.bestBackend}`];
  if (report.inferenceMsP50 !== null)
    lines.push(
      `  drawing inference (${report.inferenceModel}, predict round trip): ` +
        `p50 ${fixed(report.inferenceMsP50, 1)} ms, p95 ${fixed(report.inferenceMsP95, 1)} ms`,
    );
  for (const t of report.targets)
    lines.push(
      `  time to ${Math.round(t.target * 100)}% validation accuracy, ${t.model}: ` +
        (t.timeMs === null
          ? `not reached (best ${fixed(t.bestValAccuracy, 3)}): ${t.message ?? ''}`
          : `${seconds(t.timeMs)} s (step ${t.step}, ${fixed(t.valAccuracy, 3)}; training ${seconds(t.trainMs)} s)`),
    );
  if (report.memory) lines.push('', formatMemoryCheck('memory check', report.memory));
  if (report.soak) {
    const soak = report.soak;
    lines.push(
      '',
      formatMemoryCheck('soak', soak),
      `soak run: ${soak.status} in ${seconds(soak.elapsedMs)} s, test acc ${fixed(soak.testAccuracy, 3)}` +
        (soak.message ? ` (${soak.message})` : ''),
    );
  }
  return lines.join('\n');
}

/**
 * The pool's own measurements, e.g. "gains 2: 1.85x, limit 2, dataset shared".
 * @param {PoolStatus | null} pool
 */
function poolText(pool) {
  if (!pool) return 'no pool status';
  const gains = pool.gains.map((g) => `${g.workers}: ${times(g.ratio)}`).join(', ') || 'none';
  return `pool's gains ${gains}, limit ${pool.limit}, dataset ${pool.dataset ?? '-'}`;
}

/**
 * Pool scaling: per pool size, the runs' steady rates, their total and its ratio to one
 * worker, the same over the stretch in which all n runs trained, and the pool's own figures.
 * @param {PoolScaling | null | undefined} scaling
 * @returns {string} empty when not measured
 */
export function formatPoolScaling(scaling) {
  const first = scaling?.rows[0];
  if (!scaling || !first) return '';
  /** @type {Array<[string, (r: PoolScalingRow) => string]>} */
  const columns = [
    ['workers', (r) => String(r.workers)],
    ['at once', (r) => String(r.maxBusy)],
    ['run ex/s', (r) => r.runRates.map((rate) => fixed(rate)).join('/') || '-'],
    ['total ex/s', (r) => fixed(r.totalExamplesPerSec)],
    ['total x1', (r) => times(r.ratioToOne)],
    ['all-running ex/s', (r) => fixed(r.overlapExamplesPerSec)],
    ['all-running x1', (r) => times(r.overlapRatioToOne)],
    ['all-running s', (r) => seconds(r.overlapMs)],
    ['pool gain', (r) => times(r.poolGain)],
    ['pool limit', (r) => (r.pool ? String(r.pool.limit) : '-')],
    ['dataset', (r) => r.pool?.dataset ?? '-'],
    ['wall s', (r) => seconds(r.wallMs)],
    ['status', (r) => r.status],
  ];
  const lines = [
    `pool scaling on ${scaling.backend}: n ${scaling.model} runs (${first.steps} steps of ${first.batchSize}, ` +
      `evaluated every ${first.evalEvery}) queued at once into a TrainerPool of at most n workers, ` +
      `n = 1..${scaling.cpus} (navigator.hardwareConcurrency)`,
    "  total = the sum of the runs' steady examples/s (every interval but the first, evaluation excluded);",
    '  all-running = the same over only the intervals in which all n runs trained; pool gain = the',
    "  pool's own measured total with n workers over n - 1 (it keeps a worker at >= 1.10x)",
    fixedWidth(
      [
        columns.map(([title]) => title),
        ...scaling.rows.map((r) => columns.map(([, cell]) => cell(r))),
      ],
      columns.map(([title]) =>
        title === 'run ex/s' || title === 'dataset' || title === 'status' ? 'left' : 'right',
      ),
    ),
    ...scaling.rows.filter((r) => r.message).map((r) => `  ${r.workers} workers: ${r.message}`),
  ];
  return lines.join('\n');
}

/**
 * The timed sweep in one worker and in the default pool: wall time, each run's start and end,
 * and the speed-up.
 * @param {PoolSweep | null | undefined} sweep
 * @returns {string} empty when not measured
 */
export function formatPoolSweep(sweep) {
  if (!sweep) return '';
  const trials = /** @type {Array<[string, PoolSweepTrial]>} */ (
    [
      ['one worker', sweep.oneWorker],
      ['default pool', sweep.pool],
    ].filter(([, trial]) => trial)
  );
  /** The runs' summed split of their time, or null unless every run has it. */
  const total = (/** @type {PoolSweepTrial} */ trial, /** @type {'trainMs' | 'evalMs'} */ key) =>
    trial.runs.length === sweep.values.length && trial.runs.every((run) => run[key] !== null)
      ? trial.runs.reduce((sum, run) => sum + (run[key] ?? 0), 0)
      : null;
  const rows = [
    [
      'pool',
      'max workers',
      'at once',
      'wall s',
      ...sweep.values.map((value) => `${value}: start-end s`),
      'train s',
      'eval s',
      'runs s',
    ],
    ...trials.map(([label, trial]) => [
      label,
      String(trial.maxWorkers),
      String(trial.maxBusy),
      seconds(trial.wallMs),
      ...sweep.values.map((value) => {
        const run = trial.runs.find((r) => r.value === value);
        return run ? `${seconds(run.startMs)}-${seconds(run.endMs)}` : '-';
      }),
      seconds(total(trial, 'trainMs')),
      seconds(total(trial, 'evalMs')),
      seconds(trial.runs.reduce((sum, run) => sum + (run.elapsedMs ?? 0), 0)),
    ]),
  ];
  const lines = [
    `sweep on ${sweep.backend}: ${sweep.field} ${sweep.values.join(', ')}, ${sweep.steps} steps each, ` +
      `evaluated every ${sweep.evalEvery} steps on ${sweep.validationSize} validation images (the app's defaults)`,
    '  wall = sending the four train messages to the last run-ended; start = run-started (the run left',
    '  the queue), end = its run-ended, both since the first train; train, eval, runs = the sums of the',
    "  runs' training steps, validation passes and own times (the worker's, test pass included)",
    fixedWidth(rows, ['left', ...rows[0].slice(1).map(() => /** @type {const} */ ('right'))]),
    `  speed-up (one worker / default pool): ${times(sweep.speedUp)} (target >= ${times(sweep.target)})`,
    ...(sweep.queueOrderMs == null
      ? []
      : [
          `  bound: the one-worker run times on ${sweep.pool?.maxWorkers ?? '?'} workers, no start-up, no shared cores: ` +
            `${seconds(sweep.queueOrderMs)} s in queue order (${times(sweep.queueOrderBound)}), ` +
            `${seconds(sweep.longestFirstMs)} s longest first (${times(sweep.longestFirstBound)})`,
        ]),
    ...trials.map(([label, trial]) => `  ${label}: ${poolText(trial.pool)}`),
    ...trials
      .filter(([, trial]) => trial.message)
      .map(([label, trial]) => `  ${label}: ${trial.message}`),
  ];
  return lines.join('\n');
}

/**
 * "Reproduce the report": the whole wall time, per experiment, and per run.
 * @param {Reproduction | null | undefined} reproduction
 * @returns {string} empty when not run
 */
export function formatReproduction(reproduction) {
  if (!reproduction) return '';
  const r = reproduction;
  const experimentRows = [
    [
      'experiment',
      'field',
      'runs',
      'steps',
      'done',
      'end s',
      'span s',
      'runs s',
      'best',
      'best test acc',
    ],
    ...r.experiments.map((e) => [
      e.experiment,
      e.field,
      String(e.runs),
      String(e.steps),
      String(e.done),
      seconds(e.endMs),
      seconds(e.spanMs),
      seconds(e.runMsSum),
      e.bestValue === null ? '-' : String(e.bestValue),
      fixed(e.bestTestAccuracy, 3),
    ]),
  ];
  const runRows = [
    [
      'experiment',
      'value',
      'steps',
      'learning rate',
      'start s',
      'end s',
      'run s',
      'val acc',
      'test acc',
      'status',
    ],
    ...r.runs.map((run) => [
      run.experiment,
      String(run.value),
      String(run.steps),
      String(run.learningRate),
      seconds(run.startMs),
      seconds(run.endMs),
      seconds(run.elapsedMs),
      fixed(run.valAccuracy, 3),
      fixed(run.testAccuracy, 3),
      run.status,
    ]),
  ];
  const lines = [
    `Reproduce the report on ${r.backend}: ${r.runs.length} runs of the report's three experiments ` +
      `queued at once into the default pool` +
      (r.scale > 1 ? `, steps divided by ${r.scale}` : ", at the report's full length"),
    `  wall ${seconds(r.wallMs)} s from the first train to the last run-ended; ${seconds(r.runMsSum)} s of runs ` +
      `(one worker, one after another), ${fixed(r.parallelism, 2)} at once on average, at most ${r.maxBusy}; ` +
      poolText(r.pool),
    "  end = since the first train; span = its first run-started to its last run-ended; runs = its runs' own times",
    fixedWidth(experimentRows, [
      'left',
      'left',
      ...experimentRows[0].slice(2).map(() => /** @type {const} */ ('right')),
    ]),
    '',
    fixedWidth(runRows, [
      'left',
      ...runRows[0].slice(1, -1).map(() => /** @type {const} */ ('right')),
      'left',
    ]),
    ...(r.message ? [`  ${r.message}`] : []),
    ...r.runs
      .filter((run) => run.message)
      .map((run) => `  ${run.experiment} ${run.value}: ${run.message}`),
  ];
  return lines.join('\n');
}

/**
 * The training engine each measured model got, and why not a faster one (a fallback from the
 * fast path is never silent); '' when no run reported one.
 * @param {BenchReport['results']} results
 * @returns {string}
 */
export function formatEngines(results) {
  const engines = results.filter((r) => r.engine);
  if (engines.length === 0) return '';
  return ['training engine:', ...engines.map((r) => `  ${r.backend} ${r.model}: ${r.engine}`)].join(
    '\n',
  );
}

/**
 * The whole printout: machine, backends and dataset times, the tables, the ratios, the best
 * backend's figures, and why anything is missing.
 * @param {BenchReport} report
 * @returns {string}
 */
export function formatReport(report) {
  const lines = [
    `${report.date}  ${report.machine.cpus} CPUs  ${report.machine.userAgent}`,
    ...report.backends.map(
      (b) =>
        `${b.requested}: ran on ${b.actual ?? '-'}${b.renderer ? ` (${b.renderer})` : ''}, ` +
        `dataset ready in ${seconds(b.datasetReadyMs)} s (page ${seconds(b.datasetReadyWallMs)} s)` +
        (b.error ? `\n  ERROR: ${b.error}` : ''),
    ),
    `bare fetch + gunzip of the four files: ${seconds(report.bareFetchMs)} s` +
      (report.bareFetchGunzip ? ` (gunzipped by ${report.bareFetchGunzip})` : '') +
      (report.datasetToBareFetch === null
        ? ''
        : `; dataset ready / bare fetch ${times(report.datasetToBareFetch)}`),
    '',
    formatResults(report.results),
  ];
  const engines = formatEngines(report.results);
  if (engines) lines.push('', engines);
  for (const section of [
    formatExperiments(report.experiments ?? [], report.pytorchExperiments),
    formatInsideCost(report.insideCost),
    formatLoops(report.results),
    formatSweeps(report.results),
    formatRatios(report),
    formatBest(report),
    formatPoolScaling(report.poolScaling),
    formatPoolSweep(report.sweep),
    formatReproduction(report.report),
  ])
    if (section) lines.push('', section);
  const messages = [
    ...report.results.filter((r) => r.message).map((r) => `${r.backend} ${r.model}: ${r.message}`),
    ...report.results
      .filter((r) => r.extrasSkipped)
      .map((r) => `${r.backend} ${r.model}: no sweep or loop comparison: ${r.extrasSkipped}`),
    ...report.results.flatMap((r) =>
      [
        ['model.fit', r.fit],
        ['bare loop', r.bareLoop],
        ['minimize loop', r.minimizeLoop],
      ]
        .filter(([, timing]) => timing && typeof timing === 'object' && timing.message)
        .map(
          ([loop, timing]) =>
            `${r.backend} ${r.model} ${loop}: ${/** @type {{ message: string }} */ (timing).message}`,
        ),
    ),
    ...report.results
      .filter((r) => r.memory && r.memory.flat === false)
      .map((r) => `${r.backend} ${r.model}: memory NOT flat: ${r.memory?.problems.join('; ')}`),
    ...report.notes,
  ];
  if (messages.length > 0) lines.push('', ...messages);
  return lines.join('\n');
}
