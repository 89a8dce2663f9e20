import { AlertTriangle, ArrowRight, CheckCircle2 } from 'lucide-react';
import { checklistArea } from '../../../shared/catalog/checklistAreas';
import { readinessLevels, type LevelGate } from '../../../shared/domain/readiness';
import { levelLabels, levelMeanings } from './labels';
import { useReadiness } from './useReadiness';

/** "To be ready for vendors: finish these 3 items …" */
function gateSentence(gate: LevelGate): string {
  const parts: string[] = [];
  if (gate.missing.length > 0) {
    parts.push(
      `finish ${gate.missing.length === 1 ? 'this must-have item' : `these ${gate.missing.length} must-have items`}`,
    );
  }
  if (gate.scoreShortfall !== null) {
    const points = Math.ceil(gate.scoreShortfall);
    parts.push(`raise the score by ${points} ${points === 1 ? 'point' : 'points'} to 85`);
  }
  return `To be ${levelLabels[gate.level].toLowerCase()}: ${parts.join(', and ')}.`;
}

/** Score, level and the way to the next level; per-area progress; overdue count; next actions. */
export function ReadinessSummary({
  compact = false,
  onShowItem,
}: {
  compact?: boolean;
  onShowItem?(id: string): void;
}) {
  const report = useReadiness();
  if (!report) return null;
  // Rounded down, so 84.6 never reads as the 85 the last gate asks for.
  const score = Math.floor(report.score);
  const levelIndex = readinessLevels.indexOf(report.level);

  return (
    <section className="readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="readiness__title">
        Readiness
      </h2>
      <div className="readiness__headline">
        <div className="readiness__score" role="img" aria-label={`Readiness score ${score} out of 100`}>
          <span className="readiness__score-value">{score}</span>
          <span className="readiness__score-unit">/100</span>
        </div>
        <div>
          <p className={`level-badge level-badge--${report.level}`} data-testid="readiness-level">
            {levelLabels[report.level]}
          </p>
          <p className="readiness__meaning">{levelMeanings[report.level]}</p>
        </div>
      </div>

      <ol className="level-ladder" aria-label="Readiness levels">
        {readinessLevels.map((level, index) => (
          <li
            key={level}
            className={index <= levelIndex ? 'level-ladder__step level-ladder__step--reached' : 'level-ladder__step'}
            aria-current={index === levelIndex ? 'step' : undefined}
          >
            {levelLabels[level]}
          </li>
        ))}
      </ol>

      {report.nextGate ? (
        <div className="gate">
          <p className="gate__sentence">{gateSentence(report.nextGate)}</p>
          {report.nextGate.missing.length > 0 && (
            <ul className="gate__items">
              {report.nextGate.missing.slice(0, 6).map((item) => (
                <li key={item.id}>
                  <button type="button" className="link-button" onClick={() => onShowItem?.(item.id)}>
                    {item.title}
                  </button>
                  {item.owner ? <span className="muted"> — {item.owner}</span> : null}
                </li>
              ))}
              {report.nextGate.missing.length > 6 && (
                <li className="muted">and {report.nextGate.missing.length - 6} more</li>
              )}
            </ul>
          )}
        </div>
      ) : (
        <p className="gate gate--done">
          <CheckCircle2 size={16} aria-hidden /> Every must-have is done and the score is above 85.
        </p>
      )}

      {report.overdue.length > 0 && (
        <p className="readiness__overdue">
          <AlertTriangle size={15} aria-hidden /> {report.overdue.length} overdue{' '}
          {report.overdue.length === 1 ? 'item' : 'items'}
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
}
