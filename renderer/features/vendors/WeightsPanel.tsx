import { AlertTriangle, Plus, Trash2 } from 'lucide-react';
import { focusAfterUpdate } from '../../focusAfterUpdate';
import { useMemo, useState } from 'react';
import { criterionGroupLabels, weightingPresets } from '../../../shared/catalog/criteria';
import { acceptableConsistencyRatio, ahpWeights, pairCount, pairwiseMatrix } from '../../../shared/domain/ahp';
import { judgmentOf } from '../../../shared/domain/evaluationEdits';
import { scoreVendors, type VendorScoring } from '../../../shared/domain/scoring';
import type { Criterion, VendorEvaluation } from '../../../shared/model/vendors';
import { criterionGroups } from '../../../shared/model/vendorLabels';
import { AmountInput } from '../../components/AmountInput';
import { percent } from '../../format';
import type { VendorActions } from './vendorActions';

interface Props {
  evaluation: VendorEvaluation;
  scoring: VendorScoring;
  actions: VendorActions;
  readOnly: boolean;
}

/** How much each criterion counts: points, pairwise comparisons (AHP) or a named set such as the CFO's view. */
export function WeightsPanel({ evaluation, scoring, actions, readOnly }: Props) {
  const { weighting, criteria } = evaluation;
  const activeSet = weighting.sets.find((s) => s.id === weighting.activeSetId) ?? null;

  return (
    <div className="weights">
      <fieldset className="weights__method" disabled={readOnly}>
        <legend className="field__label">Weights come from</legend>
        <label className="radio">
          <input
            type="radio"
            name="weight-method"
            checked={weighting.method === 'direct'}
            onChange={() => actions.setMethod('direct')}
          />
          Points per criterion
        </label>
        <label className="radio">
          <input
            type="radio"
            name="weight-method"
            checked={weighting.method === 'ahp'}
            onChange={() => actions.setMethod('ahp')}
          />
          Comparing criteria in pairs (AHP)
        </label>
      </fieldset>
      <WeightingSets evaluation={evaluation} actions={actions} readOnly={readOnly} />
      {activeSet ? (
        <DirectWeights
          criteria={criteria}
          points={(c) => activeSet.weights[c.id] ?? 0}
          shares={scoring.weights}
          caption={`Points in “${activeSet.name}”`}
          readOnly={readOnly}
          onChange={(id, value) => actions.setSetWeight(activeSet.id, id, value)}
        />
      ) : weighting.method === 'ahp' ? (
        <PairwiseWeights evaluation={evaluation} shares={scoring.weights} actions={actions} readOnly={readOnly} />
      ) : (
        <DirectWeights
          criteria={criteria}
          points={(c) => c.weight}
          shares={scoring.weights}
          caption="Points per criterion"
          readOnly={readOnly}
          onChange={(id, weight) => actions.updateCriterion(id, { weight })}
        />
      )}
    </div>
  );
}

