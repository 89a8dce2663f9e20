import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampleProject } from '../../shared/catalog/sampleProject';
import { functionTemplate } from '../../shared/catalog/templates';
import { buildBusinessCase, inHouseOptionId } from '../../shared/domain/businessCase';
import { costScores } from '../../shared/domain/costScore';
import { assessReadiness } from '../../shared/domain/readiness';
import { scoreVendors } from '../../shared/domain/scoring';
import { flipPoints, rankProbabilities, robustnessSentence } from '../../shared/domain/sensitivity';
import { costCategoryIds } from '../../shared/model/costCategories';
import { evidenceTargetKind } from '../../shared/model/evidenceTarget';
import { ProjectSchema } from '../../shared/model/project';
import { parseProjectFile, serializeProjectFile } from '../../shared/model/projectFile';
import { runHash, runs } from './support/wordRuns';

const now = new Date('2026-06-15T09:30:00.000Z');
const today = '2026-06-15';
const sample = createSampleProject({ now });

const meridian = 'sample.vendor.meridian';
const rapidesk = 'sample.vendor.rapidesk';
const quillon = 'sample.vendor.quillon';
const quote = (id: string) => sample.vendors.vendors.find((vendor) => vendor.id === id)?.quote;

/** Σₜ₌₁..₃ 1 / 1.08ᵗ = 0.925926 + 0.857339 + 0.793832 = 2.577097: three year-end savings discounted at 8%. */
const annuity3y8 = 1 / 1.08 + 1 / 1.08 ** 2 + 1 / 1.08 ** 3;

