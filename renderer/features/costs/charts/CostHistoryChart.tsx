import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarStack } from '@visx/shape';
import { costCategoryIds, costCategoryLabels, type CostCategoryId } from '../../../../shared/model/costCategories';
import type { CostPeriod } from '../../../../shared/model/costs';
import { axisProps, compactNumber, seriesColor } from './chartTheme';

type Datum = { label: string } & Record<CostCategoryId, number>;

const width = 560;
const height = 240;
const margin = { top: 12, right: 12, bottom: 28, left: 56 };

/**
 * Each period's cost as a stacked bar by category: where the money goes and which part grows. A picture of
 * the cost grid above it, which is the table a screen reader reads; the chart's label says what it shows.
 */
export function CostHistoryChart({ periods, summary }: { periods: readonly CostPeriod[]; summary: string }) {
  const categories = costCategoryIds.filter((id) => periods.some((p) => p.amounts[id] !== undefined));
  const data: Datum[] = periods.map((period) => ({
    label: period.label,
    ...(Object.fromEntries(costCategoryIds.map((id) => [id, period.amounts[id] ?? 0])) as Record<
      CostCategoryId,
      number
    >),
  }));
  const totals = data.map((d) => categories.reduce((sum, id) => sum + Math.max(0, d[id]), 0));
  const lows = data.map((d) => categories.reduce((sum, id) => sum + Math.min(0, d[id]), 0));
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const xScale = scaleBand<string>({ domain: data.map((d) => d.label), range: [0, innerWidth], padding: 0.35 });
  const yScale = scaleLinear<number>({
    domain: [Math.min(0, ...lows), Math.max(1, ...totals)],
    range: [innerHeight, 0],
    nice: true,
  });

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="chart__svg">
        <Group left={margin.left} top={margin.top}>
          <BarStack<Datum, CostCategoryId>
            data={data}
            keys={categories}
            x={(d) => d.label}
            xScale={xScale}
            yScale={yScale}
            color={(key) => seriesColor(costCategoryIds.indexOf(key))}
            offset="diverging"
          >
            {(stacks) =>
              stacks.map((stack) =>
                stack.bars.map((bar) => (
                  <rect
                    key={`${stack.index}-${bar.index}`}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={Math.max(0, bar.height)}
                    fill={bar.color}
                  >
                    <title>{`${costCategoryLabels[bar.key]}, ${bar.bar.data.label}: ${compactNumber(bar.bar.data[bar.key])}`}</title>
                  </rect>
                )),
              )
            }
          </BarStack>
          <AxisLeft scale={yScale} numTicks={5} tickFormat={(v) => compactNumber(Number(v))} {...axisProps} />
          <AxisBottom top={innerHeight} scale={xScale} {...axisProps} />
        </Group>
      </svg>
      <figcaption className="chart__legend">
        {categories.map((id) => (
          <span key={id} className="chart__key">
            <span
              className="chart__swatch"
              style={{ background: seriesColor(costCategoryIds.indexOf(id)) }}
              aria-hidden
            />
            {costCategoryLabels[id]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
