import { catalogSources, sourceTopics } from './sources';
import type { CatalogSource } from './types';

/** How an item's source reads: "BPO partnership tips · Tip 3": the work's label, then where in it. */
const separator = ' · ';

export function formatSource(label: string, detail: string): string {
  return `${label}${separator}${detail}`;
}

/** An item's or criterion's source, in words for a badge and in full for whoever wants to look it up. */
export interface SourceWords {
  /** What a badge says: "Tip 1 · involve the C-suite", "GDPR · Art. 9 and Art. 35", "Fully loaded cost". */
  badge: string;
  /** The work in full, when the source is one of the catalog's works. */
  work: string | null;
  /** Where in the work: "Tip 1", "Art. 9 and Art. 35"; the whole text for a source the catalog does not know. */
  detail: string;
  /** What that part of the work is about, when the catalog says. */
  topic: string | null;
}

const sourcesByLabel = new Map<string, CatalogSource>(Object.values(catalogSources).map((s) => [s.label, s]));

export function describeSource(text: string): SourceWords {
  const cut = text.indexOf(separator);
  const source = cut === -1 ? undefined : sourcesByLabel.get(text.slice(0, cut));
  if (!source) return { badge: text, work: null, detail: text, topic: null };
  const detail = text.slice(cut + separator.length);
  const topic = sourceTopics[source.id]?.[detail] ?? null;
  // The seed documents and common practice are known by their parts; a standard or a law by its own name.
  const byPart = source.id === 'practice' || source.id in sourceTopics;
  const badge = topic ? formatSource(detail, topic) : byPart ? detail : text;
  return { badge, work: source.title, detail, topic };
}
