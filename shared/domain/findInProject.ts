import { costCategoryIds, costCategoryLabels } from '../model/costCategories';
import type { Project } from '../model/project';

/** The workspace tab a found record lives on. */
export type FindTab = 'checklist' | 'costs' | 'vendors' | 'plan';

export type FindKind = 'Checklist item' | 'Vendor' | 'Criterion' | 'Expectation' | 'Risk' | 'Goal' | 'Cost note';

export interface FindResult {
  tab: FindTab;
  kind: FindKind;
  /** The record's id (for a cost note, its category), to bring it into view. */
  id: string;
  title: string;
  /** Where the words were found, shortened around the first of them. */
  snippet: string;
  /** The found words in `snippet`, as [start, end) character ranges, for highlighting. */
  highlights: Array<[number, number]>;
}

/** A record as Find sees it: its title and every text field worth searching, title first. */
interface Searchable {
  tab: FindTab;
  kind: FindKind;
  id: string;
  title: string;
  fields: string[];
}

const snippetRadius = 60;
export const findResultLimit = 50;

/**
 * Every record of the project whose text holds all the words of `query` (in any of its fields, in any
 * order, ignoring case and accents): checklist items, vendors, criteria, expectations (KPIs), risks, goals and
 * cost notes. Records whose title holds every word come first; otherwise the order is the workspace's. At most
 * `findResultLimit` results.
 */
export function findInProject(project: Project, query: string): FindResult[] {
  const words = fold(query).text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found: Array<{ result: FindResult; inTitle: boolean }> = [];
  for (const record of searchables(project)) {
    const texts = record.fields.map(fold);
    if (!words.every((word) => texts.some((text) => text.text.includes(word)))) continue;
    const inTitle = words.every((word) => texts[0]?.text.includes(word));
    const where = texts.findIndex((text) => text.text.includes(words[0] ?? ''));
    const field = record.fields[where] ?? record.title;
    found.push({
      result: { tab: record.tab, kind: record.kind, id: record.id, title: record.title, ...excerpt(field, words) },
      inTitle,
    });
  }
  return found
    .map((entry, order) => ({ ...entry, order }))
    .toSorted((a, b) => Number(b.inTitle) - Number(a.inTitle) || a.order - b.order)
    .slice(0, findResultLimit)
    .map((entry) => entry.result);
}

/** A record whose first field is its title. */
const record = (tab: FindTab, kind: FindKind, id: string, fields: string[]): Searchable => ({
  tab,
  kind,
  id,
  title: fields[0] ?? '',
  fields,
});

function* searchables(project: Project): Generator<Searchable> {
  for (const item of project.checklist.items) {
    const evidence = item.evidence.map((link) => link.label);
    yield record('checklist', 'Checklist item', item.id, [
      item.title,
      item.notes,
      item.owner,
      item.naReason,
      ...evidence,
    ]);
  }
  for (const category of costCategoryIds) {
    const note = project.costs.categoryNotes[category];
    if (note) yield record('costs', 'Cost note', category, [costCategoryLabels[category], note]);
  }
  for (const vendor of project.vendors.vendors) {
    yield record('vendors', 'Vendor', vendor.id, [vendor.name, vendor.notes, vendor.contact]);
  }
  for (const criterion of project.vendors.criteria) {
    yield record('vendors', 'Criterion', criterion.id, [criterion.name, criterion.question]);
  }
  for (const goal of project.plan.goals) yield record('plan', 'Goal', goal.id, [goal.goal, goal.contribution]);
  for (const { id, objective, kpi, baseline, target, measurement, consequence } of project.plan.expectations) {
    yield record('plan', 'Expectation', id, [objective, kpi, baseline, target, measurement, consequence]);
  }
  for (const risk of project.plan.risks) {
    yield record('plan', 'Risk', risk.id, [risk.description, risk.mitigation, risk.owner]);
  }
}

/** Text folded for matching (lower case, no accents), with where each folded character came from. */
interface Folded {
  text: string;
  /** For each character of `text`, its index in the original. */
  origin: number[];
}

function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < original.length; index += 1) {
    const folded = (original[index] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const character of folded) {
      text += character;
      origin.push(index);
    }
  }
  return { text, origin };
}

/** The part of `field` around the first word found, with every found word marked. */
function excerpt(field: string, words: readonly string[]): Pick<FindResult, 'snippet' | 'highlights'> {
  const folded = fold(field);
  const first = folded.origin[folded.text.indexOf(words[0] ?? '')] ?? 0;
  const from = Math.max(0, first - snippetRadius);
  const to = Math.min(field.length, first + 2 * snippetRadius);
  // Cut at spaces, so no word shows in part.
  const spaceAfterFrom = field.indexOf(' ', from);
  const start = from === 0 || spaceAfterFrom === -1 || spaceAfterFrom >= first ? from : spaceAfterFrom + 1;
  const spaceBeforeTo = field.lastIndexOf(' ', to);
  const end = to === field.length || spaceBeforeTo <= first ? to : spaceBeforeTo;
  const snippet = `${start > 0 ? '…' : ''}${field.slice(start, end).replace(/\s+/g, ' ')}${end < field.length ? '…' : ''}`;
  return { snippet, highlights: highlightsIn(snippet, words) };
}

/** Every occurrence of every word in `text`, merged where they overlap. */
function highlightsIn(text: string, words: readonly string[]): Array<[number, number]> {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    for (let at = folded.text.indexOf(word); at !== -1; at = folded.text.indexOf(word, at + word.length)) {
      const from = folded.origin[at] ?? 0;
      const to = (folded.origin[at + word.length - 1] ?? from) + 1;
      ranges.push([from, to]);
    }
  }
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges.toSorted((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
