import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreVendors, totalTieTolerance } from '../../shared/domain/scoring';
import {
  flipPoints,
  raceOf,
  rankProbabilities,
  robustnessSentence,
  sampleRace,
  type FlipPoint,
} from '../../shared/domain/sensitivity';
import type { Project } from '../../shared/model/project';
import { vendorProject, withDirectWeights } from './support/vendorProjects';

const flipOn = (flips: readonly FlipPoint[], criterionId: string) => flips.find((f) => f.criterionId === criterionId);

const sentenceFor = (project: Project, probabilities = rankProbabilities(project, { samples: 2000 })) => {
  const scoring = scoreVendors(project);
  return robustnessSentence(project, { scoring, flips: flipPoints(project, scoring), probabilities });
};

/**
 * Weights 2 : 1 : 1 → 0.5, 0.25, 0.25. Scaled scores s = (a − 1)/4:
 *   A: c1 = 5 → 1, c2 = 1 → 0, c3 not scored.   Total (0.5·1 + 0.25·0)/0.75 = 2/3 → 66.67.
 *   B: c1 = 3 → 0.5, c2 = 4 → 0.75, c3 = 4 → 0.75. Total 0.25 + 0.1875 + 0.1875 = 0.625 → 62.5.
 * A leads. Because A has no c3 score, its total is linear-fractional in the share x of c1 or c2.
 */
const handProject = vendorProject({
  criteria: [
    { id: 'c1', weight: 2 },
    { id: 'c2', weight: 1 },
    { id: 'c3', weight: 1 },
  ],
  scores: { A: { c1: 5, c2: 1 }, B: { c1: 3, c2: 4, c3: 4 } },
});

describe('flipPoints, worked by hand', () => {
  const flips = flipPoints(handProject);

  it('solves the linear-fractional crossing on c1 exactly: x = 2√3 − 3, below today’s 0.5', () => {
    // Share x on c1; c2 and c3 share 1 − x equally (0.25 : 0.25).
    //   A: (x·1 + (1 − x)·½·0) / (x + (1 − x)·½) = 2x/(1 + x)
    //   B: x·0.5 + (1 − x)·(½·0.75 + ½·0.75) = 0.75 − 0.25x
    // 2x/(1 + x) = 0.75 − 0.25x ⇔ x² + 6x − 3 = 0 ⇔ x = −3 + √12 ≈ 0.4641 (the other root is negative).
    expect(flipOn(flips, 'c1')).toEqual({
      criterionId: 'c1',
      currentShare: 0.5,
      flipShare: expect.closeTo(2 * Math.sqrt(3) - 3, 12),
      newLeaderId: 'B',
    });
  });

  it('solves c2: x = (√1305 − 35)/4, above today’s 0.25', () => {
    // Share x on c2; c1 and c3 keep 2 : 1 of 1 − x.
    //   A: ((1 − x)·⅔·1 + x·0) / ((1 − x)·⅔ + x) = 2(1 − x)/(2 + x)
    //   B: (1 − x)·(⅔·0.5 + ⅓·0.75) + x·0.75 = 7/12 + x/6
    // 2(1 − x)/(2 + x) = 7/12 + x/6 ⇔ 2x² + 35x − 10 = 0 ⇔ x = (−35 + √1305)/4 ≈ 0.2812.
    expect(flipOn(flips, 'c2')?.flipShare).toBeCloseTo((Math.sqrt(1305) - 35) / 4, 12);
    expect(flipOn(flips, 'c2')?.newLeaderId).toBe('B');
  });

  it('solves c3, where A’s total stays 2/3: 7/12 + x/6 = 2/3 at x = 0.5', () => {
    expect(flipOn(flips, 'c3')).toEqual({ criterionId: 'c3', currentShare: 0.25, flipShare: 0.5, newLeaderId: 'B' });
  });

  it('says so in one sentence, naming the nearest flip (c2: 0.031 away, against 0.036 and 0.25)', () => {
    expect(sentenceFor(handProject, { A: 0.8, B: 0.2 })).toBe(
      'Vendor A ranks first in 80% of plausible weightings; the nearest threat is the weight on Criterion c2 ' +
        'rising above 28% (now 25%), when Vendor B takes over.',
    );
  });
});

