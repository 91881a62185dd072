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
import { CurveTable } from './CurveTable';

const CHART_HEIGHT = 240;
const MARGIN = { top: 8, right: 16, bottom: 8, left: 0 };
/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
const COLORS = { validation: '#0072B2', training: '#E69F00' };

const percentTick = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Validation accuracy, and validation and training loss, against step, drawn live. The charts
 * take no keyboard focus: the table below them gives the same values to keyboard and screen
 * reader users.
 */
export function CurveCharts({ points }: { points: EvalPoint[] }) {
  return (
    <div className="charts">
      <figure className="card chart" aria-label="Validation accuracy chart">
        <figcaption>Validation accuracy</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={points} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} />
            <YAxis domain={[0, 1]} tickFormatter={percentTick} />
            <Tooltip formatter={(v) => percentTick(Number(v))} />
            <Line
              type="monotone"
              dataKey="valAccuracy"
              name="validation accuracy"
              stroke={COLORS.validation}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="card chart" aria-label="Loss chart">
        <figcaption>Loss (cross-entropy)</figcaption>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart data={points} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} />
            <YAxis domain={[0, (max: number) => Math.ceil(max * 10) / 10]} />
            <Tooltip formatter={(v) => Number(v).toFixed(3)} />
            <Legend />
            <Line
              type="monotone"
              dataKey="valLoss"
              name="validation loss"
              stroke={COLORS.validation}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
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
