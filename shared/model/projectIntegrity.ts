import { evidenceTargetKind } from './evidenceTarget';
import type { Project } from './project';

/**
 * What the schema cannot say about a project: ids unique in each collection, and every reference naming a
 * record that exists. Run on every file read, after validation.
 *
 * Safe repairs are made and described in plain words: a score, weight, judgment or active set that names a
 * record no longer there is dropped (it could not be shown or used anyway), a second score for the same
 * vendor × criterion × evaluator gives way to the later one, an evidence link that is neither a web, mail nor
 * local file link loses its target. Nothing sound is ever removed. Two records sharing an id cannot be
 * repaired safely — which one do the references mean? — so the file is refused.
 */

export type IntegrityOutcome =
  { ok: true; project: Project; repairs: string[] } | { ok: false; problem: 'duplicate-id'; message: string };

interface Collection {
  /** "vendors", "checklist items": what two of them are called in a sentence. */
  plural: string;
  ids: readonly string[];
}

/** Lone ids compare after NFC normalisation: "café" typed on a Mac and on Windows is one id. */
const printableAscii = /^[\x20-\x7e]*$/;
const nfc = (id: string) => (printableAscii.test(id) ? id : id.normalize('NFC'));

function collections(project: Project): Collection[] {
  const { checklist, costs, vendors, plan } = project;
  return [
    { plural: 'checklist items', ids: checklist.items.map((item) => item.id) },
    { plural: 'cost periods', ids: costs.periods.map((period) => period.id) },
    { plural: 'transition costs', ids: costs.transitionCosts.map((cost) => cost.id) },
    { plural: 'retained costs', ids: costs.retainedCosts.map((cost) => cost.id) },
    { plural: 'vendors', ids: vendors.vendors.map((vendor) => vendor.id) },
    ...vendors.vendors.map((vendor) => ({
      plural: `quote lines of vendor “${vendor.name}”`,
      ids: vendor.quote.lines.map((line) => line.id),
    })),
    { plural: 'criteria', ids: vendors.criteria.map((criterion) => criterion.id) },
    { plural: 'evaluators', ids: vendors.evaluators.map((evaluator) => evaluator.id) },
    { plural: 'weighting sets', ids: vendors.weighting.sets.map((set) => set.id) },
    { plural: 'strategic goals', ids: plan.goals.map((goal) => goal.id) },
    { plural: 'expectations', ids: plan.expectations.map((expectation) => expectation.id) },
    { plural: 'risks', ids: plan.risks.map((risk) => risk.id) },
    { plural: 'meetings', ids: plan.governance.meetings.map((meeting) => meeting.id) },
  ];
}

function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** "1 score was", "3 scores were". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function enforceIntegrity(input: Project): IntegrityOutcome {
  const { project, renamed } = normaliseIds(input);
  for (const { plural, ids } of collections(project)) {
    const duplicate = firstDuplicate(ids);
    if (duplicate !== null) {
      return {
        ok: false,
        problem: 'duplicate-id',
        message: `Two ${plural} in this file share the id “${duplicate}”, so the app cannot tell which is meant where. The file was not opened; open one of its backups instead.`,
      };
    }
  }

  const repairs: string[] = [];
  const { evaluation: vendors, renamedInScores } = repairVendorEvaluation(project.vendors, repairs);
  const checklist = repairEvidence(project.checklist, repairs);
  const renamedIds = renamed + renamedInScores;
  if (renamedIds > 0) {
    repairs.unshift(
      `${count(renamedIds, 'internal record id was', 'internal record ids were')} written in another Unicode form and ${renamedIds === 1 ? 'was' : 'were'} normalised.`,
    );
  }
  if (vendors === project.vendors && checklist === project.checklist) return { ok: true, project, repairs };
  return { ok: true, project: { ...project, vendors, checklist }, repairs };
}

