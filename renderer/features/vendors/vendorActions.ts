import { useMemo } from 'react';
import { presetWeightingSet } from '../../../shared/catalog/criteria';
import {
  addCriterion,
  addEvaluator,
  addWeightingSet,
  moveCriterion,
  removeCriterion,
  removeEvaluator,
  removeWeightingSet,
  setJudgment,
  setScore,
  setScoreNote,
  setWeighting,
  updateCriterion,
  updateEvaluator,
  updateWeightingSet,
  type CriterionPatch,
  type ScoreKey,
} from '../../../shared/domain/evaluationEdits';
import {
  addVendor,
  moveVendor,
  newVendor,
  removeVendor,
  updateVendor,
  type VendorPatch,
} from '../../../shared/domain/vendorEdits';
import { newId } from '../../../shared/ids';
import type { Project } from '../../../shared/model/project';
import type { Criterion, Score, Vendor, VendorEvaluation } from '../../../shared/model/vendors';
import { useStoreApi, type AppStore } from '../../store';

type Weighting = VendorEvaluation['weighting'];

/** Every edit of the Vendors tab, as a store edit applying a pure function from shared/domain (undoable, autosaved). */
export function vendorActions(store: AppStore) {
  const edit = (change: (evaluation: VendorEvaluation) => VendorEvaluation, coalesce?: string) =>
    store.getState().editProject(
      (project: Project) => {
        const vendors = change(project.vendors);
        return vendors === project.vendors ? project : { ...project, vendors };
      },
      coalesce ? { coalesce } : undefined,
    );
  const evaluation = () => store.getState().current?.project.vendors;

  return {
    addVendor(name: string): string {
      const id = newId();
      edit((v) => addVendor(v, newVendor(id, name)));
      return id;
    },
    /** Vendors read from a CSV file, added in one undo step. */
    addVendors: (vendors: Vendor[]) => edit((v) => vendors.reduce(addVendor, v)),
    updateVendor: (id: string, patch: VendorPatch) =>
      edit((v) => updateVendor(v, id, patch), `vendor:${id}:${Object.keys(patch).join(',')}`),
    removeVendor: (id: string) => edit((v) => removeVendor(v, id)),
    moveVendor: (id: string, direction: -1 | 1) => edit((v) => moveVendor(v, id, direction)),

    addEvaluator(name: string): string {
      const id = newId();
      edit((v) => addEvaluator(v, { id, name, role: '' }));
      return id;
    },
    updateEvaluator: (id: string, patch: { name?: string; role?: string }) =>
      edit((v) => updateEvaluator(v, id, patch), `evaluator:${id}:${Object.keys(patch).join(',')}`),
    removeEvaluator: (id: string) => edit((v) => removeEvaluator(v, id)),

    addCriterion(name: string, group: Criterion['group']): string {
      const id = `criterion.custom.${newId()}`;
      edit((v) =>
        addCriterion(v, {
          id,
          name,
          group,
          question: '',
          rubric: { 1: '', 3: '', 5: '' },
          weight: 3,
          mustHaveThreshold: null,
          relationalSignal: null,
          source: 'Your own criterion',
          custom: true,
        }),
      );
      return id;
    },
    /** A library criterion the user removed earlier, put back. */
    restoreCriterion: (criterion: Criterion) => edit((v) => addCriterion(v, criterion)),
    updateCriterion: (id: string, patch: CriterionPatch) =>
      edit((v) => updateCriterion(v, id, patch), `criterion:${id}:${Object.keys(patch).join(',')}`),
    removeCriterion: (id: string) => edit((v) => removeCriterion(v, id)),
    moveCriterion: (id: string, direction: -1 | 1) => edit((v) => moveCriterion(v, id, direction)),

    setScore: (key: ScoreKey, score: number | null) => edit((v) => setScore(v, key, score)),
    /** Scores for several cells at once (from the business case, an import): one undo step. */
    setScores: (entries: Array<{ key: ScoreKey; score: number | null }>) =>
      edit((v) => entries.reduce((acc, { key, score }) => setScore(acc, key, score), v)),
    replaceScores: (scores: Score[]) => edit((v) => ({ ...v, scores })),
    setScoreNote: (key: ScoreKey, note: string) =>
      edit((v) => setScoreNote(v, key, note), `note:${key.vendorId}:${key.criterionId}:${key.evaluatorId}`),

    setMethod: (method: Weighting['method']) => edit((v) => setWeighting(v, { method })),
    setAggregation: (aggregation: VendorEvaluation['aggregation']) => edit((v) => ({ ...v, aggregation })),
    setJudgment: (a: string, b: string, value: number) =>
      edit((v) => setJudgment(v, a, b, value), `judgment:${a}:${b}`),
    /** The active weighting set, or null for the project's own weights (direct or pairwise). */
    activateSet: (id: string | null) => edit((v) => setWeighting(v, { activeSetId: id })),
    /** A named set from a preset (CFO view…) or from today's weights, made the active one. */
    addSet(name: string, presetId?: string): string {
      const current = evaluation();
      if (!current) return '';
      const set = presetId
        ? presetWeightingSet(presetId, current.criteria)
        : { id: newId(), name, weights: Object.fromEntries(current.criteria.map((c) => [c.id, c.weight])) };
      edit((v) => setWeighting(addWeightingSet(v, set), { activeSetId: set.id }));
      return set.id;
    },
    renameSet: (id: string, name: string) => edit((v) => updateWeightingSet(v, id, { name }), `set:${id}:name`),
    setSetWeight(id: string, criterionId: string, points: number) {
      edit((v) => {
        const set = v.weighting.sets.find((s) => s.id === id);
        if (!set) return v;
        return updateWeightingSet(v, id, { weights: { ...set.weights, [criterionId]: points } });
      }, `set:${id}:${criterionId}`);
    },
    removeSet: (id: string) => edit((v) => removeWeightingSet(v, id)),
  };
}

export type VendorActions = ReturnType<typeof vendorActions>;

export function useVendorActions(): VendorActions {
  const store = useStoreApi();
  return useMemo(() => vendorActions(store), [store]);
}
