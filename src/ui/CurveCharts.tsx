import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EvalPoint } from '../model/types';
import { accuracyAxis, lossAxis, stepAxis } from './chartTicks';
import { CurveTable } from './CurveTable';

const CHART_HEIGHT = 240;
/** Room at the bottom for the x-axis label under the ticks. */
const MARGIN = { top: 8, right: 16, bottom: 16, left: 0 };
const Y_AXIS_WIDTH = 52;
/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
const COLORS = { validation: '#0072B2', training: '#E69F00', garments: '#009E73' };
/**
 * Straight segments between evaluations, as the comparison charts draw them: a smoothed curve
 * would show values between points that were never measured, and overshoot at sharp turns.
 */
const LINE_TYPE = 'linear';

const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact' });
const stepTick = (step: number) => compactNumber.format(step);
/** Whole percentages, and a decimal only for the fine steps (2.5%) of a narrow range. */
const percentTick = (v: number) => `${Number((v * 100).toFixed(1))}%`;
const lossTick = (v: number) => String(Number(v.toFixed(2)));
const stepLabel = (step: unknown) => `Step ${Number(step).toLocaleString('en-US')}`;

/** Under the ticks, as the axis title; offset keeps it clear of the tick labels. */
const X_LABEL = { value: 'Step', position: 'insideBottom', offset: -10 } as const;

/**
 * Validation accuracy, and validation and training loss, against step, drawn live. The charts
 * take no keyboard focus: the table below them gives the same values to keyboard and screen
 * reader users.
 */
export function CurveCharts({ points }: { points: EvalPoint[] }) {
  const accuracy = useMemo(() => accuracyAxis(points), [points]);
  const loss = useMemo(() => lossAxis(points), [points]);
  const steps = useMemo(() => stepAxis(points), [points]);
  // A run fine-tuned on My garments is also scored on them at each point.
  const garments = points.some((point) => point.garmentAccuracy !== undefined);
  if (points.length === 0)
    return (
      <p className="card hint curve-charts-empty">
        Curves appear here once a run has evaluated: validation accuracy and loss against step.
      </p>
    );
  // One step axis for both charts: an element, as recharts reads its chart's direct children.
  const stepXAxis = (
    <XAxis
      dataKey="step"
      type="number"
      domain={steps.domain}
      ticks={steps.ticks}
      tickFormatter={stepTick}
      label={X_LABEL}
    />
  );
  return (
    <div className="charts">
      <figure className="card chart" aria-label="Validation accuracy chart">
        <figcaption>Validation accuracy{garments && ' and accuracy on my garments'}</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={points} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            {stepXAxis}
            <YAxis
              domain={accuracy.domain}
              ticks={accuracy.ticks}
              tickFormatter={percentTick}
              width={Y_AXIS_WIDTH}
            />
            <Tooltip formatter={(v) => percentTick(Number(v))} labelFormatter={stepLabel} />
            {/* No fixed height: on a phone the two entries take two lines. */}
            {garments && <Legend verticalAlign="top" itemSorter={null} />}
            <Line
              type={LINE_TYPE}
              dataKey="valAccuracy"
              name="validation accuracy"
              stroke={COLORS.validation}
              dot={false}
              isAnimationActive={false}
            />
            {garments && (
              // Dots: on a few images the accuracy moves in steps, each point worth seeing.
              <Line
                type={LINE_TYPE}
                dataKey="garmentAccuracy"
                name="my garments"
                stroke={COLORS.garments}
                strokeDasharray="6 3"
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="card chart" aria-label="Loss chart">
        <figcaption>Loss (cross-entropy)</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={points} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            {stepXAxis}
            <YAxis
              domain={loss.domain}
              ticks={loss.ticks}
              tickFormatter={lossTick}
              width={Y_AXIS_WIDTH}
            />
            <Tooltip formatter={(v) => Number(v).toFixed(3)} labelFormatter={stepLabel} />
            {/* Above the plot: below it, the legend would sit on the x-axis label. In the
                lines' order, validation first as in the accuracy chart, not alphabetical. */}
            <Legend verticalAlign="top" height={24} itemSorter={null} />
            <Line
              type={LINE_TYPE}
              dataKey="valLoss"
              name="validation loss"
              stroke={COLORS.validation}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type={LINE_TYPE}
              dataKey="trainLoss"
              name="training loss"
              stroke={COLORS.training}
              strokeDasharray="4 2"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <CurveTable points={points} />
    </div>
  );
}
