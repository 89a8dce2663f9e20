import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahpWeights, pairwiseMatrix } from '../../shared/domain/ahp';
import {
  aggregateScores,
  criterionWeights,
  scoreVendors,
  totalTieTolerance,
  type VendorResult,
  type VendorScoring,
} from '../../shared/domain/scoring';
import type { Project } from '../../shared/model/project';
import { CriterionSchema } from '../../shared/model/vendors';
import { vendorProject, withDirectWeights, withEvaluation, type ScoreRow } from './support/vendorProjects';

const resultOf = (scoring: VendorScoring, vendorId: string): VendorResult => {
  const result = scoring.vendors.find((vendor) => vendor.vendorId === vendorId);
  if (!result) throw new Error(`No result for ${vendorId}`);
  return result;
};

const scoreOf = (vendorId: string, criterionId: string, evaluatorId: string, score: number) => ({
  vendorId,
  criterionId,
  evaluatorId,
  score,
  note: '',
});

describe('scoreVendors, worked by hand', () => {
  // Weights 3 : 1 : 1 normalise to 0.6, 0.2, 0.2; a score a adds w·(a − 1)/4.
  const project = vendorProject({
    criteria: [
      { id: 'price', weight: 3 },
      { id: 'quality', weight: 1, mustHaveThreshold: 3 },
      { id: 'culture', weight: 1, relationalSignal: 'culture' },
    ],
    scores: {
      // 100·(0.6·1 + 0.2·0.5 + 0.2·0.75) = 60 + 10 + 15 = 85.
      A: { price: 5, quality: 3, culture: 4 },
      // Culture not scored: 100·(0.6·0.75 + 0.2·1)/0.8 = 100·0.65/0.8 = 81.25, coverage 0.8.
      B: { price: 4, quality: 5 },
      // Quality 2 < threshold 3: knocked out, total still 100·(0.6·0.25 + 0.2·0.25 + 0.2·0.5) = 30.
      D: { price: 2, quality: 2, culture: 3 },
      // Nothing scored: no total, coverage 0, quality unverified.
      C: {},
    },
    vendors: ['A', 'B', 'C', 'D'],
  });
  const scoring = scoreVendors(project);

  it('normalises the direct weights', () => {
    expect(scoring.method).toBe('direct');
    expect(scoring.weights).toEqual({ price: 0.6, quality: 0.2, culture: 0.2 });
    expect(criterionWeights(project)).toEqual(scoring.weights);
  });

  it('totals over the scored criteria only, with coverage, contributions and the relational index', () => {
    const a = resultOf(scoring, 'A');
    expect(a.total).toBeCloseTo(85, 12);
    expect(a.coverage).toBeCloseTo(1, 12);
    expect(a.contributions.price).toBeCloseTo(60, 12);
    expect(a.contributions.quality).toBeCloseTo(10, 12);
    expect(a.contributions.culture).toBeCloseTo(15, 12);
    expect(a.relationalIndex).toBe(4);
    expect(a.relationalLabel).toBe('relational');

    const b = resultOf(scoring, 'B');
    expect(b.total).toBeCloseTo(81.25, 12);
    expect(b.coverage).toBeCloseTo(0.8, 12);
    expect(Object.keys(b.contributions)).toEqual(['price', 'quality']);
    expect(b.relationalIndex).toBeNull();
    expect(b.relationalLabel).toBeNull();
  });

  it('knocks out below a must-have threshold but keeps the total; an unscored must-have is only unverified', () => {
    const d = resultOf(scoring, 'D');
    expect(d).toMatchObject({ knockedOut: true, knockOuts: ['quality'], rank: null, unverifiedMustHaves: [] });
    expect(d.total).toBeCloseTo(30, 12);
    expect(d.relationalLabel).toBe('mixed');
    expect(resultOf(scoring, 'C')).toMatchObject({
      total: null,
      coverage: 0,
      rank: null,
      knockedOut: false,
      unverifiedMustHaves: ['quality'],
      contributions: {},
    });
  });

  it('lists ranked vendors, then knocked-out, then unscored', () => {
    expect(scoring.vendors.map((vendor) => [vendor.vendorId, vendor.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['D', null],
      ['C', null],
    ]);
  });

  it('shows a not-scored cell as null, never 0', () => {
    expect(scoring.aggregated.B).toEqual({ price: 4, quality: 5, culture: null });
    expect(aggregateScores(project)).toEqual(scoring.aggregated);
  });
});

describe('aggregation', () => {
  const rows: ScoreRow[] = [{ c: 1 }, { c: 2 }, { c: 5 }, { c: 4 }];
  const evaluatedBy = (count: number, aggregation: 'mean' | 'median') =>
    vendorProject({ criteria: [{ id: 'c' }], scores: { V: rows.slice(0, count) }, aggregation });

  it('takes the mean or the median of the evaluators’ scores', () => {
    // 1, 2, 5: mean 8/3, median 2. 1, 2, 4, 5: mean 3, median (2 + 4)/2 = 3.
    expect(aggregateScores(evaluatedBy(3, 'mean')).V?.c).toBeCloseTo(8 / 3, 12);
    expect(aggregateScores(evaluatedBy(3, 'median')).V?.c).toBe(2);
    expect(aggregateScores(evaluatedBy(4, 'median')).V?.c).toBe(3);
    expect(aggregateScores(evaluatedBy(2, 'median')).V?.c).toBe(1.5);
  });

  it('flags a spread of 2 or more as a disagreement', () => {
    expect(resultOf(scoreVendors(evaluatedBy(3, 'mean')), 'V').disagreements).toEqual([
      { criterionId: 'c', spread: 4 },
    ]);
    expect(resultOf(scoreVendors(evaluatedBy(2, 'mean')), 'V').disagreements).toEqual([]);
  });

  it('counts only scores whose vendor, criterion and evaluator exist, and the last of duplicates', () => {
    const base = vendorProject({ criteria: [{ id: 'c' }], scores: { V: { c: 2 } } });
    const withStrayScores = withEvaluation(base, {
      scores: [
        ...base.vendors.scores,
        scoreOf('ghost', 'c', 'e0', 1),
        scoreOf('V', 'ghost', 'e0', 1),
        scoreOf('V', 'c', 'ghost', 1),
        scoreOf('V', 'c', 'e0', 4),
      ],
    });
    expect(aggregateScores(withStrayScores)).toEqual({ V: { c: 4 } });
    expect(resultOf(scoreVendors(withStrayScores), 'V').disagreements).toEqual([]);
  });
});

describe('weights', () => {
  const criteria = [{ id: 'price' }, { id: 'quality' }, { id: 'culture' }];
  const scores = { A: { price: 5, quality: 1, culture: 3 } };
  const sets = [{ id: 'cfo', name: 'CFO view', weights: { price: 3, quality: 1, ghost: 10 } }];

  it('uses the active set; a criterion it does not name weighs 0', () => {
    const scoring = scoreVendors(vendorProject({ criteria, scores, weighting: { sets, activeSetId: 'cfo' } }));
    expect(scoring.method).toBe('set');
    expect(scoring.activeSet).toEqual({ id: 'cfo', name: 'CFO view' });
    expect(scoring.weights).toEqual({ price: 0.75, quality: 0.25, culture: 0 });
    // 100·(0.75·1 + 0.25·0) = 75; culture is scored but weighs nothing.
    expect(resultOf(scoring, 'A').total).toBeCloseTo(75, 12);
  });

  it('ignores an active set id that names no set', () => {
    const scoring = scoreVendors(vendorProject({ criteria, scores, weighting: { sets, activeSetId: 'gone' } }));
    expect(scoring.method).toBe('direct');
    expect(scoring.activeSet).toBeNull();
    expect(scoring.weights).toEqual({ price: 1 / 3, quality: 1 / 3, culture: 1 / 3 });
  });

  it('uses AHP weights when the method is ahp, unjudged pairs counting as equal', () => {
    const pairwise = [{ a: 'price', b: 'quality', value: 3 }];
    const scoring = scoreVendors(vendorProject({ criteria, scores, weighting: { method: 'ahp', pairwise } }));
    const expected = ahpWeights(pairwiseMatrix(['price', 'quality', 'culture'], pairwise));
    expect(scoring.method).toBe('ahp');
    expect(scoring.ahp).toEqual(expected);
    expect(Object.values(scoring.weights)).toEqual(expected.weights);
  });

  it('falls back to equal weights when every weight is zero', () => {
    const zero = criteria.map((criterion) => ({ ...criterion, weight: 0 }));
    expect(scoreVendors(vendorProject({ criteria: zero, scores })).weights).toEqual({
      price: 1 / 3,
      quality: 1 / 3,
      culture: 1 / 3,
    });
  });

  it('gives no total when only zero-weight criteria are scored', () => {
    const scoring = scoreVendors(
      vendorProject({
        criteria,
        scores: { A: { culture: 5 } },
        weighting: { sets, activeSetId: 'cfo' },
      }),
    );
    expect(resultOf(scoring, 'A')).toMatchObject({ total: null, coverage: 0, rank: null });
  });

  it('copes with no criteria at all', () => {
    const scoring = scoreVendors(vendorProject({ criteria: [], scores: { A: {} }, weighting: { method: 'ahp' } }));
    expect(scoring.weights).toEqual({});
    expect(scoring.ahp).toBeNull();
    expect(resultOf(scoring, 'A')).toMatchObject({ total: null, coverage: 0, rank: null });
  });
});

describe('ranking', () => {
  it('shares a rank between equal totals and skips the next (1, 1, 3), ties in project order', () => {
    const scoring = scoreVendors(
      vendorProject({
        criteria: [{ id: 'c' }, { id: 'd' }],
        // Z: (1 + 0.5)/2 = 0.75; X: (0.5 + 1)/2 = 0.75; Y: (0.5 + 0.5)/2 = 0.5.
        scores: { Y: { c: 3, d: 3 }, Z: { c: 5, d: 3 }, X: { c: 3, d: 5 } },
      }),
    );
    expect(scoring.vendors.map((vendor) => [vendor.vendorId, vendor.rank])).toEqual([
      ['Z', 1],
      ['X', 1],
      ['Y', 3],
    ]);
  });
});

// ── Properties over small random projects ──────────────────────────────────────────────────────────────

const vendorIds = ['A', 'B', 'C', 'D'];
const criterionIds = ['c0', 'c1', 'c2', 'c3', 'c4'];

const randomProject: fc.Arbitrary<Project> = fc
  .record({
    vendorCount: fc.integer({ min: 1, max: 4 }),
    criteria: fc.array(
      fc.record({
        weight: fc.integer({ min: 0, max: 5 }),
        mustHaveThreshold: fc.option(fc.constantFrom(2, 2.5, 3), { nil: null }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    evaluatorCount: fc.integer({ min: 1, max: 3 }),
    cells: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 60, maxLength: 60 }),
    aggregation: fc.constantFrom('mean' as const, 'median' as const),
  })
  .map(({ vendorCount, criteria, evaluatorCount, cells, aggregation }) => {
    let k = 0;
    const scores = Object.fromEntries(
      vendorIds.slice(0, vendorCount).map((vendorId) => [
        vendorId,
        Array.from({ length: evaluatorCount }, () =>
          Object.fromEntries(
            criteria.flatMap((_, c) => {
              const score = cells[k++ % cells.length];
              return score === null || score === undefined ? [] : [[criterionIds[c] ?? '', score]];
            }),
          ),
        ),
      ]),
    );
    return vendorProject({
      criteria: criteria.map((criterion, c) => ({ id: criterionIds[c] ?? '', ...criterion })),
      scores,
      evaluatorCount,
      aggregation,
    });
  });

/** Raise one existing score by one point, if any is below 5 on a weighted criterion. */
function raisedScore(project: Project, pick: number): { project: Project; vendorId: string } | null {
  const weights = criterionWeights(project);
  const raisable = project.vendors.scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => score.score < 5 && (weights[score.criterionId] ?? 0) > 0);
  const chosen = raisable[pick % Math.max(1, raisable.length)];
  if (!chosen) return null;
  const scores = project.vendors.scores.map((score, index) =>
    index === chosen.index ? { ...score, score: score.score + 1 } : score,
  );
  return { project: withEvaluation(project, { scores }), vendorId: chosen.score.vendorId };
}

/** Ranked first, then knocked-out, then unscored. */
const group = (vendor: VendorResult) => (vendor.rank !== null ? 0 : vendor.knockedOut ? 1 : 2);
const projectOrder = (vendor: VendorResult) => vendorIds.indexOf(vendor.vendorId);

describe('scoring properties', () => {
  it('raising one score on a weighted criterion never lowers that vendor’s total', () => {
    fc.assert(
      fc.property(randomProject, fc.nat(), (project, pick) => {
        const raised = raisedScore(project, pick);
        if (raised === null) return;
        const before = resultOf(scoreVendors(project), raised.vendorId).total;
        const after = resultOf(scoreVendors(raised.project), raised.vendorId).total;
        if (before === null || after === null) throw new Error('a scored vendor on a weighted criterion has a total');
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('scaling every weight by the same factor changes nothing', () => {
    fc.assert(
      fc.property(randomProject, fc.double({ min: 0.01, max: 100, noNaN: true }), (project, factor) => {
        const scaled = withDirectWeights(
          project,
          Object.fromEntries(project.vendors.criteria.map((criterion) => [criterion.id, criterion.weight * factor])),
        );
        const [before, after] = [scoreVendors(project), scoreVendors(scaled)];
        expect(after.vendors.map((vendor) => [vendor.vendorId, vendor.rank])).toEqual(
          before.vendors.map((vendor) => [vendor.vendorId, vendor.rank]),
        );
        before.vendors.forEach((vendor) => {
          const other = resultOf(after, vendor.vendorId);
          if (vendor.total === null) expect(other.total).toBeNull();
          else expect(other.total).toBeCloseTo(vendor.total, 9);
          expect(other.coverage).toBeCloseTo(vendor.coverage, 12);
        });
      }),
    );
  });

  it('a not-scored cell never counts as 0: adding a criterion nobody scored leaves every total as it was', () => {
    fc.assert(
      fc.property(randomProject, fc.integer({ min: 1, max: 5 }), (project, weight) => {
        if (project.vendors.criteria.every((criterion) => criterion.weight === 0)) return;
        const unscored = CriterionSchema.parse({ id: 'unscored', name: 'Unscored', group: 'delivery', weight });
        const wider = withEvaluation(project, { criteria: [...project.vendors.criteria, unscored] });
        const [before, after] = [scoreVendors(project), scoreVendors(wider)];
        before.vendors.forEach((vendor) => {
          const other = resultOf(after, vendor.vendorId);
          if (vendor.total === null) expect(other.total).toBeNull();
          else expect(other.total).toBeCloseTo(vendor.total, 9);
          expect(other.coverage).toBeLessThanOrEqual(vendor.coverage + 1e-12);
          expect(after.aggregated[vendor.vendorId]?.unscored).toBeNull();
        });
      }),
    );
  });

  it('never ranks a knocked-out vendor, ranks 1, 1, 3 style, and orders ranked, knocked-out, unscored', () => {
    fc.assert(
      fc.property(randomProject, (project) => {
        const scoring = scoreVendors(project);
        const ranked = scoring.vendors.filter((vendor) => vendor.rank !== null);
        for (const vendor of scoring.vendors) {
          if (vendor.knockedOut || vendor.total === null) expect(vendor.rank).toBeNull();
          else expect(vendor.rank).not.toBeNull();
        }
        for (const vendor of ranked) {
          const ahead = ranked.filter((other) => (other.total ?? 0) - (vendor.total ?? 0) > totalTieTolerance);
          expect(vendor.rank).toBe(ahead.length + 1);
        }
        const expected = scoring.vendors.toSorted(
          (a, b) => group(a) - group(b) || (a.rank ?? 0) - (b.rank ?? 0) || projectOrder(a) - projectOrder(b),
        );
        expect(scoring.vendors).toEqual(expected);
      }),
    );
  });

  it('keeps totals within 0–100, coverage within 0–1, and contributions summing to the total', () => {
    fc.assert(
      fc.property(randomProject, (project) => {
        const scoring = scoreVendors(project);
        expect(Object.values(scoring.weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
        for (const vendor of scoring.vendors) {
          expect(vendor.coverage).toBeGreaterThanOrEqual(0);
          expect(vendor.coverage).toBeLessThanOrEqual(1 + 1e-12);
          if (vendor.total === null) continue;
          expect(vendor.total).toBeGreaterThanOrEqual(-1e-9);
          expect(vendor.total).toBeLessThanOrEqual(100 + 1e-9);
          const contributed = Object.values(vendor.contributions).reduce((sum, points) => sum + points, 0);
          expect(contributed).toBeCloseTo(vendor.total, 9);
        }
      }),
    );
  });
});
