import { escapeMarkup } from './markup';
import type { Block, Briefing, BriefingSection, Inline, SourceRef, TableCell } from './model';
import { fixText } from './refs';
import { chartSvg } from './svgCharts';
import { dayText } from './words';

/**
 * The briefing as one self-contained HTML document: the preview shows it and the PDF is it, printed. No
 * scripts, no external resources (a CSP says so), an inline print stylesheet, charts as inline SVG. Every
 * text is escaped; user text is marked `dir="auto"` so a right-to-left name cannot reorder what is around it.
 * Elements carrying a reference have plain `data-ref-kind`, `data-ref-id`, `data-ref-tab` and `data-ref-label`
 * attributes, for the preview to link them to the record.
 *
 * Page numbers come from the `@page` margin box (Chromium prints those since version 131); print without the
 * printer's own header and footer (`displayHeaderFooter: false`) and with `preferCSSPageSize: true`.
 */

export interface HtmlOptions {
  /** A4 by default; Letter where the locale uses it. */
  pageSize?: 'A4' | 'Letter';
}

const attr = (name: string, value: string) => ` ${name}="${escapeMarkup(value)}"`;

function refAttrs(ref: SourceRef | undefined): string {
  if (!ref) return '';
  return (
    attr('data-ref-kind', ref.kind) +
    (ref.id === undefined ? '' : attr('data-ref-id', ref.id)) +
    attr('data-ref-tab', ref.tab) +
    attr('data-ref-label', ref.label)
  );
}

/** Text with its line breaks kept. */
const content = (text: string) => escapeMarkup(text).replace(/\r\n|\r|\n/g, '<br>');

function inline(run: Inline): string {
  const html = run.strong ? `<strong>${content(run.text)}</strong>` : content(run.text);
  const attrs = refAttrs(run.ref) + (run.user ? ' dir="auto"' : '');
  return attrs === '' ? html : `<span${attrs}>${html}</span>`;
}

const inlines = (runs: readonly Inline[]) => runs.map(inline).join('');

/** A word this long would widen its column past the page: such a cell may break anywhere. */
const unbreakable = /\S{25,}/;

function tableCell(cell: TableCell | undefined): string {
  if (!cell) return '<td></td>';
  const classes = [cell.numeric ? 'num' : '', unbreakable.test(cell.text) ? 'long' : ''].filter((name) => name !== '');
  const attrs =
    (classes.length > 0 ? ` class="${classes.join(' ')}"` : '') + (cell.user ? ' dir="auto"' : '') + refAttrs(cell.ref);
  return `<td${attrs}>${content(cell.text)}</td>`;
}

function table(caption: string, header: readonly string[], rows: ReadonlyArray<readonly TableCell[]>): string {
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => row[c]?.numeric === true));
  const head = header
    .map((title, c) => `<th scope="col"${numeric[c] ? ' class="num"' : ''}>${escapeMarkup(title)}</th>`)
    .join('');
  const body = rows.map((row) => `<tr>${header.map((_, c) => tableCell(row[c])).join('')}</tr>`).join('');
  return `<table><caption>${escapeMarkup(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function block(item: Block): string {
  switch (item.kind) {
    case 'subheading':
      return `<h3>${inlines(item.content)}</h3>`;
    case 'paragraph':
      return `<p>${inlines(item.content)}</p>`;
    case 'bullets':
      return `<ul>${item.items.map((runs) => `<li>${inlines(runs)}</li>`).join('')}</ul>`;
    case 'figures':
      return `<dl class="figures">${item.items
        .map(
          (figure) =>
            `<div class="figure"${refAttrs(figure.ref)}><dt dir="auto">${escapeMarkup(figure.label)}</dt><dd dir="auto">${escapeMarkup(figure.value)}</dd></div>`,
        )
        .join('')}</dl>`;
    case 'table':
      return table(item.caption, item.header, item.rows);
    case 'chart':
      return `<figure class="chart"${refAttrs(item.ref)}><figcaption>${escapeMarkup(item.title)}</figcaption>${chartSvg(item.chart, item.alt)}</figure>`;
    case 'callout': {
      const fix = item.fix
        ? `<p class="callout__fix"${refAttrs(item.fix)}>${escapeMarkup(fixText(item.fix, item.tone === 'gap' ? 'gap' : 'other'))}</p>`
        : '';
      return `<aside class="callout callout--${item.tone}" role="note"><p class="callout__title">${escapeMarkup(item.title)}</p><p>${inlines(item.content)}</p>${fix}</aside>`;
    }
  }
}

function section(item: BriefingSection): string {
  const id = escapeMarkup(item.id);
  return `<section class="section section--${id}" id="section-${id}" data-section="${id}" data-gap="${item.gap}" aria-labelledby="heading-${id}"><h2 id="heading-${id}">${escapeMarkup(item.title)}</h2>${item.blocks.map(block).join('')}</section>`;
}

function cover(briefing: Briefing): string {
  const meta: Array<[string, string, boolean]> = [
    ['Function', briefing.functionLabel, false],
    ['Prepared for', briefing.audienceLabel, false],
    ['Date', dayText(briefing.date), false],
    ...(briefing.preparedBy === '' ? [] : [['Prepared by', briefing.preparedBy, true] as [string, string, boolean]]),
  ];
  return `<header class="cover"><p class="cover__kicker">Briefing for the ${escapeMarkup(briefing.audienceLabel)}</p><h1>${escapeMarkup(briefing.title)}</h1><p class="cover__project" dir="auto">${escapeMarkup(briefing.projectName)}</p><dl class="cover__meta">${meta
    .map(
      ([term, value, user]) =>
        `<div><dt>${escapeMarkup(term)}</dt><dd${user ? ' dir="auto"' : ''}>${escapeMarkup(value)}</dd></div>`,
    )
    .join('')}</dl></header>`;
}

const pageSizes = { A4: 'A4', Letter: 'letter' } as const;

function stylesheet(pageSize: keyof typeof pageSizes, variant: 'board' | 'full'): string {
  // The board's briefing is one page: narrower margins and a smaller type size give it the room.
  return `
