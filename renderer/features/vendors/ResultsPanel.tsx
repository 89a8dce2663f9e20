import { AlertTriangle, Eye, Trophy } from 'lucide-react';
import { useState } from 'react';
import { criterionGroupLabels } from '../../../shared/catalog/criteria';
import { tentativeCoverage, type VendorResult } from '../../../shared/domain/scoring';
import { robustnessSentence, type FlipPoint } from '../../../shared/domain/sensitivity';
import type { VendorEvaluation } from '../../../shared/model/vendors';
import { percent } from '../../format';
import { useAppStore } from '../../store';
import { NoteDialog, type NoteTarget } from './NoteDialog';
import type { Scored } from './useScoring';
import { ProfileChart } from './ProfileChart';
import type { VendorActions } from './vendorActions';

const relationalWords = {
  relational: 'Relational',
  mixed: 'Mixed',
  transactional: 'Transactional',
} as const;

interface Props {
  evaluation: VendorEvaluation;
  /** The scoring and its flip points (worked out when first read: not while scoring blind). */
  scored: Scored;
  probabilities: Record<string, number> | null;
  probabilitiesStale: boolean;
  actions: VendorActions;
  readOnly: boolean;
}

/** Who fits best, how sure we can be, and which vendors would treat us as a number. */
export function ResultsPanel({ evaluation, scored, probabilities, probabilitiesStale, actions, readOnly }: Props) {
  const { scoring } = scored;
  const scoringAs = useAppStore((s) => s.scoringAs);
  const setScoringAs = useAppStore((s) => s.setScoringAs);
  const [note, setNote] = useState<NoteTarget | null>(null);
  const names = new Map(evaluation.vendors.map((v) => [v.id, v.name]));
  const criteria = new Map(evaluation.criteria.map((c) => [c.id, c]));
  const blindAs = evaluation.evaluators.find((e) => e.id === scoringAs);

  if (blindAs) {
    return (
      <div className="results-hidden">
        <p>
          <Eye size={16} aria-hidden /> Results are hidden while {blindAs.name} scores blind, so the others’ scores
          cannot sway theirs.
        </p>
        <button type="button" className="button" onClick={() => setScoringAs(null)}>
          Stop scoring blind and show the results
        </button>
      </div>
    );
  }

  const sentence =
    probabilities === null
      ? 'Working out how robust the ranking is…'
      : robustnessSentence({ vendors: evaluation }, { scoring, flips: scored.flips, probabilities });
  const ranked = scoring.vendors.filter((v) => v.rank !== null);
  const maxProbability = Math.max(0.0001, ...Object.values(probabilities ?? {}));

  return (
    <div className="results">
      <p className={`results__sentence${probabilitiesStale ? ' results__sentence--stale' : ''}`} role="status">
        {sentence}
      </p>
      <ol className="ranking" aria-label="Ranking">
        {scoring.vendors.map((result) => (
          <RankingRow
            key={result.vendorId}
            result={result}
            name={names.get(result.vendorId) ?? '?'}
            criterionName={(id) => criteria.get(id)?.name ?? id}
            groupOf={(id) => criteria.get(id)?.group ?? 'relationship'}
            onDisagreement={(criterionId) => setNote({ vendorId: result.vendorId, criterionId, evaluatorId: null })}
          />
        ))}
      </ol>
      <p className="contributions-legend" aria-hidden>
        Each bar adds up the points every criterion gives:
        {Object.entries(criterionGroupLabels).map(([group, label]) => (
          <span key={group} className="chart__key">
            <span className={`chart__swatch contributions__part--${group}`} /> {label}
          </span>
        ))}
      </p>
      {ranked.length > 0 && (
        <div className="results__grid">
          <section aria-labelledby="profile-title" className="results__card">
            <h3 id="profile-title">Profile by criterion</h3>
            <ProfileChart evaluation={evaluation} scoring={scoring} />
          </section>
          <section aria-labelledby="robustness-title" className="results__card">
            <h3 id="robustness-title">How robust is first place?</h3>
            <h4 className="results__subhead">First place across 10,000 plausible weightings</h4>
            {probabilities === null ? (
              <p className="muted">Computing…</p>
            ) : (
              <ul className="probabilities">
                {Object.entries(probabilities)
                  .toSorted((a, b) => b[1] - a[1])
                  .map(([vendorId, p]) => (
                    <li key={vendorId}>
                      <span className="probabilities__name" dir="auto">
                        {names.get(vendorId)}
                      </span>
                      <span className="share-bar" aria-hidden>
                        <span className="share-bar__fill" style={{ width: `${(p / maxProbability) * 100}%` }} />
                      </span>
                      <span className="probabilities__value">{percent(p)}</span>
                    </li>
                  ))}
              </ul>
            )}
            <h4 className="results__subhead">Weight at which the leader changes</h4>
            <FlipTable
              flips={scored.flips}
              criterionName={(id) => criteria.get(id)?.name ?? id}
              vendorName={(id) => names.get(id) ?? '?'}
            />
          </section>
        </div>
      )}
      <NoteDialog
        target={note}
        evaluation={evaluation}
        actions={actions}
        readOnly={readOnly}
        onClose={() => setNote(null)}
      />
    </div>
  );
}

