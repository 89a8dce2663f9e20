import type { VendorScoring } from '../../../shared/domain/scoring';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { criterionGroups } from '../../../shared/model/vendorLabels';
import { seriesColor } from '../costs/charts/chartTheme';

const rowHeight = 22;
const labelWidth = 190;
const plotWidth = 260;
const top = 24;
const maxVendors = 5;

/**
 * Each ranked vendor's combined score per criterion on one 1–5 scale: a dot per vendor, criteria down the
 * side. Where the dots spread, the vendors differ; an empty row is a gap nobody scored. The table of scores
 * (the Scores tab) holds the same figures for a screen reader; the label here says what is drawn.
 */
export function ProfileChart({ evaluation, scoring }: { evaluation: VendorEvaluation; scoring: VendorScoring }) {
  const vendors = scoring.vendors
    .filter((v) => v.rank !== null)
    .slice(0, maxVendors)
    .map((result, index) => ({
      result,
      index,
      name: evaluation.vendors.find((v) => v.id === result.vendorId)?.name ?? '',
    }));
  const criteria = criterionGroups.flatMap((g) => evaluation.criteria.filter((c) => c.group === g));
  const height = top + criteria.length * rowHeight + 8;
  const x = (score: number) => labelWidth + ((score - 1) / 4) * plotWidth;
  const label = `Scores of ${vendors.map((v) => v.name).join(', ')} on ${criteria.length} criteria, 1 to 5.`;

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${labelWidth + plotWidth + 16} ${height}`}
        role="img"
        aria-label={label}
        className="chart__svg"
      >
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top - 6} y2={height - 8} stroke="var(--border)" />
            <text x={x(tick)} y={top - 10} textAnchor="middle" fontSize={11} fill="var(--text-muted)">
              {tick}
            </text>
          </g>
        ))}
        {criteria.map((criterion, row) => {
          const y = top + row * rowHeight + rowHeight / 2;
          return (
            <g key={criterion.id}>
              <text x={labelWidth - 8} y={y + 4} textAnchor="end" fontSize={11} fill="var(--text)">
                {criterion.name.length > 28 ? `${criterion.name.slice(0, 27)}…` : criterion.name}
              </text>
              {vendors.map(({ result, index }) => {
                const score = scoring.aggregated[result.vendorId]?.[criterion.id];
                if (score == null) return null;
                // Vendors with the same score sit side by side rather than on top of each other.
                const nudge = (index - (vendors.length - 1) / 2) * 3;
                return <circle key={result.vendorId} cx={x(score)} cy={y + nudge} r={4.5} fill={seriesColor(index)} />;
              })}
            </g>
          );
        })}
      </svg>
      <div className="chart__legend" aria-hidden>
        {vendors.map(({ result, index, name }) => (
          <span key={result.vendorId} className="chart__key" dir="auto">
            <span className="chart__swatch" style={{ background: seriesColor(index), borderRadius: '50%' }} />
            {name}
          </span>
        ))}
      </div>
    </figure>
  );
}
