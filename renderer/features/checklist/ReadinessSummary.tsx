import { memo } from 'react';
import { AlertTriangle, ArrowRight, Check, CheckCircle2 } from 'lucide-react';
import { checklistArea } from '../../../shared/catalog/checklistAreas';
import { gateScore, type LevelGate, type ReadinessReport } from '../../../shared/domain/readiness';
import { levelLabels, levelMeanings, readinessLevels, stageLabels } from '../../../shared/domain/readinessLabels';
import type { ChecklistItem } from '../../../shared/model/checklist';
import { useReadiness } from './useReadiness';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What one step of the ladder says about its gate, beside its name: the first thing it still lacks. */
function stepNote(gate: LevelGate | undefined, reached: boolean): string {
  if (!gate) return 'Where every project starts';
  if (reached) return `Reached: everything needed ${stageLabels[gate.stage]} is done or waived`;
  if (gate.missing.length > 0) return plural(gate.missing.length, 'must-have open', 'must-haves open');
  if (gate.needsDoneItem) return 'Nothing done yet';
  if (gate.scoreShortfall !== null) return `Score below ${gateScore}`;
  return 'Follows once the steps before it are reached';
}

/** The five-step ladder: where the project stands, and for each gate above it what is still open. */
function Ladder({ report }: { report: ReadinessReport }) {
  const levelIndex = readinessLevels.indexOf(report.level);
  return (
    <ol className="level-ladder" aria-label="Readiness levels">
      {readinessLevels.map((level, index) => {
        const gate = report.gates.find((g) => g.level === level);
        const reached = index <= levelIndex;
        const state =
          index === levelIndex ? 'current' : reached ? 'reached' : index === levelIndex + 1 ? 'next' : 'later';
        return (
          <li
            key={level}
            className={`level-ladder__step level-ladder__step--${state}`}
            aria-current={index === levelIndex ? 'step' : undefined}
          >
            <span className="level-ladder__marker" aria-hidden>
              {reached ? <Check size={12} strokeWidth={3} /> : index + 1}
            </span>
            <span className="level-ladder__text">
              <span className="level-ladder__label">{levelLabels[level]}</span>
              {index >= levelIndex && <span className="level-ladder__note">{stepNote(gate, reached)}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** What the panel's item links do: show the item in the checklist, or ask for a missing reason. */
interface ItemLinks {
  onShowItem?(id: string): void;
  /** Asks for the reason of a must-have marked n/a without one; without it, the item is shown instead. */
  onAddReason?(id: string): void;
}

/** Title of an item that blocks a gate, with what is missing when it is n/a without its reason. */
function BlockerEntry({ item, links: { onShowItem, onAddReason } }: { item: ChecklistItem; links: ItemLinks }) {
  const reasonMissing = item.status === 'n/a';
  return (
    <li>
      <button type="button" className="link-button" onClick={() => onShowItem?.(item.id)}>
        {item.title}
      </button>
      <span className="muted">
        {reasonMissing ? ' — marked not applicable without a reason' : ''}
        {item.owner ? ` — ${item.owner}` : ''}
      </span>
      {reasonMissing && onAddReason && (
        <>
          {' '}
          <button
            type="button"
            className="link-button"
            aria-label={`Add the reason for ${item.title}`}
            onClick={() => onAddReason(item.id)}
          >
            Add the reason
          </button>
        </>
      )}
    </li>
  );
}

/** What the next gate still needs: must-haves, one item actually done, and the score. */
function NextGate({ gate, links }: { gate: LevelGate; links: ItemLinks }) {
  const shown = gate.missing.slice(0, 6);
  return (
    <div className="gate" data-testid="next-gate">
      <p className="gate__sentence">To be {levelLabels[gate.level].toLowerCase()}:</p>
      <ul className="gate__needs">
        {gate.missing.length > 0 && (
          <li>
            Finish or waive {gate.missing.length === 1 ? 'this must-have' : `these ${gate.missing.length} must-haves`},
            needed {stageLabels[gate.stage]}:
            <ul className="gate__items">
              {shown.map((item) => (
                <BlockerEntry key={item.id} item={item} links={links} />
              ))}
              {gate.missing.length > shown.length && (
                <li className="muted">and {gate.missing.length - shown.length} more</li>
              )}
            </ul>
          </li>
        )}
        {/* Finishing a missing must-have also marks an item done, so this is said once nothing else is left. */}
        {gate.needsDoneItem && gate.missing.length === 0 && (
          <li>Mark at least one item needed {stageLabels[gate.stage]} as done.</li>
        )}
        {gate.scoreShortfall !== null && gate.score !== null && (
          <li>
            Raise the score of the items needed {stageLabels[gate.stage]} from {Math.floor(gate.score)} to {gateScore} (
            {plural(Math.ceil(gate.scoreShortfall), 'point', 'points')} to go).
          </li>
        )}
      </ul>
    </div>
  );
}

/** Score, level and the ladder with the way to the next step; waivers; per-area progress; overdue; next actions. */
export const ReadinessSummary = memo(function ReadinessSummary({
  compact = false,
  ...links
}: { compact?: boolean } & ItemLinks) {
  const { onShowItem } = links;
  const report = useReadiness();
  if (!report) return null;
  // Rounded down, so 84.6 never reads as the 85 the last gates ask for.
  const score = report.score === null ? null : Math.floor(report.score);

  return (
    <section className="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="readiness__title">
        Readiness
      </h2>
      <div className="readiness__headline">
        <div
          className="readiness__score"
          role="img"
          aria-label={score === null ? 'Readiness score: nothing to assess' : `Readiness score ${score} out of 100`}
        >
          <span className="readiness__score-value">{score ?? '—'}</span>
          <span className="readiness__score-unit">{score === null ? 'nothing to assess' : '/100'}</span>
        </div>
        <div>
          <p className={`level-badge level-badge--${report.level}`} data-testid="readiness-level">
            {levelLabels[report.level]}
          </p>
          <p className="readiness__meaning">{levelMeanings[report.level]}</p>
        </div>
      </div>

      <Ladder report={report} />

      {report.nextGate ? (
        <NextGate gate={report.nextGate} links={links} />
      ) : (
        <p className="gate gate--done">
          <CheckCircle2 size={16} aria-hidden /> Every must-have is done or waived and the score is at least {gateScore}
          .
        </p>
      )}

      {report.waivers.length > 0 && (
        <>
          <h3 className="readiness__subtitle">Waived must-haves</h3>
          <ul className="waivers" aria-label="Waived must-haves">
            {report.waivers.map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => onShowItem?.(item.id)}>
                  {item.title}
                </button>
                <span className="waivers__reason">“{item.naReason.trim()}”</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {report.overdue.length > 0 && (
        <p className="readiness__overdue">
          <AlertTriangle size={15} aria-hidden /> {plural(report.overdue.length, 'overdue item', 'overdue items')}
        </p>
      )}

      {!compact && (
        <>
          <h3 className="readiness__subtitle">By area</h3>
          <ul className="area-bars">
            {report.areas.map((area) => {
              const value = area.score === null ? null : Math.round(area.score);
              return (
                <li key={area.areaId} className="area-bars__row">
                  <span className="area-bars__label">{checklistArea(area.areaId).title}</span>
                  <span
                    className="area-bars__track"
                    role="meter"
                    aria-label={checklistArea(area.areaId).title}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={value ?? 0}
                    aria-valuetext={value === null ? 'not applicable' : `${value} out of 100`}
                  >
                    <span className="area-bars__fill" style={{ width: `${value ?? 0}%` }} />
                  </span>
                  <span className="area-bars__value">{value === null ? 'n/a' : value}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3 className="readiness__subtitle">Next actions</h3>
      {report.nextActions.length === 0 ? (
        <p className="muted">Nothing open.</p>
      ) : (
        <ol className="next-actions">
          {report.nextActions.map((item) => (
            <li key={item.id}>
              <ArrowRight size={14} aria-hidden />
              <span>
                <button type="button" className="link-button" onClick={() => onShowItem?.(item.id)}>
                  {item.title}
                </button>
                <span className="muted">
                  {[
                    item.mustHave ? 'must-have' : null,
                    `needed ${stageLabels[item.stage]}`,
                    item.status === 'n/a' ? 'reason missing' : null,
                    item.owner || 'no owner',
                    item.dueDate ? `due ${item.dueDate}` : null,
                  ]
                    .filter(Boolean)
                    .map((part) => ` · ${part}`)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