/** Every string in a value: texts, and the keys of records (category notes, weighting sets). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...allStrings(item)]);
  }
  return [];
}

describe('createSampleProject', () => {
  it('is a valid project that reads back from its file unchanged, with nothing repaired', () => {
    expect(ProjectSchema.parse(sample)).toEqual(sample);
    const read = parseProjectFile(serializeProjectFile(sample, { appVersion: '0.0.0-test', savedAt: now }));
    expect(read).toEqual({ ok: true, value: sample, repairs: [], unknownFields: [] });
  });

  it('gives the same project for the same moment, and dates that move with it', () => {
    expect(createSampleProject({ now: new Date(now.getTime()) })).toEqual(sample);
    const later = createSampleProject({ now: new Date('2027-02-01T12:00:00.000Z') });
    expect(later.id).not.toBe(sample.id);
    expect(later.costs.periods.map((period) => period.label)).toEqual(['2024', '2025', '2026']);
    expect(sample.costs.periods.map((period) => period.label)).toEqual(['2023', '2024', '2025']);
    expect(sample.updatedAt).toBe(now.toISOString());
    expect(sample.createdAt < sample.updatedAt).toBe(true);
  });

  it('spells out its own ids, so nothing depends on a random generator', () => {
    const ids = [
      ...sample.costs.periods,
      ...sample.costs.transitionCosts,
      ...sample.costs.retainedCosts,
      ...sample.vendors.vendors,
      ...sample.vendors.vendors.flatMap((vendor) => vendor.quote.lines),
      ...sample.vendors.evaluators,
      ...sample.vendors.weighting.sets,
      ...sample.plan.goals,
      ...sample.plan.expectations,
      ...sample.plan.risks,
      ...sample.plan.governance.meetings,
    ].map((record) => record.id);
    expect(ids.filter((id) => !id.startsWith('sample.'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the sample checklist', () => {
  const items = sample.checklist.items;
  const report = assessReadiness(sample, today);
  const owners = new Set(['Maya Okafor', 'Priya Nair', 'Daniel Reyes', 'Tom Becker']);

  it('is about half done, with work in progress, a few items not applicable and every item owned', () => {
    const count = (status: string) => items.filter((item) => item.status === status).length;
    // 60 template items: 31 done, 12 in progress, 14 to do, 3 not applicable.
    expect(items).toHaveLength(60);
    expect(count('done')).toBe(31);
    expect(count('in-progress')).toBe(12);
    expect(count('n/a')).toBe(3);
    expect(items.filter((item) => !owners.has(item.owner))).toEqual([]);
  });

  it('has finished items completed before now and open items due after or shortly before it', () => {
    for (const item of items.filter((i) => i.status === 'done')) {
      expect(item.completedAt, item.id).not.toBeNull();
      expect((item.completedAt ?? '') < now.toISOString(), item.id).toBe(true);
    }
    expect(items.filter((i) => i.status !== 'done' && i.completedAt !== null)).toEqual([]);
    expect(report.overdue.map((item) => item.id)).toEqual(['process.documented', 'risk.processing-agreement']);
  });

  it('keeps notes and evidence on several items, linking only to the web or local files', () => {
    expect(items.filter((item) => item.notes !== '').length).toBeGreaterThanOrEqual(10);
    const evidence = items.flatMap((item) => item.evidence);
    expect(evidence.length).toBeGreaterThanOrEqual(2);
    expect(new Set(evidence.map((entry) => evidenceTargetKind(entry.target)))).toEqual(new Set(['web', 'file']));
  });

  it('is ready for vendors, with four must-haves holding the contract gate and one waiver', () => {
    expect(report.level).toBe('ready-for-vendors');
    expect(report.nextGate?.level).toBe('ready-to-contract');
    expect(report.nextGate?.missing.map((item) => item.id)).toEqual([
      'baseline.final-case',
      'risk.processing-agreement',
      'risk.exit-plan',
      'transition.staff-impact',
    ]);
    expect(report.nextGate?.scoreShortfall).toBeGreaterThan(0);
    expect(report.waivers.map((item) => item.id)).toEqual(['fn.customer-service.card-payments']);
    expect(report.waivers[0]?.naReason).toMatch(/never take card details/);
    // The four above, and the onboarding plan due before the hand-over.
    expect(report.blockers.map((item) => item.id)).toContain('transition.onboarding-plan');
    expect(report.blockers).toHaveLength(5);
  });
});

describe('the sample business case', () => {
  const businessCase = buildBusinessCase(sample);
  const option = (id: string) => businessCase.options.find((o) => o.id === id);

  it('has three full years of all eight categories, with volumes and notes', () => {
    expect(sample.costs.periods).toHaveLength(3);
    for (const period of sample.costs.periods) {
      expect(period.kind).toBe('year');
      expect(Object.keys(period.amounts).toSorted()).toEqual([...costCategoryIds].toSorted());
      expect(period.volume).toBeGreaterThan(0);
    }
    expect(Object.keys(sample.costs.categoryNotes).length).toBeGreaterThanOrEqual(2);
    expect(sample.costs.volumeUnit).toBe('contacts');
  });

  it('costs 1,096,000 today, 7.21 per contact, with labour the largest and rework the fastest-growing line', () => {
    const { baseline } = businessCase;
    // Latest year: 612 + 153 + 48 + 62 + 58 + 45 + 96 + 22 = 1,096 thousand for 152,000 contacts.
    expect(baseline.label).toBe('2025');
    expect(baseline.annualCost).toBe(1_096_000);
    expect(baseline.volume).toBe(152_000);
    expect(baseline.costPerUnit).toBeCloseTo(1_096_000 / 152_000, 9);
    const largest = Object.entries(baseline.byCategory).toSorted(([, a], [, b]) => b - a)[0]?.[0];
    expect(largest).toBe('labour');
    // Errors & rework 38,000 → 96,000: +153%, ahead of hiring & attrition (31,000 → 45,000, +45%).
    expect(baseline.fastestGrowing[0]).toBe('errors-rework');
    expect(baseline.trend.find((row) => row.categoryId === 'errors-rework')?.changeShare).toBeCloseTo(58 / 38, 9);
  });

  it('gives every vendor a complete option: two save money and one is close to break-even', () => {
    expect(businessCase.options.map((o) => o.id)).toEqual([inHouseOptionId, meridian, rapidesk, quillon]);
    for (const o of businessCase.options) expect(o.missing, o.id).toEqual([]);
    // Retained 42,000 + 14,000 = 56,000 a year; shared one-time cost 12 + 28 + 36 + 15 = 91,000.
    // Meridian: 840,000 all-inclusive + 56,000 = 896,000; saves 200,000; one-time 91,000 + 3 × 45,000 = 226,000.
    expect(option(meridian)).toMatchObject({ annualCost: 896_000, annualSaving: 200_000, oneTimeCost: 226_000 });
    expect(option(meridian)?.paybackMonths).toBeCloseTo((12 * 226_000) / 200_000, 9); // 13.6 months
    expect(option(meridian)?.npv).toBeCloseTo(200_000 * annuity3y8 - 226_000, 6); // ≈ 289,419
    // Rapidesk: 620,000 + 8 × 9,500 changes + 56,000 = 752,000; saves 344,000; one-time 91,000 + 2 × 45,000.
    expect(option(rapidesk)).toMatchObject({ annualCost: 752_000, annualSaving: 344_000, oneTimeCost: 181_000 });
    expect(option(rapidesk)?.paybackMonths).toBeCloseTo((12 * 181_000) / 344_000, 9); // 6.3 months
    expect(option(rapidesk)?.npv).toBeCloseTo(344_000 * annuity3y8 - 181_000, 6); // ≈ 705,521
    // Quillon: lines 684 + 126 + 96 + 24 = 930 thousand, + 4 × 2,500 + 56,000 = 996,000; one-time 91,000 + 4 × 45,000.
    expect(option(quillon)).toMatchObject({ annualCost: 996_000, annualSaving: 100_000, oneTimeCost: 271_000 });
    expect(option(quillon)?.paybackMonths).toBeCloseTo((12 * 271_000) / 100_000, 9); // 32.5 months
    expect(option(quillon)?.npv).toBeCloseTo(100_000 * annuity3y8 - 271_000, 6); // ≈ −13,290: about break-even
    expect(Math.abs(option(quillon)?.npv ?? Infinity)).toBeLessThan(0.02 * 1_096_000);
    expect(businessCase.bestOptionId).toBe(rapidesk);
  });

  it('has three pricing shapes: all-inclusive, itemised, and a cheap base with dear changes', () => {
    expect(quote(meridian)).toMatchObject({ pricingModel: 'all-inclusive', changeFee: 0 });
    expect(quote(quillon)?.pricingModel).toBe('itemised');
    expect(quote(quillon)?.lines.length).toBeGreaterThanOrEqual(2);
    expect(quote(rapidesk)?.changeFee).toBeGreaterThan(5_000);
    for (const vendor of sample.vendors.vendors) {
      expect(vendor.contact, vendor.id).not.toBe('');
      expect(evidenceTargetKind(vendor.website), vendor.id).toBe('web');
      expect(vendor.notes, vendor.id).not.toBe('');
    }
  });
});

describe('the sample vendor scoring', () => {
  const scoring = scoreVendors(sample);
  const result = (id: string) => scoring.vendors.find((v) => v.vendorId === id);

  it('has every vendor scored on every criterion by both evaluators, some with notes', () => {
    const { vendors, criteria, evaluators, scores } = sample.vendors;
    expect(criteria).toHaveLength(17);
    expect(evaluators).toHaveLength(2);
    expect(scores).toHaveLength(vendors.length * criteria.length * evaluators.length);
    for (const row of Object.values(scoring.aggregated)) expect(Object.values(row)).not.toContain(null);
    expect(scores.filter((score) => score.note !== '').length).toBeGreaterThanOrEqual(5);
  });

  it('ranks Meridian first on its own, though Rapidesk is cheaper', () => {
    // Direct weights (the library's, summing to 62): Meridian ≈ 72.8, Rapidesk ≈ 48.2, Quillon ≈ 46.4.
    expect(scoring.method).toBe('direct');
    expect(scoring.vendors.map((v) => [v.vendorId, v.rank])).toEqual([
      [meridian, 1],
      [rapidesk, 2],
      [quillon, 3],
    ]);
    expect(scoring.vendors.every((v) => !v.knockedOut && v.coverage === 1)).toBe(true);
    expect((result(meridian)?.total ?? 0) - (result(rapidesk)?.total ?? 0)).toBeGreaterThan(15);
    const cheapest = buildBusinessCase(sample)
      .options.filter((o) => o.kind === 'vendor')
      .toSorted((a, b) => (a.annualCost ?? 0) - (b.annualCost ?? 0))[0];
    expect(cheapest?.id).toBe(rapidesk);
  });

  it('shows where the evaluators disagree and who is relational or transactional', () => {
    expect(result(rapidesk)?.disagreements.map((d) => d.criterionId)).toEqual([
      'criterion.change-terms',
      'criterion.total-cost',
    ]);
    expect(result(quillon)?.disagreements.map((d) => d.criterionId)).toEqual(['criterion.culture-fit']);
    // Means over the eight criteria with a relational signal: 33/8, 18.5/8 and 22.5/8.
    expect(result(meridian)).toMatchObject({ relationalIndex: 4.125, relationalLabel: 'relational' });
    expect(result(rapidesk)).toMatchObject({ relationalIndex: 2.3125, relationalLabel: 'transactional' });
    expect(result(quillon)).toMatchObject({ relationalIndex: 2.8125, relationalLabel: 'mixed' });
  });

  it('has the owner score total cost from the business case', () => {
    const fromCase = costScores(buildBusinessCase(sample));
    const mayas = sample.vendors.scores.filter(
      (s) => s.criterionId === 'criterion.total-cost' && s.evaluatorId === 'sample.evaluator.maya',
    );
    expect(mayas.map((s) => [s.vendorId, s.score])).toEqual(
      mayas.map((s) => [s.vendorId, fromCase.get(s.vendorId)?.score]),
    );
  });

  it('keeps the CFO view as a named set without choosing it', () => {
    const { weighting } = sample.vendors;
    expect(weighting.sets.map((set) => [set.id, set.name])).toEqual([['sample.weighting.cfo', 'CFO view']]);
    expect(weighting.activeSetId).toBeNull();
  });

  it('names the weight on total cost as the nearest threat to first place', () => {
    const flips = flipPoints(sample, scoring);
    const totalCost = flips.find((flip) => flip.criterionId === 'criterion.total-cost');
    expect(totalCost?.newLeaderId).toBe(rapidesk);
    // Today 4/62 ≈ 6%; Rapidesk draws level at about 53%.
    expect(totalCost?.currentShare).toBeCloseTo(4 / 62, 9);
    expect(totalCost?.flipShare).toBeCloseTo(0.528, 3);
    const distance = (flip: (typeof flips)[number]) => Math.abs((flip.flipShare ?? Infinity) - flip.currentShare);
    expect(flips.toSorted((a, b) => distance(a) - distance(b))[0]?.criterionId).toBe('criterion.total-cost');
    const sentence = robustnessSentence(sample, {
      scoring,
      flips,
      probabilities: rankProbabilities(sample, { scoring, samples: 2_000 }),
    });
    expect(sentence).toMatch(/^Meridian Shore Support ranks first/);
    expect(sentence).toContain('the weight on Total cost rising above 53% (now 6%), when Rapidesk Global takes over');
  });
});

describe('the sample plan and briefing', () => {
  const { plan, briefing } = sample;

  it('states the goals and the template’s KPIs with baselines, targets and consequences', () => {
    expect(plan.goals).toHaveLength(3);
    for (const goal of plan.goals) expect(goal.contribution, goal.id).not.toBe('');
    const suggested = functionTemplate('customer-service').suggestedKpis.map((kpi) => kpi.kpi);
    expect(plan.expectations.map((e) => e.kpi)).toEqual(suggested);
    for (const expectation of plan.expectations) {
      for (const field of ['baseline', 'target', 'measurement', 'consequence'] as const) {
        expect(expectation[field], `${expectation.id} ${field}`).not.toBe('');
      }
    }
    expect(plan.expectations.filter((e) => /service credit/i.test(e.consequence)).length).toBeGreaterThanOrEqual(2);
  });

  it('names the relationship manager, the meeting rhythm, the escalation path and the change process', () => {
    const { governance } = plan;
    const owners = new Set(sample.checklist.items.map((item) => item.owner));
    expect(owners.has(governance.relationshipManager.name)).toBe(true);
    expect(governance.relationshipManager.timeShare).toBe(0.5);
    expect(governance.meetings.map((m) => m.frequency)).toEqual(['weekly', 'monthly', 'quarterly']);
    for (const meeting of governance.meetings) {
      expect(meeting.attendees, meeting.id).not.toBe('');
      expect(meeting.purpose, meeting.id).not.toBe('');
    }
    expect(governance.escalationPath).toHaveLength(3);
    expect(governance.feedbackLoop).not.toBe('');
    expect(governance.changeProcess).not.toBe('');
  });

  it('spreads its risks across the matrix, each with a mitigation and an owner', () => {
    expect(plan.risks).toHaveLength(6);
    expect(new Set(plan.risks.map((r) => `${r.likelihood}×${r.impact}`)).size).toBeGreaterThanOrEqual(5);
    for (const risk of plan.risks) {
      expect(risk.mitigation, risk.id).not.toBe('');
      expect(risk.owner, risk.id).not.toBe('');
    }
  });

  it('asks the CEO for a decision and leaves the recommendation to be composed', () => {
    expect(briefing.audience).toBe('ceo');
    expect(briefing.decisionRequested).toMatch(/Meridian Shore Support/);
    expect(briefing.recommendation).toBe('');
    expect(briefing.preparedBy).not.toBe('');
  });
});

describe('the sample’s text', () => {
  it('copies no eight-word run from the source documents', () => {
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-runs.json'), 'utf8')) as {
      runLength: number;
      hashes: string[];
    };
    const seedRuns = new Set(fixture.hashes);
    const copied = allStrings(sample).flatMap((text) =>
      runs(text, fixture.runLength).filter((run) => seedRuns.has(runHash(run))),
    );
    expect(copied).toEqual([]);
  });
});
