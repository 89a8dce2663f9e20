import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBusinessCase } from '../../shared/domain/businessCase';
import { costScores } from '../../shared/domain/costScore';
import { costProjectArb, period, projectWithCosts, vendor } from './support/costProjects';

const fy2024 = period('FY2024', '2024-01-01', { labour: 100_000 });
const quoted = (fees: Record<string, number | null>) =>
  Object.entries(fees).map(([name, annualFee]) => vendor(name, name, { annualFee }));

describe('costScores', () => {
  it("scores by the share of today's cost saved when there is a baseline", () => {
    // Today 100 000 a year; each vendor's yearly cost is its fee (nothing retained, no change requests).
    const project = projectWithCosts(
      { periods: [fy2024] },
      quoted({ A: 65_000, B: 80_000, C: 90_000, D: 100_000, E: 110_000, F: 99_000, G: null }),
    );
    const scores = costScores(buildBusinessCase(project));
    expect(Object.fromEntries(scores)).toEqual({
      A: { score: 5, reason: "saves 35% of today's cost" }, // 35 000 ÷ 100 000 ≥ 30%
      B: { score: 4, reason: "saves 20% of today's cost" }, // exactly 20%
      C: { score: 3, reason: "saves 10% of today's cost" },
      D: { score: 2, reason: "saves 0% of today's cost" },
      E: { score: 1, reason: "costs 10% more than today's cost" },
      F: { score: 2, reason: "saves 1% of today's cost" },
    });
  });

  it('scores against the cheapest quote without a baseline', () => {
    const project = projectWithCosts(
      {},
      quoted({ A: 100_000, B: 105_000, C: 115_000, D: 130_000, E: 150_000, F: 150_001, G: 107_250, H: null }),
    );
    const scores = costScores(buildBusinessCase(project));
    expect(Object.fromEntries(scores)).toEqual({
      A: { score: 5, reason: 'the cheapest quote' },
      B: { score: 5, reason: 'costs 5% more than the cheapest quote (A)' }, // 105 000 ÷ 100 000 = 1.05
      C: { score: 4, reason: 'costs 15% more than the cheapest quote (A)' },
      D: { score: 3, reason: 'costs 30% more than the cheapest quote (A)' },
      E: { score: 2, reason: 'costs 50% more than the cheapest quote (A)' },
      F: { score: 1, reason: 'costs 50% more than the cheapest quote (A)' }, // 1.50001: beyond 50%
      G: { score: 4, reason: 'costs 7.3% more than the cheapest quote (A)' },
    });
  });

  it('scores the cheapest of quotes costing nothing or less above the rest', () => {
    const project = projectWithCosts({}, quoted({ Free: 0, Paid: 10 }));
    expect(Object.fromEntries(costScores(buildBusinessCase(project)))).toEqual({
      Free: { score: 5, reason: 'the cheapest quote' },
      Paid: { score: 1, reason: "costs more than Free's quote" },
    });
  });

  it('scores nothing without a priced vendor', () => {
    expect(costScores(buildBusinessCase(projectWithCosts({ periods: [fy2024] }, quoted({ A: null })))).size).toBe(0);
  });

  it('scores every priced vendor 1–5, never a dearer one above a cheaper one', () => {
    fc.assert(
      fc.property(costProjectArb, (project) => {
        const businessCase = buildBusinessCase(project);
        const scores = costScores(businessCase);
        const priced = businessCase.options.filter((o) => o.kind === 'vendor' && o.annualCost !== null);
        const baselineCost = businessCase.baseline.annualCost;
        const scorable =
          baselineCost !== null && baselineCost > 0 ? priced.filter((o) => o.savingShare !== null) : priced;
        expect([...scores.keys()].toSorted()).toEqual(scorable.map((o) => o.id).toSorted());
        for (const a of scorable) {
          for (const b of scorable) {
            const scoreA = scores.get(a.id)?.score ?? 0;
            const scoreB = scores.get(b.id)?.score ?? 0;
            expect([1, 2, 3, 4, 5]).toContain(scoreA);
            if ((a.annualCost ?? 0) < (b.annualCost ?? 0)) expect(scoreA).toBeGreaterThanOrEqual(scoreB);
          }
        }
      }),
    );
  });
});