function DirectWeights({
  criteria,
  points,
  shares,
  caption,
  readOnly,
  onChange,
}: {
  criteria: readonly Criterion[];
  points(criterion: Criterion): number;
  shares: Record<string, number>;
  caption: string;
  readOnly: boolean;
  onChange(criterionId: string, points: number): void;
}) {
  return (
    <table className="weights-table">
      <caption className="weights-table__caption">
        {caption}: the share is what each criterion counts in the total.
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Points</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((criterion) => {
          const share = shares[criterion.id] ?? 0;
          return (
            <tr key={criterion.id}>
              <th scope="row" dir="auto">
                {criterion.name}
              </th>
              <td className="weights-table__points">
                <AmountInput
                  ariaLabel={`Points for ${criterion.name}`}
                  value={points(criterion)}
                  min={0}
                  max={100}
                  disabled={readOnly}
                  onChange={(value) => value !== null && onChange(criterion.id, value)}
                />
              </td>
              <td className="weights-table__share">
                <span className="share-bar" aria-hidden>
                  <span className="share-bar__fill" style={{ width: `${Math.min(100, share * 100 * 3)}%` }} />
                </span>
                {percent(share)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Saaty's scale as slider positions: −8 … 8, where 0 is "equally important" and ±8 is "extremely more". */
const positionOf = (value: number) => (value >= 1 ? Math.round(value) - 1 : -(Math.round(1 / value) - 1));
const valueOf = (position: number) => (position >= 0 ? position + 1 : 1 / (1 - position));
const strength = [
  'equally important as',
  'slightly more important than',
  'moderately more important than',
  'a little more than moderately more important than',
  'strongly more important than',
  'a little more than strongly more important than',
  'very strongly more important than',
  'between very strongly and extremely more important than',
  'extremely more important than',
];

function describeJudgment(a: string, b: string, value: number): string {
  const position = positionOf(value);
  if (position === 0) return `${a} is equally important as ${b}`;
  return position > 0 ? `${a} is ${strength[position]} ${b}` : `${b} is ${strength[-position]} ${a}`;
}

function PairwiseWeights({
  evaluation,
  shares,
  actions,
  readOnly,
}: {
  evaluation: VendorEvaluation;
  shares: Record<string, number>;
  actions: VendorActions;
  readOnly: boolean;
}) {
  const { criteria, weighting } = evaluation;
  const [within, setWithin] = useState<Criterion['group'] | 'all'>('all');
  const analysis = useMemo(() => {
    const ids = criteria.map((c) => c.id);
    if (ids.length === 0) return null;
    return ahpWeights(pairwiseMatrix(ids, weighting.pairwise));
  }, [criteria, weighting.pairwise]);
  const shown = criteria.filter((c) => within === 'all' || c.group === within);
  const pairs = shown.flatMap((a, i) => shown.slice(i + 1).map((b) => [a, b] as const));
  const worst = analysis?.mostInconsistent
    ? ([criteria[analysis.mostInconsistent.row], criteria[analysis.mostInconsistent.col]] as const)
    : null;
  const inconsistent = analysis !== null && analysis.consistencyRatio > acceptableConsistencyRatio;

  return (
    <div className="pairwise">
      <div className="pairwise__status" role="status">
        {analysis && (
          <p>
            Consistency ratio <strong>{analysis.consistencyRatio.toFixed(2)}</strong>{' '}
            {inconsistent
              ? '— above 0.10: some judgments contradict each other.'
              : '— consistent enough (0.10 or less).'}
          </p>
        )}
        {inconsistent && worst && worst[0] && worst[1] && (
          <p className="pairwise__warning">
            <AlertTriangle size={15} aria-hidden /> The judgment that fits the others least: {worst[0].name} against{' '}
            {worst[1].name}.{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                focusAfterUpdate(
                  () => setWithin('all'),
                  () => document.getElementById(`pair-${worst[0]?.id}-${worst[1]?.id}`),
                );
              }}
            >
              Go to this pair
            </button>
          </p>
        )}
        <p className="muted">
          {criteria.length} criteria make {pairCount(criteria.length)} pairs. A pair you leave alone counts as equally
          important. With many criteria, judge one group at a time.
        </p>
      </div>
      <label className="pairwise__filter">
        <span className="field__label">Compare</span>
        <select className="input" value={within} onChange={(e) => setWithin(e.target.value as typeof within)}>
          <option value="all">All criteria</option>
          {criterionGroups.map((g) => (
            <option key={g} value={g}>
              {criterionGroupLabels[g]} criteria only
            </option>
          ))}
        </select>
      </label>
      <ul className="pairwise__list">
        {pairs.map(([a, b]) => {
          const value = judgmentOf(weighting, a.id, b.id);
          const id = `pair-${a.id}-${b.id}`;
          return (
            <li key={id} className="pair">
              <span className="pair__name pair__name--a" dir="auto">
                {a.name}
              </span>
              <input
                id={id}
                type="range"
                className="pair__slider"
                min={-8}
                max={8}
                step={1}
                value={positionOf(value)}
                disabled={readOnly}
                aria-label={`${a.name} against ${b.name}`}
                aria-valuetext={describeJudgment(a.name, b.name, value)}
                onChange={(e) => actions.setJudgment(a.id, b.id, valueOf(Number(e.target.value)))}
              />
              <span className="pair__name" dir="auto">
                {b.name}
              </span>
              <span className="pair__words">{describeJudgment(a.name, b.name, value)}</span>
            </li>
          );
        })}
      </ul>
      <details className="pairwise__result">
        <summary>Resulting weights</summary>
        <ul>
          {criteria.map((c) => (
            <li key={c.id}>
              {c.name}: {percent(shares[c.id] ?? 0)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function WeightingSets({
  evaluation,
  actions,
  readOnly,
}: {
  evaluation: VendorEvaluation;
  actions: VendorActions;
  readOnly: boolean;
}) {
  const { weighting } = evaluation;
  const names = new Map(evaluation.vendors.map((v) => [v.id, v.name]));
  // Who leads under each way of weighting: the project's own weights and every named set.
  const comparison = useMemo(
    () =>
      [null, ...weighting.sets].map((set) => {
        const result = scoreVendors({
          vendors: { ...evaluation, weighting: { ...weighting, activeSetId: set?.id ?? null } },
        });
        const leader = result.vendors.find((v) => v.rank === 1);
        return { set, leader, result };
      }),
    [evaluation, weighting],
  );

  return (
    <section className="weight-sets" aria-labelledby="weight-sets-title">
      <h3 id="weight-sets-title" className="field__label">
        Weighting sets
      </h3>
      <p className="muted">
        Named views of what matters (the CFO’s, the COO’s) to switch between and compare. The one in use decides the
        ranking.
      </p>
      <table className="weight-sets__table">
        <thead>
          <tr>
            <th scope="col">In use</th>
            <th scope="col">Weights</th>
            <th scope="col">Leader under these weights</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.map(({ set, leader }) => (
            <tr key={set?.id ?? 'own'}>
              <td>
                <input
                  type="radio"
                  name="active-set"
                  aria-label={`Use ${set ? set.name : 'the project’s own weights'}`}
                  checked={(weighting.activeSetId ?? null) === (set?.id ?? null)}
                  disabled={readOnly}
                  onChange={() => actions.activateSet(set?.id ?? null)}
                />
              </td>
              <td>
                {set ? (
                  <input
                    className="input"
                    aria-label="Set name"
                    value={set.name}
                    maxLength={100}
                    dir="auto"
                    disabled={readOnly}
                    onChange={(e) => e.target.value.trim() && actions.renameSet(set.id, e.target.value)}
                  />
                ) : (
                  <span>Project weights ({weighting.method === 'ahp' ? 'pairwise' : 'points'})</span>
                )}
              </td>
              <td dir="auto">
                {leader
                  ? `${names.get(leader.vendorId) ?? '?'} (${(leader.total ?? 0).toFixed(1)})`
                  : 'No ranked vendor yet'}
              </td>
              <td>
                {set && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${set.name}`}
                    disabled={readOnly}
                    onClick={() => actions.removeSet(set.id)}
                  >
                    <Trash2 size={15} aria-hidden />
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <div className="weight-sets__add">
          <span className="field__label">New set:</span>
          <button type="button" className="chip" onClick={() => actions.addSet(`Set ${weighting.sets.length + 1}`)}>
            <Plus size={13} aria-hidden /> From today’s points
          </button>
          {weightingPresets.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="chip"
              title={preset.description}
              onClick={() => actions.addSet(preset.name, preset.id)}
            >
              <Plus size={13} aria-hidden /> {preset.name}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
