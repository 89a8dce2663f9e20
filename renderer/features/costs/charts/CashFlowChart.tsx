import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { cumulativeCashFlow, type BusinessCaseOption } from '../../../../shared/domain/businessCase';
import { money } from '../../../format';
import { axisProps, compactNumber, seriesColor } from './chartTheme';

const width = 560;
const height = 220;
const margin = { top: 12, right: 16, bottom: 28, left: 60 };

/**
 * Cumulative cash flow per option, year by year over the horizon: the one-time cost first, then the savings.
 * Where a line crosses zero the option has paid back. Options with missing figures are left out and named.
 */
export function CashFlowChart({
  options,
  horizonYears,
  currency,
}: {
  options: readonly BusinessCaseOption[];
  horizonYears: number;
  currency: string;
}) {
  const series = options
    .filter((o) => o.kind === 'vendor')
    .map((option, index) => ({ option, index, points: cumulativeCashFlow(option, horizonYears) }))
    .filter((s) => s.points.every((p) => p.cumulative !== null));
  if (series.length === 0) return null;
  const values = series.flatMap((s) => s.points.map((p) => p.cumulative ?? 0));
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const xScale = scaleLinear<number>({ domain: [0, horizonYears], range: [0, innerWidth] });
  const yScale = scaleLinear<number>({
    domain: [Math.min(0, ...values), Math.max(0, ...values)],
    range: [innerHeight, 0],
    nice: true,
  });
  const summary = `Cumulative cash flow over ${horizonYears} years compared with keeping the work in-house. ${series
    .map(
      ({ option, points }) =>
        `${option.name}: ${money(points.at(-1)?.cumulative ?? 0, currency)} by year ${horizonYears}`,
    )
    .join('; ')}.`;

  return (
    <figure className="chart">
      <figcaption className="chart__title">Cumulative cash flow against keeping it in-house</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="chart__svg">
        <Group left={margin.left} top={margin.top}>
          <Line
            from={{ x: 0, y: yScale(0) }}
            to={{ x: innerWidth, y: yScale(0) }}
            stroke="var(--text-muted)"
            strokeDasharray="4 3"
          />
          {series.map(({ option, index, points }) => (
            <LinePath
              key={option.id}
              data={points}
              x={(p) => xScale(p.year)}
              y={(p) => yScale(p.cumulative ?? 0)}
              stroke={seriesColor(index)}
              strokeWidth={2.5}
            />
          ))}
          <AxisLeft scale={yScale} numTicks={5} tickFormat={(v) => compactNumber(Number(v))} {...axisProps} />
          <AxisBottom
            top={innerHeight}
            scale={xScale}
            numTicks={horizonYears}
            tickFormat={(v) => `Year ${Number(v)}`}
            {...axisProps}
          />
        </Group>
      </svg>
      <div className="chart__legend" aria-hidden>
        <span className="chart__key">
          <span className="chart__swatch chart__swatch--dashed" /> Keep in-house
        </span>
        {series.map(({ option, index }) => (
          <span key={option.id} className="chart__key" dir="auto">
            <span className="chart__swatch" style={{ background: seriesColor(index) }} />
            {option.name}
          </span>
        ))}
      </div>
    </figure>
  );
}