// The definition, checked by brute force: move the weights as DOMAIN.md says, rescore, and see who leads.
const leadersAt = (project: Project, criterionId: string, share: number, eligible: ReadonlySet<string>) => {
  const criteria = project.vendors.criteria;
  const today = scoreVendors(project).weights;
  const current = today[criterionId] ?? 0;
  const others = criteria.length - 1;
  const moved = Object.fromEntries(
    criteria.map((criterion) => {
      if (criterion.id === criterionId) return [criterion.id, share];
      const weight = today[criterion.id] ?? 0;
      return [criterion.id, current < 1 ? (weight * (1 - share)) / (1 - current) : (1 - share) / others];
    }),
  );
  const totals = scoreVendors(withDirectWeights(project, moved))
    .vendors.filter((vendor) => eligible.has(vendor.vendorId) && vendor.total !== null)
    .map((vendor) => ({ id: vendor.vendorId, total: vendor.total ?? 0 }));
  const best = Math.max(...totals.map((vendor) => vendor.total));
  return totals.filter((vendor) => best - vendor.total <= totalTieTolerance).map((vendor) => vendor.id);
};

const randomFlipProject = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }),
    cells: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), {
      minLength: 16,
      maxLength: 16,
    }),
  })
  .map(({ weights, cells }) => {
    let k = 0;
    const criteria = weights.map((weight, c) => ({ id: `c${c}`, weight }));
    const scores = Object.fromEntries(
      ['A', 'B', 'C', 'D'].map((vendorId) => [
        vendorId,
        Object.fromEntries(
          criteria.flatMap((criterion) => {
            const score = cells[k++];
            return score === null || score === undefined ? [] : [[criterion.id, score]];
          }),
        ),
      ]),
    );
    return vendorProject({ criteria, scores });
  });

