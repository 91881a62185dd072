/**
 * Plain-text rendering of a bench report: a fixed-width table of the measurements and the
 * examples/s ratios between backends measured in the same run.
 */

/** @typedef {import('../src/bench/report').BenchReport} BenchReport */
/** @typedef {import('../src/bench/report').BenchResult} BenchResult */

/**
 * @param {number | null} ms
 * @returns {string}
 */
const seconds = (ms) => (ms === null ? '-' : (ms / 1000).toFixed(1));

/**
 * @type {Array<{ title: string, align: 'left' | 'right', cell: (r: BenchResult) => string }>}
 */
const COLUMNS = [
  { title: 'backend', align: 'left', cell: (r) => r.backend },
  { title: 'model', align: 'left', cell: (r) => r.model },
  { title: 'batch', align: 'right', cell: (r) => String(r.batchSize) },
  { title: 'steps', align: 'right', cell: (r) => `${r.warmupSteps}+${r.measuredSteps}` },
  {
    title: 'examples/s',
    align: 'right',
    cell: (r) => (r.examplesPerSec === null ? '-' : r.examplesPerSec.toFixed(0)),
  },
  { title: 'warm-up s', align: 'right', cell: (r) => seconds(r.warmupMs) },
  { title: 'eval s', align: 'right', cell: (r) => seconds(r.evalMs) },
  { title: 'run s', align: 'right', cell: (r) => seconds(r.elapsedMs) },
  {
    title: 'test acc',
    align: 'right',
    cell: (r) => (r.testAccuracy === null ? '-' : r.testAccuracy.toFixed(3)),
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
 * One row per measurement; steps read "warm-up+measured".
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
 * For every pair of backends, the ratio of their examples/s on each model both measured.
 * @param {BenchResult[]} results
 * @returns {string} empty when fewer than two backends have a rate for the same model
 */
export function formatRatios(results) {
  const measured = results.filter((r) => r.examplesPerSec !== null);
  const backends = [...new Set(measured.map((r) => r.backend))];
  const models = [...new Set(measured.map((r) => r.model))];
  const rate = (/** @type {string} */ backend, /** @type {string} */ model) =>
    measured.find((r) => r.backend === backend && r.model === model)?.examplesPerSec ?? null;
  const rows = [['ratio', 'model', 'examples/s']];
  for (const [i, a] of backends.entries())
    for (const b of backends.slice(i + 1))
      for (const model of models) {
        const [rateA, rateB] = [rate(a, model), rate(b, model)];
        if (rateA !== null && rateB !== null)
          rows.push([`${a}/${b}`, model, `${(rateA / rateB).toFixed(2)}x`]);
      }
  return rows.length > 1 ? fixedWidth(rows, ['left', 'left', 'right']) : '';
}

/**
 * The whole printout: machine, backends and dataset times, the table, the ratios.
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
    '',
    formatResults(report.results),
  ];
  const ratios = formatRatios(report.results);
  if (ratios) lines.push('', ratios);
  const problems = report.results.filter((r) => r.message);
  for (const r of problems) lines.push(`${r.backend} ${r.model}: ${r.message}`);
  return lines.join('\n');
}
