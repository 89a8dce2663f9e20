import { escapeMarkdown } from '../domain/textExport';
import { chartTable } from './chartTable';
import { documentText } from './documentText';
import type { Block, Briefing, BriefingSection, Inline, SourceRef, TableCell } from './model';
import { fixText } from './refs';
import { dayText, fullStop } from './words';

/**
 * The briefing as GitHub-flavoured Markdown: tables for tables, charts and figures, block quotes with a bold
 * title for callouts, references as plain text. Every text goes through `escapeMarkdown`, and what GFM
 * would turn into a link by itself (`www.`, `https:`, `javascript:`, e-mail addresses) is broken with a
 * backslash escape, which a reader never sees; so nothing a user typed becomes markup, HTML or a link.
 */

/** Schemes a Markdown renderer or its linkifier may turn into a link, followed by their colon. */
const linkSchemes = /\b(https?|ftp|mailto|xmpp|javascript|vbscript|data|file|tel):/gi;

function escapeRun(text: string): string {
  return (
    escapeMarkdown(documentText(text))
      .replace(linkSchemes, '$1\\:')
      .replace(/www\./gi, (match) => `${match.slice(0, 3)}\\.`)
      .replace(/@/g, '\\@')
      // A lone & at the end would meet the next run's text and could complete an entity such as &lt;.
      .replace(/&$/, '\\&')
  );
}

/**
 * Runs escaped and joined; consecutive strong runs share one `**…**`, and the spaces `escapeMarkdown` would
 * trim are kept between runs but never inside the asterisks (where they would stop the emphasis).
 */
function inlines(content: readonly Inline[]): string {
  const groups: Array<{ strong: boolean; runs: string[] }> = [];
  for (const run of content) {
    const strong = run.strong === true;
    const last = groups.at(-1);
    if (last && last.strong === strong) last.runs.push(run.text);
    else groups.push({ strong, runs: [run.text] });
  }
  return groups
    .map(({ strong, runs }) => {
      const pieces = runs.map((text) => documentText(text).replace(/\s+/g, ' '));
      const escaped = pieces
        .map((piece) => {
          const core = piece.trim();
          if (core === '') return piece === '' ? '' : ' ';
          return `${piece.startsWith(' ') ? ' ' : ''}${escapeRun(core)}${piece.endsWith(' ') ? ' ' : ''}`;
        })
        .join('');
      const core = escaped.trim();
      if (!strong || core === '') return escaped;
      return `${escaped.startsWith(' ') ? ' ' : ''}**${core}**${escaped.endsWith(' ') ? ' ' : ''}`;
    })
    .join('')
    .trim();
}

/**
 * In a table cell nothing can open a list or a heading, so the escapes `escapeMarkdown` puts before a
 * leading number, minus or plus ("78\.4", "\-105,000") are dropped to keep figures readable in the source.
 */
const escapeCell = (text: string) =>
  escapeRun(text)
    .replace(/^(\d+)\\([.)])/, '$1$2')
    .replace(/^\\([-+=])/, '$1');

const tableLine = (cells: readonly string[]) => `| ${cells.map((text) => escapeCell(text) || ' ').join(' | ')} |`;

function table(header: readonly string[], rows: ReadonlyArray<readonly TableCell[]>): string[] {
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => row[c]?.numeric === true));
  return [
    tableLine(header),
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => tableLine(header.map((_, c) => row[c]?.text ?? ''))),
  ];
}

const plainCells = (rows: ReadonlyArray<readonly string[]>): TableCell[][] =>
  rows.map((row) => row.map((text) => ({ text })));

function block(item: Block): string[] {
  switch (item.kind) {
    case 'subheading':
      return [`### ${inlines(item.content)}`];
    case 'paragraph':
      return [inlines(item.content)];
    case 'bullets':
      return item.items.map((content) => `- ${inlines(content)}`);
    case 'figures':
      return table(
        ['Figure', 'Value'],
        item.items.map((figure) => [{ text: figure.label }, { text: figure.value, numeric: true }]),
      );
    case 'table':
      return [`**${escapeRun(item.caption)}**`, '', ...table(item.header, item.rows)];
    case 'chart': {
      const data = chartTable(item.chart);
      return [`**${escapeRun(item.title)}**`, '', ...table(data.header, plainCells(data.rows))];
    }
    case 'callout': {
      const where = item.fix ? fixText(item.fix, item.tone === 'gap' ? 'gap' : 'other') : '';
      const fix = where === '' ? '' : ` ${escapeRun(`${where}${fullStop(where)}`)}`;
      const title = /[.?!:]$/.test(item.title) ? item.title : `${item.title}.`;
      return [`> **${escapeRun(title)}** ${inlines(item.content)}${fix}`];
    }
  }
}

function refsOf(section: BriefingSection): SourceRef[] {
  const found: SourceRef[] = [];
  const add = (ref: SourceRef | undefined) => {
    if (ref) found.push(ref);
  };
  for (const item of section.blocks) {
    switch (item.kind) {
      case 'subheading':
      case 'paragraph':
      case 'callout':
        item.content.forEach((run) => add(run.ref));
        break;
      case 'bullets':
        item.items.flat().forEach((run) => add(run.ref));
        break;
      case 'figures':
        item.items.forEach((figure) => add(figure.ref));
        break;
      case 'table':
        item.rows.flat().forEach((tableCell) => add(tableCell.ref));
        break;
      case 'chart':
        add(item.ref);
        break;
    }
  }
  return found;
}

function renderSection(item: BriefingSection): string[] {
  const labels = [...new Set(refsOf(item).map((ref) => ref.label))];
  return [
    `## ${escapeRun(item.title)}`,
    '',
    ...item.blocks.flatMap((entry) => [...block(entry), '']),
    ...(labels.length > 0 ? [`Sources in the workbench: ${labels.map(escapeRun).join('; ')}.`, ''] : []),
  ];
}

export function renderBriefingMarkdown(briefing: Briefing): string {
  const cover = [
    `- Project: ${escapeRun(briefing.projectName)}`,
    `- Function: ${escapeRun(briefing.functionLabel)}`,
    `- Prepared for: ${escapeRun(briefing.audienceLabel)}`,
    `- Date: ${escapeRun(dayText(briefing.date))}`,
    ...(briefing.preparedBy === '' ? [] : [`- Prepared by: ${escapeRun(briefing.preparedBy)}`]),
  ];
  return [`# ${escapeRun(briefing.title)}`, '', ...cover, '', ...briefing.sections.flatMap(renderSection)].join('\n');
}