function normaliseIds(project: Project): { project: Project; renamed: number } {
  let renamed = 0;
  const id = (value: string) => {
    const normal = nfc(value);
    if (normal !== value) renamed += 1;
    return normal;
  };
  const withIds = <T extends { id: string }>(records: T[]): T[] => {
    const next = records.map((record) => {
      const normal = id(record.id);
      return normal === record.id ? record : { ...record, id: normal };
    });
    return next.some((record, index) => record !== records[index]) ? next : records;
  };
  const { checklist, costs, vendors, plan } = project;
  const { weighting } = vendors;
  const next: Project = {
    ...project,
    checklist: { ...checklist, items: withIds(checklist.items) },
    costs: {
      ...costs,
      periods: withIds(costs.periods),
      transitionCosts: withIds(costs.transitionCosts),
      retainedCosts: withIds(costs.retainedCosts),
    },
    vendors: {
      ...vendors,
      vendors: withIds(vendors.vendors).map((vendor) => {
        const lines = withIds(vendor.quote.lines);
        return lines === vendor.quote.lines ? vendor : { ...vendor, quote: { ...vendor.quote, lines } };
      }),
      criteria: withIds(vendors.criteria),
      evaluators: withIds(vendors.evaluators),
      weighting: {
        ...weighting,
        activeSetId: weighting.activeSetId === null ? null : id(weighting.activeSetId),
        pairwise: weighting.pairwise.map((judgment) => ({ ...judgment, a: id(judgment.a), b: id(judgment.b) })),
        sets: withIds(weighting.sets).map((set) => ({
          ...set,
          weights: Object.fromEntries(Object.entries(set.weights).map(([key, weight]) => [id(key), weight])),
        })),
      },
      // Thousands of scores: their ids are normalised as they are matched to records, in repairVendorEvaluation.
    },
    plan: {
      ...plan,
      goals: withIds(plan.goals),
      expectations: withIds(plan.expectations),
      risks: withIds(plan.risks),
      governance: { ...plan.governance, meetings: withIds(plan.governance.meetings) },
    },
  };
  // Ids are almost always ASCII: then nothing was copied that matters, and the original is kept as it was.
  return renamed === 0 ? { project, renamed } : { project: next, renamed };
}

type VendorEvaluation = Project['vendors'];
type Score = VendorEvaluation['scores'][number];

/** Where each record sits in its list, by id; ids are unique by now, so this numbers the records. */
const positions = (records: ReadonlyArray<{ id: string }>) => new Map(records.map((record, at) => [record.id, at]));

/**
 * Scores naming records that are not there are dropped, and the earlier of two for one cell; the ids of the
 * others are normalised as the records' are (`renamedInScores` counts those that changed).
 */
