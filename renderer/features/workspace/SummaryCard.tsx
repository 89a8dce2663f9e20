import { ArrowRight, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  icon: LucideIcon;
  title: string;
  figures: Array<{ label: string; value: ReactNode }>;
  /** One sentence under the figures, when the section has something to say. */
  note?: ReactNode;
  action: string;
  onOpen(): void;
}

/** A section's few key figures on the Overview, with the way into the section. */
export function SummaryCard({ id, icon: Icon, title, figures, note, action, onOpen }: Props) {
  return (
    <section className="card summary-card" aria-labelledby={`overview-${id}-title`}>
      <header className="summary-card__header">
        <Icon size={18} aria-hidden />
        <h2 id={`overview-${id}-title`}>{title}</h2>
      </header>
      <dl className="summary-card__figures">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {note && <p className="summary-card__note">{note}</p>}
      <button type="button" className="button button--small" onClick={onOpen}>
        {action} <ArrowRight size={15} aria-hidden />
      </button>
    </section>
  );
}
