import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  criteriaLibrary,
  criterionGroupLabels,
  defaultCriteria,
  presetWeightingSet,
  relationalSignalLabels,
  totalCostCriterionId,
  weightingPresets,
} from '../../shared/catalog/criteria';
import { hiddenCostPrompts } from '../../shared/catalog/hiddenCosts';
import { catalogSources } from '../../shared/catalog/sources';
import { describeSource } from '../../shared/catalog/sourceText';
import { transitionCostKinds } from '../../shared/model/costs';
import {
  CriterionSchema,
  criterionGroups,
  relationalSignals,
  WeightingSetSchema,
  type Criterion,
} from '../../shared/model/vendors';
import { runHash, runs } from './support/wordRuns';

const fixturePath = join(import.meta.dirname, '..', 'fixtures', 'seed-runs.json');
const seedQuestionCount = 13;

const presetWeights = (id: string) => weightingPresets.find((p) => p.id === id)?.weights ?? {};

const fromRelationshipGuide = criteriaLibrary.filter((c) => c.source === 'seed-relationship');

describe('criteria library', () => {
  it('has one criterion per question of the relationship guide, questions 1 to 13, each once', () => {
    const details = fromRelationshipGuide.map((c) => c.sourceDetail);
    expect(details.toSorted()).toEqual(
      Array.from({ length: seedQuestionCount }, (_, i) => `Question ${i + 1}`).toSorted(),
    );
  });

  it('adds total cost, security & compliance, scalability and references from other sources', () => {
    const extras = criteriaLibrary.filter((c) => c.source !== 'seed-relationship').map((c) => c.id);
    expect(extras.toSorted()).toEqual(
      [
        totalCostCriterionId,
        'criterion.security-compliance',
        'criterion.scalability',
        'criterion.references',
      ].toSorted(),
    );
    expect(criteriaLibrary.find((c) => c.id === totalCostCriterionId)?.group).toBe('commercial');
  });

  it('uses unique, stable-looking ids', () => {
    const ids = criteriaLibrary.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^criterion\.[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('fills every field: a short name, a question, three rubric anchors and a detailed, known source', () => {
    for (const entry of criteriaLibrary) {
      expect(entry.name.trim(), entry.id).not.toBe('');
      expect(entry.name.length, entry.id).toBeLessThanOrEqual(60);
      expect(entry.question.trim().length, entry.id).toBeGreaterThan(20);
      expect(entry.question.trim(), entry.id).toMatch(/\?$/);
      for (const anchor of [entry.rubric[1], entry.rubric[3], entry.rubric[5]]) {
        expect(anchor.trim().length, entry.id).toBeGreaterThan(20);
      }
      expect(new Set([entry.rubric[1], entry.rubric[3], entry.rubric[5]]).size, entry.id).toBe(3);
      expect(Object.keys(catalogSources), entry.id).toContain(entry.source);
      expect(entry.sourceDetail.trim(), entry.id).not.toBe('');
      expect(criterionGroups, entry.id).toContain(entry.group);
      expect([1, 2, 3, 4, 5], entry.id).toContain(entry.weight);
    }
  });

  it('groups criteria together in relationship, delivery, commercial order, none empty', () => {
    const groups = criteriaLibrary.map((c) => c.group);
    const order = groups.filter((g, i) => g !== groups[i - 1]);
    expect(order).toEqual([...criterionGroups]);
  });

  it('marks at least seven criteria as relational signals, covering every signal', () => {
    const signals = criteriaLibrary.flatMap((c) => (c.relationalSignal ? [c.relationalSignal] : []));
    expect(signals.length).toBeGreaterThanOrEqual(7);
    expect(new Set(signals)).toEqual(new Set(relationalSignals));
  });

  it('weighs the culture and tailoring questions above the average criterion', () => {
    const mean = criteriaLibrary.reduce((sum, c) => sum + c.weight, 0) / criteriaLibrary.length;
    for (const id of ['criterion.culture-fit', 'criterion.tailored-program']) {
      expect(criteriaLibrary.find((c) => c.id === id)?.weight, id).toBeGreaterThan(mean);
    }
  });

  it('makes only security & compliance a must-have, at 3', () => {
    const mustHaves = criteriaLibrary.filter((c) => c.mustHaveThreshold !== null);
    expect(mustHaves.map((c) => [c.id, c.mustHaveThreshold])).toEqual([['criterion.security-compliance', 3]]);
  });

  it('has labels for every group and signal', () => {
    expect(Object.keys(criterionGroupLabels).toSorted()).toEqual([...criterionGroups].toSorted());
    expect(Object.values(criterionGroupLabels)).toEqual(['Relationship', 'Delivery', 'Commercial']);
    expect(Object.keys(relationalSignalLabels).toSorted()).toEqual([...relationalSignals].toSorted());
    for (const label of Object.values(relationalSignalLabels)) expect(label.trim()).not.toBe('');
  });
});

describe('defaultCriteria', () => {
  it('gives valid, non-custom project criteria in library order, with a formatted source', () => {
    const criteria = defaultCriteria();
    expect(criteria.map((c) => c.id)).toEqual(criteriaLibrary.map((c) => c.id));
    for (const criterion of criteria) {
      expect(CriterionSchema.parse(criterion)).toEqual(criterion);
      expect(criterion.custom).toBe(false);
    }
    const culture = criteria.find((c) => c.id === 'criterion.culture-fit');
    expect(culture?.source).toBe('BPO relationship guide · Question 1');
    expect(describeSource(culture?.source ?? '').badge).toBe('Question 1 · culture fit');
    expect(criteria.find((c) => c.id === 'criterion.security-compliance')?.source).toMatch(/^Practice · .*27001/);
  });

  it('returns fresh objects, so editing one project’s criteria leaves the library alone', () => {
    const first = defaultCriteria();
    const [culture] = first;
    if (culture) culture.rubric[1] = 'changed';
    expect(defaultCriteria()[0]?.rubric[1]).not.toBe('changed');
  });
});

describe('weighting presets', () => {
  it('offers two or three named, described sets that name only library criteria with 1–5 points', () => {
    const libraryIds = new Set(criteriaLibrary.map((c) => c.id));
    expect(weightingPresets.length).toBeGreaterThanOrEqual(2);
    expect(weightingPresets.length).toBeLessThanOrEqual(3);
    expect(new Set(weightingPresets.map((p) => p.id)).size).toBe(weightingPresets.length);
    for (const preset of weightingPresets) {
      expect(preset.name.trim(), preset.id).not.toBe('');
      expect(preset.description.trim(), preset.id).not.toBe('');
      for (const [id, points] of Object.entries(preset.weights)) {
        expect(libraryIds.has(id), `${preset.id}: ${id}`).toBe(true);
        expect([1, 2, 3, 4, 5], `${preset.id}: ${id}`).toContain(points);
      }
    }
  });

  it('puts the most weight where each view says: CFO on commercial criteria, COO on delivery', () => {
    const groupOf = new Map(criteriaLibrary.map((c) => [c.id, c.group]));
    const meanByGroup = (weights: Readonly<Record<string, number>>, group: Criterion['group']) => {
      const inGroup = Object.entries(weights).filter(([id]) => groupOf.get(id) === group);
      return inGroup.reduce((sum, [, w]) => sum + w, 0) / inGroup.length;
    };
    const expectations: Array<[string, Criterion['group']]> = [
      ['cfo', 'commercial'],
      ['coo', 'delivery'],
      ['customer', 'relationship'],
    ];
    for (const [id, favoured] of expectations) {
      for (const other of criterionGroups.filter((g) => g !== favoured))
        expect(meanByGroup(presetWeights(id), favoured), `${id} ${other}`).toBeGreaterThan(
          meanByGroup(presetWeights(id), other),
        );
    }
  });

  it('builds a valid weighting set for the project’s criteria, custom ones keeping their own weight', () => {
    const custom: Criterion = CriterionSchema.parse({ id: 'my-own', name: 'Mine', group: 'delivery', weight: 7 });
    const criteria = [...defaultCriteria().filter((c) => c.id !== 'criterion.technology'), custom];
    const set = presetWeightingSet('cfo', criteria);
    expect(WeightingSetSchema.parse(set)).toEqual(set);
    expect(set.name).toBe('CFO view');
    expect(Object.keys(set.weights)).toEqual(criteria.map((c) => c.id));
    expect(set.weights[totalCostCriterionId]).toBe(5);
    expect(set.weights['my-own']).toBe(7);
    expect(set.weights).not.toHaveProperty('criterion.technology');
    expect(presetWeightingSet('cfo', criteria).id).not.toBe(set.id);
  });

  it('rejects an unknown preset, including prototype names', () => {
    expect(() => presetWeightingSet('nope', defaultCriteria())).toThrow(/Unknown weighting preset/);
    expect(() => presetWeightingSet('constructor', defaultCriteria())).toThrow(/Unknown weighting preset/);
  });
});

describe('hidden-cost prompts', () => {
  it('covers the costs owners forget, with unique ids and a hint and source for each', () => {
    const ids = hiddenCostPrompts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'hidden-cost.contract-management',
      'hidden-cost.travel',
      'hidden-cost.security-audits',
      'hidden-cost.shadow-work',
    ])
      expect(ids).toContain(id);
    for (const prompt of hiddenCostPrompts) {
      expect(prompt.label.trim(), prompt.id).not.toBe('');
      expect(prompt.label.length, prompt.id).toBeLessThanOrEqual(200);
      expect(prompt.hint.trim().length, prompt.id).toBeGreaterThan(30);
      expect(prompt.source, prompt.id).toMatch(/^.+ · .+$/);
    }
  });

  it('gives one-time prompts a transition kind from the model and yearly prompts none', () => {
    expect(hiddenCostPrompts.some((p) => p.kind === 'retained')).toBe(true);
    expect(hiddenCostPrompts.some((p) => p.kind === 'transition')).toBe(true);
    for (const prompt of hiddenCostPrompts) {
      if (prompt.kind === 'transition') expect(transitionCostKinds, prompt.id).toContain(prompt.transitionKind);
      else expect(prompt.transitionKind, prompt.id).toBeUndefined();
    }
  });
});

describe('own wording', () => {
  it('copies no eight-word run from the source documents', () => {
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { runLength: number; hashes: string[] };
    const seedRuns = new Set(fixture.hashes);
    const texts = [
      ...criteriaLibrary.flatMap((c) => [c.name, c.question, c.rubric[1], c.rubric[3], c.rubric[5]]),
      ...weightingPresets.flatMap((p) => [p.name, p.description]),
      ...hiddenCostPrompts.flatMap((p) => [p.label, p.hint]),
    ];
    const copied = texts.flatMap((text) => runs(text, fixture.runLength).filter((run) => seedRuns.has(runHash(run))));
    expect(copied).toEqual([]);
  });

  it('would catch a question copied from the guide', () => {
    const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { runLength: number; hashes: string[] };
    const seedRuns = new Set(fixture.hashes);
    const copiedQuestion = 'How well does the BPO’s company culture align with your company’s culture?';
    expect(runs(copiedQuestion, fixture.runLength).some((run) => seedRuns.has(runHash(run)))).toBe(true);
  });
});