function RankingRow({
  result,
  name,
  criterionName,
  groupOf,
  onDisagreement,
}: {
  result: VendorResult;
  name: string;
  criterionName(id: string): string;
  groupOf(id: string): string;
  onDisagreement(criterionId: string): void;
}) {
  const tentative = result.total !== null && result.coverage < tentativeCoverage;
  const state = result.knockedOut ? 'out' : result.total === null ? 'unscored' : 'ranked';
  return (
    <li className={`ranking__row ranking__row--${state}`}>
      <span className="ranking__rank" aria-label={result.rank === null ? 'Not ranked' : `Rank ${result.rank}`}>
        {result.rank === 1 ? <Trophy size={15} aria-hidden /> : null}
        {result.rank ?? '—'}
      </span>
      <div className="ranking__main">
        <div className="ranking__head">
          <span className="ranking__name" dir="auto">
            {name}
          </span>
          <span className="ranking__total">
            {result.total === null ? 'Not scored' : result.total.toFixed(1)}
            {tentative && (
              <span className="badge badge--tentative">Tentative: {percent(result.coverage)} of the weight scored</span>
            )}
          </span>
          {result.relationalLabel && (
            <span
              className={`badge badge--${result.relationalLabel}`}
              title={`Relational index ${result.relationalIndex?.toFixed(2)} of 5`}
            >
              {relationalWords[result.relationalLabel]}
            </span>
          )}
        </div>
        {result.total !== null && (
          <span
            className="contributions"
            role="img"
            aria-label={`Total ${result.total.toFixed(1)} of 100, made of ${Object.keys(result.contributions).length} criteria`}
          >
            {Object.entries(result.contributions).map(([id, points]) => (
              <span
                key={id}
                className={`contributions__part contributions__part--${groupOf(id)}`}
                style={{ width: `${points}%` }}
                title={`${criterionName(id)}: ${points.toFixed(1)} points`}
              />
            ))}
          </span>
        )}
        {result.knockOuts.length > 0 && (
          <p className="ranking__reason">
            Knocked out: below the minimum on {result.knockOuts.map(criterionName).join(', ')}.
          </p>
        )}
        {result.unverifiedMustHaves.length > 0 && (
          <p className="ranking__reason ranking__reason--soft">
            Not yet checked: {result.unverifiedMustHaves.map(criterionName).join(', ')} (a knock-out criterion).
          </p>
        )}
        {result.total === null && !result.knockedOut && (
          <p className="ranking__reason ranking__reason--soft">Nobody has scored this vendor yet.</p>
        )}
        {result.disagreements.length > 0 && (
          <p className="ranking__disagree">
            <AlertTriangle size={13} aria-hidden /> Evaluators disagree on{' '}
            {result.disagreements.map((d, i) => (
              <span key={d.criterionId}>
                {i > 0 && ', '}
                <button type="button" className="link-button" onClick={() => onDisagreement(d.criterionId)}>
                  {criterionName(d.criterionId)} (spread {d.spread})
                </button>
              </span>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}

/** The criteria whose weight could change the leader, nearest first; the rest summed up in one line. */
function FlipTable({
  flips,
  criterionName,
  vendorName,
}: {
  flips: readonly FlipPoint[];
  criterionName(id: string): string;
  vendorName(id: string): string;
}) {
  const flipping = flips
    .filter((f) => f.flipShare !== null)
    .toSorted((a, b) => Math.abs((a.flipShare ?? 0) - a.currentShare) - Math.abs((b.flipShare ?? 0) - b.currentShare));
  const holding = flips.length - flipping.length;
  return (
    <>
      {flipping.length > 0 && (
        <table className="flip-table">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Weight today</th>
              <th scope="col">Leader changes at</th>
            </tr>
          </thead>
          <tbody>
            {flipping.map((flip) => (
              <tr key={flip.criterionId}>
                <th scope="row" dir="auto">
                  {criterionName(flip.criterionId)}
                </th>
                <td>{percent(flip.currentShare)}</td>
                <td dir="auto">
                  {percent(flip.flipShare ?? 0)} → {vendorName(flip.newLeaderId ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {holding > 0 && (
        <p className="muted">
          {flipping.length === 0
            ? 'First place holds whatever the weight on any single criterion.'
            : `First place holds whatever the weight on the other ${holding} ${holding === 1 ? 'criterion' : 'criteria'}.`}
        </p>
      )}
    </>
  );
}