describe('flipPoints', () => {
  it('finds none for a vendor best on every criterion', () => {
    const project = vendorProject({
      criteria: [{ id: 'c1' }, { id: 'c2', weight: 3 }, { id: 'c3' }],
      scores: { A: { c1: 5, c2: 4, c3: 3 }, B: { c1: 4, c2: 3, c3: 2 }, C: { c1: 1, c2: 1, c3: 1 } },
    });
    expect(flipPoints(project).map((flip) => [flip.flipShare, flip.newLeaderId])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('takes a simple two-vendor case: 50/50 weights, the challenger strong on price', () => {
    // A: price 5 → 1, quality 1 → 0; B: price 3 → 0.5, quality 4 → 0.75. Today A 50, B 62.5: B leads.
    // Price share x: A = x, B = 0.5x + 0.75(1 − x) = 0.75 − 0.25x; equal at 1.25x = 0.75, x = 0.6.
    // Quality share y: A = 1 − y, B = 0.5(1 − y) + 0.75y = 0.5 + 0.25y; equal at 1.25y = 0.5, y = 0.4.
    const project = vendorProject({
      criteria: [{ id: 'price' }, { id: 'quality' }],
      scores: { A: { price: 5, quality: 1 }, B: { price: 3, quality: 4 } },
    });
    const flips = flipPoints(project);
    expect(flipOn(flips, 'price')?.flipShare).toBeCloseTo(0.6, 12);
    expect(flipOn(flips, 'quality')?.flipShare).toBeCloseTo(0.4, 12);
    expect(flips.map((flip) => flip.newLeaderId)).toEqual(['A', 'A']);
  });

  it('takes the lower share when the nearest crossings above and below are equally far', () => {
    // Weights 5 : 7, so c sits at 5/12. L scores 3 everywhere: 0.5 for any x.
    // Up: U = x·1 + (1 − x)·0 = x reaches 0.5 at x = 1/2 (1/12 above).
    // Down: D = x·0 + (1 − x)·0.75 reaches 0.5 at x = 1/3 (1/12 below), the lower share wins.
    const project = vendorProject({
      criteria: [
        { id: 'c', weight: 5 },
        { id: 'd', weight: 7 },
      ],
      scores: { L: { c: 3, d: 3 }, U: { c: 5, d: 1 }, D: { c: 1, d: 4 } },
    });
    const flip = flipOn(flipPoints(project), 'c');
    expect(flip?.flipShare).toBeCloseTo(1 / 3, 12);
    expect(flip?.newLeaderId).toBe('D');
  });

  it('does not count a tie at 0% or 100% as a flip: nothing lies past it', () => {
    // Both score 5 on c, so at x = 1 both total 100; before that A leads (d 4 against 3). On d, they tie only at 0.
    const tieAtEnds = vendorProject({
      criteria: [{ id: 'c' }, { id: 'd' }],
      scores: { A: { c: 5, d: 4 }, B: { c: 5, d: 3 } },
    });
    expect(flipPoints(tieAtEnds).map((flip) => flip.flipShare)).toEqual([null, null]);
    // A has no c score: at x = 1 it has no total at all, and below 1 its total stays 100 > B's x + 0.75(1 − x).
    const dropsOutAtEnd = vendorProject({
      criteria: [{ id: 'c' }, { id: 'd' }],
      scores: { A: { d: 5 }, B: { c: 5, d: 4 } },
    });
    expect(flipPoints(dropsOutAtEnd).map((flip) => flip.flipShare)).toEqual([null, null]);
  });

  it('gives every criterion a null flip when first place is shared today, or nobody is ranked', () => {
    const shared = vendorProject({
      criteria: [{ id: 'c' }, { id: 'd' }],
      scores: { A: { c: 5, d: 3 }, B: { c: 3, d: 5 }, C: { c: 1, d: 1 } },
    });
    expect(flipPoints(shared)).toEqual([
      { criterionId: 'c', currentShare: 0.5, flipShare: null, newLeaderId: null },
      { criterionId: 'd', currentShare: 0.5, flipShare: null, newLeaderId: null },
    ]);
    const empty = vendorProject({ criteria: [{ id: 'c' }], scores: { A: {} } });
    expect(flipPoints(empty)).toEqual([{ criterionId: 'c', currentShare: 1, flipShare: null, newLeaderId: null }]);
  });

  it('leaves out vendors that are knocked out or unscored', () => {
    // K would lead on c at any share above 0.25, but its must-have d is below 3.
    const project = vendorProject({
      criteria: [{ id: 'c' }, { id: 'd', mustHaveThreshold: 3 }],
      scores: { A: { c: 3, d: 4 }, B: { c: 2, d: 3 }, K: { c: 5, d: 2 }, U: {} },
    });
    expect(flipPoints(project).map((flip) => flip.newLeaderId)).toEqual([null, null]);
  });

  it('agrees with rescoring: the leader holds up to the flip share and the new leader takes over just past it', () => {
    fc.assert(
      fc.property(randomFlipProject, (project) => {
        const scoring = scoreVendors(project);
        const leaders = scoring.vendors.filter((vendor) => vendor.rank === 1).map((vendor) => vendor.vendorId);
        const eligible = new Set(scoring.vendors.filter((v) => v.rank !== null).map((v) => v.vendorId));
        for (const flip of flipPoints(project, scoring)) {
          if (leaders.length !== 1) {
            expect(flip).toMatchObject({ flipShare: null, newLeaderId: null });
            continue;
          }
          if (flip.flipShare === null) expect(flip.newLeaderId).toBeNull();
          const [leader] = leaders;
          const from = flip.currentShare;
          const to = flip.flipShare;
          // Every share nearer today's than the flip, on either side (any share when there is none), keeps the leader.
          for (let step = 1; step < 40; step++) {
            const share = step / 40;
            if (to !== null && Math.abs(share - from) >= Math.abs(to - from) - 1e-6) continue;
            expect(leadersAt(project, flip.criterionId, share, eligible)).toContain(leader);
          }
          if (to === null) continue;
          const past = to + Math.sign(to - from) * 1e-7;
          const leadersPast = leadersAt(project, flip.criterionId, past, eligible);
          expect(leadersPast).toContain(flip.newLeaderId);
          expect(leadersPast).not.toContain(leader);
        }
      }),
    );
  });
});

describe('rankProbabilities', () => {
  const project = vendorProject({
    criteria: [{ id: 'price', weight: 3 }, { id: 'quality', weight: 2 }, { id: 'culture' }, { id: 'scale' }],
    scores: {
      A: { price: 5, quality: 2, culture: 3, scale: 4 },
      B: { price: 3, quality: 5, culture: 4 },
      C: { price: 4, quality: 4, culture: 2, scale: 3 },
      K: [{ price: 5, quality: 5, culture: 5, scale: 1 }],
    },
  });

  it('is reproducible with a seed, and a different seed gives a different draw', () => {
    const first = rankProbabilities(project, { samples: 3000, seed: 7 });
    expect(rankProbabilities(project, { samples: 3000, seed: 7 })).toEqual(first);
    expect(rankProbabilities(project, { samples: 3000, seed: 8 })).not.toEqual(first);
    expect(rankProbabilities(project, { samples: 3000 })).toEqual(
      rankProbabilities(project, { samples: 3000, seed: project.vendors.sensitivitySeed }),
    );
  });

  it('gives shares over the eligible vendors that sum to 1', () => {
    const probabilities = rankProbabilities(project);
    expect(Object.keys(probabilities).toSorted()).toEqual(['A', 'B', 'C', 'K']);
    expect(Object.values(probabilities).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    for (const share of Object.values(probabilities)) expect(share).toBeGreaterThanOrEqual(0);
  });

  it('gives probability 1 to a vendor best on every criterion', () => {
    const dominant = vendorProject({
      criteria: [{ id: 'c1' }, { id: 'c2', weight: 0 }, { id: 'c3', weight: 4 }],
      scores: { A: { c1: 5, c2: 4, c3: 4 }, B: { c1: 4, c2: 3, c3: 3 }, C: { c1: 2, c2: 3 } },
    });
    expect(rankProbabilities(dominant)).toEqual({ A: 1, B: 0, C: 0 });
  });

  it('splits a sample tied for first, leaves out the unranked, and is empty when nobody is ranked', () => {
    const twins = vendorProject({
      criteria: [{ id: 'c', mustHaveThreshold: 2 }, { id: 'd' }],
      scores: { A: { c: 4, d: 2 }, B: { c: 4, d: 2 }, K: { c: 1, d: 5 }, U: {} },
    });
    expect(rankProbabilities(twins, { samples: 500 })).toEqual({ A: 0.5, B: 0.5 });
    expect(rankProbabilities(vendorProject({ criteria: [{ id: 'c' }], scores: { U: {} } }))).toEqual({});
  });

  it('moves towards the vendor that today’s weights favour', () => {
    // Price carries 90%: the vendor strong on price should win most plausible weightings.
    const tilted = vendorProject({
      criteria: [
        { id: 'price', weight: 9 },
        { id: 'quality', weight: 1 },
      ],
      scores: { Cheap: { price: 5, quality: 1 }, Good: { price: 2, quality: 5 } },
    });
    expect(rankProbabilities(tilted).Cheap).toBeGreaterThan(0.9);
  });

  it('gives the same shares from a race laid out and copied to a worker as from the project', () => {
    // The worker is sent the race's typed arrays, not the project: what arrives must sample the same.
    const race = structuredClone(raceOf(project, scoreVendors(project)));
    expect(sampleRace(race, 3000, 11)).toEqual(rankProbabilities(project, { samples: 3000, seed: 11 }));
  });

  it('rejects a sample count that is not a positive whole number', () => {
    expect(() => rankProbabilities(project, { samples: 0 })).toThrow(RangeError);
    expect(() => rankProbabilities(project, { samples: 2.5 })).toThrow(RangeError);
  });
});

describe('robustnessSentence', () => {
  const twoVendors = vendorProject({
    criteria: [{ id: 'price' }, { id: 'quality' }],
    scores: { A: { price: 5, quality: 1 }, B: { price: 3, quality: 4 } },
  });

  it('names one flip with “only if” when a single criterion can flip first place', () => {
    const project = withDirectWeights(twoVendors, { price: 1, quality: 0 });
    // Quality at 0: A = 100 and B = 50 on price alone; quality share y: A = 1 − y, B = 0.5 + 0.25y,
    // equal at y = 0.4. Price share x from 1 down: the others share 1 − x equally, which is the same line.
    const scoring = scoreVendors(project);
    const flips = flipPoints(project, scoring);
    expect(robustnessSentence(project, { scoring, flips: flips.slice(1), probabilities: { A: 0.996, B: 0.004 } })).toBe(
      'Vendor A ranks first in over 99% of plausible weightings; it loses first place only if the weight on ' +
        'Criterion quality rises above 40% (now 0%), when Vendor B takes over.',
    );
  });

  it('says first place holds when no weight flips it, without claiming 100% unless exact', () => {
    const project = vendorProject({
      criteria: [{ id: 'c1' }, { id: 'c2' }],
      scores: { A: { c1: 5, c2: 5 }, B: { c1: 4, c2: 2 } },
    });
    expect(sentenceFor(project)).toBe(
      'Vendor A ranks first in 100% of plausible weightings; first place holds for any weight on each criterion.',
    );
    const scoring = scoreVendors(project);
    const flips = flipPoints(project, scoring);
    expect(robustnessSentence(project, { scoring, flips, probabilities: { A: 0.004, B: 0.996 } })).toMatch(
      /^Vendor A ranks first in under 1% of/,
    );
  });

  it('says which vendors share first place', () => {
    const project = vendorProject({
      criteria: [{ id: 'c' }, { id: 'd' }],
      scores: { A: { c: 5, d: 3 }, B: { c: 3, d: 5 }, C: { c: 1, d: 1 } },
    });
    expect(sentenceFor(project, { A: 0.5, B: 0.5, C: 0 })).toBe(
      'Vendor A and Vendor B share first place; across plausible weightings Vendor A ranks first in 50% and Vendor B in 50%.',
    );
  });

  it('says scoring is incomplete when no vendor is ranked, and uses the names it is given', () => {
    const project = vendorProject({ criteria: [{ id: 'c' }], scores: { A: {} } });
    expect(sentenceFor(project)).toMatch(/^Scoring is incomplete/);
    const scoring = scoreVendors(handProject);
    const flips = flipPoints(handProject, scoring);
    const names = { A: 'Northwind', B: 'Contoso', c2: 'price' };
    expect(robustnessSentence(handProject, { scoring, flips, probabilities: { A: 0.87, B: 0.13 }, names })).toBe(
      'Northwind ranks first in 87% of plausible weightings; the nearest threat is the weight on price rising above ' +
        '28% (now 25%), when Contoso takes over.',
    );
  });
});
