import { describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model/project';
import { enforceIntegrity } from '../../shared/model/projectIntegrity';
import { vendorProject } from './support/vendorProjects';

/**
 * Scores name their vendor, criterion and evaluator by id, and an id may reach the file in another Unicode
 * form (NFD "café" from a Mac). Scores are matched to records with their ids normalised as the records' are.
 */

const nfc = 'caf\u00e9';
const nfd = 'cafe\u0301';
const project = vendorProject({ criteria: [{ id: 'cost' }], scores: { [nfc]: { cost: 4 }, acme: { cost: 2 } } });
const score = (vendorId: string, value: number) => ({
  vendorId,
  criterionId: 'cost',
  evaluatorId: 'e0',
  score: value,
  note: '',
});
const withScores = (scores: Project['vendors']['scores']): Project => ({
  ...project,
  vendors: { ...project.vendors, scores },
});

describe('enforceIntegrity, for scores whose ids are written in another Unicode form', () => {
  it('keeps the score, with the id spelled as its record spells it, and says how many ids were normalised', () => {
    const outcome = enforceIntegrity(withScores([score(nfd, 4), score('acme', 2)]));
    expect(outcome).toStrictEqual({
      ok: true,
      project: withScores([score(nfc, 4), score('acme', 2)]),
      repairs: ['1 internal record id was written in another Unicode form and was normalised.'],
    });
  });

  it('takes one cell written in both forms as one: the later score wins', () => {
    const outcome = enforceIntegrity(withScores([score(nfc, 1), score(nfd, 5)]));
    expect(outcome.ok && outcome.project.vendors.scores).toStrictEqual([score(nfc, 5)]);
    expect(outcome.ok && outcome.repairs).toEqual([
      '1 internal record id was written in another Unicode form and was normalised.',
      '1 score was given twice by the same evaluator for the same vendor and criterion; only the later one of each was kept.',
    ]);
  });

  it('counts a normalised id of a score it then drops, as it counts every id it normalises', () => {
    const outcome = enforceIntegrity(withScores([score(nfc, 4), score('gone\u0301', 3)]));
    expect(outcome.ok && outcome.project.vendors.scores).toStrictEqual([score(nfc, 4)]);
    expect(outcome.ok && outcome.repairs).toEqual([
      '1 internal record id was written in another Unicode form and was normalised.',
      '1 score for a vendor that no longer exists was dropped.',
    ]);
  });

  it('leaves a project whose ids are all as its records spell them as the very same object', () => {
    const same = withScores([score(nfc, 4), score('acme', 2)]);
    const outcome = enforceIntegrity(same);
    expect(outcome).toStrictEqual({ ok: true, project: same, repairs: [] });
    expect(outcome.ok && outcome.project).toBe(same);
  });
});