@page { size: ${pageSizes[pageSize]}; margin: ${variant === 'board' ? '12mm 14mm 14mm' : '18mm 16mm 20mm'};
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #6b7280; } }
:root { color-scheme: light; }
html { font: 10.5pt/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: #1f2937; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
main { max-width: 178mm; margin: 0 auto; padding: 12mm 8mm; }
@media print { main { max-width: none; padding: 0; } }
.cover { border-bottom: 2px solid #1f3a5f; padding-bottom: 8pt; margin-bottom: 12pt; }
.cover__kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8.5pt; color: #4b5563; margin: 0 0 2pt; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 3pt; color: #1f3a5f; }
.cover__project { font-size: 12.5pt; font-weight: 600; margin: 0; }
.cover__meta { display: flex; flex-wrap: wrap; gap: 2pt 18pt; margin: 6pt 0 0; font-size: 9pt; }
.cover__meta div { display: flex; gap: 4pt; }
.cover__meta dt { color: #6b7280; }
.cover__meta dd { margin: 0; }
h2 { font-size: 14pt; color: #1f3a5f; margin: 16pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #d1d5db;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
ul { margin: 0 0 8pt; padding-left: 16pt; }
li { margin-bottom: 2pt; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9pt; break-inside: avoid; page-break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 3pt; }
th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid #e5e7eb; overflow-wrap: break-word; }
td.long { overflow-wrap: anywhere; }
thead { display: table-header-group; }
thead th { background: #f3f4f6; border-bottom: 1px solid #9ca3af; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(32mm, 1fr)); gap: 6pt; margin: 6pt 0 10pt; break-inside: avoid; }
.figure { border: 1px solid #d1d5db; border-radius: 4pt; padding: 5pt 7pt; }
.figure dt { font-size: 8pt; color: #4b5563; }
.figure dd { margin: 2pt 0 0; font-size: 11.5pt; font-weight: 700; font-variant-numeric: tabular-nums; }
.callout { border-left: 4px solid #6b7280; background: #f9fafb; padding: 6pt 9pt; margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
.callout p:last-child { margin-bottom: 0; }
.callout__title { font-weight: 700; margin: 0 0 2pt; }
.callout--recommendation { border-color: #1f5fa8; background: #eef4fb; }
.callout--decision { border-color: #6d28d9; background: #f5f0ff; }
.callout--gap { border-left-style: dashed; border-color: #b45309; background: #fff7ed; }
.callout--warning { border-color: #d97706; background: #fffbeb; }
.callout__fix { font-size: 8.5pt; color: #6b7280; margin-top: 3pt; }
figure.chart { margin: 6pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 9.5pt; margin-bottom: 3pt; }
figure.chart svg { display: block; width: 100%; height: auto; max-height: 95mm; }
.briefing--full .section--summary { break-after: page; }
.briefing--full .section--method { break-before: page; }
.briefing--board { font-size: 8.8pt; line-height: 1.35; }
.briefing--board h1 { font-size: 15pt; }
.briefing--board h2 { font-size: 11.5pt; margin-top: 8pt; }
.briefing--board .cover { margin-bottom: 6pt; padding-bottom: 5pt; }
.briefing--board p, .briefing--board ul { margin-bottom: 4pt; }
.briefing--board .callout { padding: 4pt 8pt; margin: 4pt 0 6pt; }
.briefing--board .figures { margin: 4pt 0 6pt; }
.briefing--board .figure dd { font-size: 10pt; }
.briefing--board table { font-size: 8.3pt; margin-bottom: 6pt; }
@media screen { [data-ref-kind] { cursor: pointer; } [data-ref-kind]:hover { background: #eef4fb; } }
`;
}

export function renderBriefingHtml(briefing: Briefing, options: HtmlOptions = {}): string {
  const pageSize = options.pageSize ?? 'A4';
  const variant = briefing.audience === 'board' ? 'board' : 'full';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(`${briefing.title} — ${briefing.projectName}`)}</title>`,
    `<style>${stylesheet(pageSize, variant)}</style>`,
    '</head>',
    '<body>',
    `<main class="briefing briefing--${variant}" data-audience="${escapeMarkup(briefing.audience)}">`,
    cover(briefing),
    ...briefing.sections.map(section),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