function repairVendorEvaluation(
  evaluation: VendorEvaluation,
  repairs: string[],
): { evaluation: VendorEvaluation; renamedInScores: number } {
  const vendorAt = positions(evaluation.vendors);
  const criterionAt = positions(evaluation.criteria);
  const evaluatorAt = positions(evaluation.evaluators);
  let renamedInScores = 0;
  let renamedHere = false;
  /** Record ids are NFC by now, so a score's id found as it is was NFC too: only the others are normalised. */
  const find = (at: ReadonlyMap<string, number>, id: string): number | undefined => {
    const found = at.get(id);
    if (found !== undefined) return found;
    const normal = nfc(id);
    if (normal === id) return undefined;
    renamedInScores += 1;
    renamedHere = true;
    return at.get(normal);
  };

  let noVendor = 0;
  let noCriterion = 0;
  let noEvaluator = 0;
  let duplicates = 0;
  // The later of two scores for one vendor × criterion × evaluator wins, as an edit made later would: walking
  // back from the last score, a score whose cell is already taken is the earlier of two.
  // One bit per cell: at most 500 vendors × 500 criteria × 100 evaluators, 3 MB, and 750 bytes for a large project.
  const taken = new Uint8Array(Math.ceil((vendorAt.size * criterionAt.size * evaluatorAt.size) / 8));
  const keep = new Uint8Array(evaluation.scores.length);
  const respelled = new Map<number, Score>();
  for (let index = evaluation.scores.length - 1; index >= 0; index -= 1) {
    const score = evaluation.scores[index];
    if (!score) continue;
    renamedHere = false;
    const v = find(vendorAt, score.vendorId);
    const c = find(criterionAt, score.criterionId);
    const e = find(evaluatorAt, score.evaluatorId);
    if (v === undefined) noVendor += 1;
    else if (c === undefined) noCriterion += 1;
    else if (e === undefined) noEvaluator += 1;
    else {
      const cell = (v * criterionAt.size + c) * evaluatorAt.size + e;
      const byte = cell >> 3;
      const bit = 1 << (cell & 7);
      if (((taken[byte] ?? 0) & bit) !== 0) duplicates += 1;
      else {
        taken[byte] = (taken[byte] ?? 0) | bit;
        keep[index] = 1;
        if (renamedHere) {
          respelled.set(index, {
            ...score,
            vendorId: evaluation.vendors[v]?.id ?? score.vendorId,
            criterionId: evaluation.criteria[c]?.id ?? score.criterionId,
            evaluatorId: evaluation.evaluators[e]?.id ?? score.evaluatorId,
          });
        }
      }
    }
  }
  // Usually every score stays as it was: then no new list is made.
  const scoresChanged = noVendor + noCriterion + noEvaluator + duplicates > 0 || respelled.size > 0;
  const scores = scoresChanged
    ? evaluation.scores.flatMap((score, index) => (keep[index] === 1 ? [respelled.get(index) ?? score] : []))
    : evaluation.scores;
  if (noVendor)
    repairs.push(`${count(noVendor, 'score', 'scores')} for a vendor that no longer exists ${were(noVendor)} dropped.`);
  if (noCriterion)
    repairs.push(
      `${count(noCriterion, 'score', 'scores')} on a criterion that no longer exists ${were(noCriterion)} dropped.`,
    );
  if (noEvaluator)
    repairs.push(
      `${count(noEvaluator, 'score', 'scores')} by an evaluator who is no longer listed ${were(noEvaluator)} dropped.`,
    );
  if (duplicates)
    repairs.push(
      `${count(duplicates, 'score was', 'scores were')} given twice by the same evaluator for the same vendor and criterion; only the later one of each was kept.`,
    );

  const { weighting } = evaluation;
  const pairwise = weighting.pairwise.filter(
    (judgment) => criterionAt.has(judgment.a) && criterionAt.has(judgment.b) && judgment.a !== judgment.b,
  );
  const droppedJudgments = weighting.pairwise.length - pairwise.length;
  if (droppedJudgments)
    repairs.push(
      `${count(droppedJudgments, 'pairwise comparison', 'pairwise comparisons')} naming a criterion that no longer exists (or comparing a criterion with itself) ${were(droppedJudgments)} dropped.`,
    );

  let setsChanged = false;
  const sets = weighting.sets.map((set) => {
    const kept = Object.entries(set.weights).filter(([criterionId]) => criterionAt.has(criterionId));
    const dropped = Object.keys(set.weights).length - kept.length;
    if (dropped === 0) return set;
    setsChanged = true;
    repairs.push(
      `${count(dropped, 'weight', 'weights')} in the weighting set “${set.name}” for a criterion that no longer exists ${were(dropped)} dropped.`,
    );
    return { ...set, weights: Object.fromEntries(kept) };
  });

  const activeSetId =
    weighting.activeSetId !== null && !sets.some((set) => set.id === weighting.activeSetId)
      ? null
      : weighting.activeSetId;
  if (activeSetId !== weighting.activeSetId)
    repairs.push('The chosen weighting set no longer existed, so the criteria’s own weights are used again.');

  const weightingChanged = droppedJudgments > 0 || setsChanged || activeSetId !== weighting.activeSetId;
  if (!scoresChanged && !weightingChanged) return { evaluation, renamedInScores };
  return {
    evaluation: {
      ...evaluation,
      scores,
      weighting: weightingChanged ? { ...weighting, pairwise, sets, activeSetId } : weighting,
    },
    renamedInScores,
  };
}

type Checklist = Project['checklist'];

function repairEvidence(checklist: Checklist, repairs: string[]): Checklist {
  let cleared = 0;
  const items = checklist.items.map((item) => {
    if (!item.evidence.some((evidence) => evidenceTargetKind(evidence.target) === 'refused')) return item;
    const evidence = item.evidence.map((entry) => {
      if (evidenceTargetKind(entry.target) !== 'refused') return entry;
      cleared += 1;
      return { ...entry, target: '' };
    });
    return { ...item, evidence };
  });
  if (cleared === 0) return checklist;
  repairs.push(
    `The link of ${count(cleared, 'piece', 'pieces')} of evidence was removed: only web (https:, http:), e-mail (mailto:) and local file links are kept, not scripts, other schemes or network paths.`,
  );
  return { ...checklist, items };
}

const were = (n: number) => (n === 1 ? 'was' : 'were');
