import { CheckCircle2, CircleAlert, CircleDot } from 'lucide-react';
import type { StrengthItem } from '../../../shared/briefing';
import type { SectionProps } from '../workspace/Workspace';

/** What still weakens the case, the most serious first, each a link to where it is fixed. */
export function StrengthList({ items, onNavigate }: { items: readonly StrengthItem[] } & SectionProps) {
  const ordered = items.toSorted((a, b) => Number(b.weight === 'major') - Number(a.weight === 'major'));
  return (
    <section className="briefing-panel" aria-labelledby="briefing-strength-title">
      <h2 id="briefing-strength-title" className="briefing-panel__title">
        Strength of this briefing
      </h2>
      {ordered.length === 0 ? (
        <p className="strength strength--done">
          <CheckCircle2 size={15} aria-hidden /> Nothing missing: every section has what it needs.
        </p>
      ) : (
        <ul className="strength-list">
          {ordered.map((item) => (
            <li key={`${item.fix.tab}:${item.text}`} className={`strength strength--${item.weight}`}>
              {item.weight === 'major' ? <CircleAlert size={15} aria-hidden /> : <CircleDot size={15} aria-hidden />}
              <span>
                {item.text}{' '}
                <button type="button" className="link-button" onClick={() => onNavigate(item.fix.tab, item.fix.id)}>
                  {item.fix.label}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
