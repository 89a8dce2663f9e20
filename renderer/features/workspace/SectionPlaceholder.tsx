import type { WorkspaceSection } from './sections';

/** Stands in for a section that is not built yet, saying what it will hold. */
export function SectionPlaceholder({ section }: { section: WorkspaceSection }) {
  const Icon = section.icon;
  return (
    <section className="placeholder" aria-labelledby={`${section.id}-title`}>
      <span className="placeholder__icon" aria-hidden>
        <Icon size={22} />
      </span>
      <div className="placeholder__text">
        <h2 id={`${section.id}-title`}>{section.title}</h2>
        <p className="placeholder__purpose">{section.purpose}</p>
        <h3 className="placeholder__subtitle">What you will do here</h3>
        <ul>
          {section.willHold.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="placeholder__note">This part of the workspace is being built.</p>
      </div>
    </section>
  );
}
