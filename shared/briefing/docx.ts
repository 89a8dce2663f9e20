import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartTable } from './chartTable';
import { documentText } from './documentText';
import type { Block, Briefing, BriefingSection, Inline, TableCell as BriefingCell } from './model';
import { fixText } from './refs';
import { dayText } from './words';

/**
 * The briefing as a Word document, from the same model as the HTML: Title and Heading 1/2 styles, tables with
 * repeating header rows, callouts as shaded bordered paragraphs, charts as tables of their data, page numbers
 * in the footer. The board's briefing has no page breaks (one page); the others start the body and the
 * appendix on new pages. Imported on its own, lazily: docx is large. Text goes into runs, never markup, so
 * nothing a user typed can become a field, a link or an instruction.
 */

export interface DocxOptions {
  pageSize?: 'A4' | 'Letter';
}

/** Page sizes in twentieths of a point. */
const pageSizes = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const margin = 1000;
const muted = '6B7280';
const lineColour = 'D1D5DB';
const calloutColours: Record<Extract<Block, { kind: 'callout' }>['tone'], { border: string; fill: string }> = {
  recommendation: { border: '1F5FA8', fill: 'EEF4FB' },
  decision: { border: '6D28D9', fill: 'F5F0FF' },
  gap: { border: 'B45309', fill: 'FFF7ED' },
  warning: { border: 'D97706', fill: 'FFFBEB' },
  note: { border: '6B7280', fill: 'F9FAFB' },
};

/** Runs for a text, its line breaks kept as breaks. */
function runs(
  text: string,
  style: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {},
): TextRun[] {
  return documentText(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, ...style, ...(index > 0 ? { break: 1 } : {}) }));
}

const inlineRuns = (content: readonly Inline[]) =>
  content.flatMap((run) => runs(run.text, run.strong ? { bold: true } : {}));

const thin = { style: BorderStyle.SINGLE, size: 4, color: lineColour };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cellOf(text: string, options: { header?: boolean; numeric?: boolean } = {}): TableCell {
  return new TableCell({
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: noBorder, left: noBorder, right: noBorder, bottom: thin },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'F3F4F6', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { size: 18, ...(options.header ? { bold: true } : {}) }),
      }),
    ],
  });
}

function captionParagraph(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: runs(text, { bold: true, size: 19 }),
  });
}

function table(
  caption: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly BriefingCell[]>,
): Array<Paragraph | Table> {
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => row[c]?.numeric === true));
  return [
    captionParagraph(caption),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((title, c) => cellOf(title, { header: true, numeric: numeric[c] === true })),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: header.map((_, c) => cellOf(row[c]?.text ?? '', { numeric: row[c]?.numeric === true })),
            }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function figures(items: Extract<Block, { kind: 'figures' }>['items']): Array<Paragraph | Table> {
  const box = { style: BorderStyle.SINGLE, size: 4, color: lineColour };
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          cantSplit: true,
          children: items.map(
            (figure) =>
              new TableCell({
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                borders: { top: box, bottom: box, left: box, right: box },
                children: [
                  new Paragraph({ children: runs(figure.label, { size: 16, color: muted }) }),
                  new Paragraph({ children: runs(figure.value, { size: 22, bold: true }) }),
                ],
              }),
          ),
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function callout(item: Extract<Block, { kind: 'callout' }>): Paragraph {
  const colours = calloutColours[item.tone];
  const fix = item.fix
    ? [
        new TextRun({ break: 1 }),
        ...runs(fixText(item.fix, item.tone === 'gap' ? 'gap' : 'other'), { size: 17, color: muted }),
      ]
    : [];
  return new Paragraph({
    keepLines: true,
    spacing: { before: 120, after: 160 },
    shading: { type: ShadingType.CLEAR, fill: colours.fill, color: 'auto' },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: colours.border, space: 8 } },
    indent: { left: 160 },
    children: [...runs(item.title, { bold: true }), new TextRun({ break: 1 }), ...inlineRuns(item.content), ...fix],
  });
}

function block(item: Block): Array<Paragraph | Table> {
  switch (item.kind) {
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: inlineRuns(item.content) })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: inlineRuns(item.content) })];
    case 'bullets':
      return item.items.map(
        (content) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: inlineRuns(content) }),
      );
    case 'figures':
      return figures(item.items);
    case 'table':
      return table(item.caption, item.header, item.rows);
    case 'chart': {
      const data = chartTable(item.chart);
      return table(
        item.title,
        data.header,
        data.rows.map((row) => row.map(chartCell)),
      );
    }
    case 'callout':
      return [callout(item)];
  }
}

/** A chart's table: the first column names the row, the others hold its figures. */
const chartCell = (text: string, column: number): BriefingCell => ({ text, numeric: column > 0 });

function section(item: BriefingSection, pageBreakBefore: boolean): Array<Paragraph | Table> {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, keepNext: true, children: runs(item.title) }),
    ...item.blocks.flatMap(block),
  ];
}

function cover(briefing: Briefing): Paragraph[] {
  const meta = [
    `Function: ${briefing.functionLabel}`,
    `Prepared for: ${briefing.audienceLabel}`,
    `Date: ${dayText(briefing.date)}`,
    ...(briefing.preparedBy === '' ? [] : [`Prepared by: ${briefing.preparedBy}`]),
  ];
  return [
    new Paragraph({
      children: runs(`Briefing for the ${briefing.audienceLabel}`.toUpperCase(), { size: 16, color: muted }),
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(briefing.title) }),
    new Paragraph({ spacing: { after: 60 }, children: runs(briefing.projectName, { bold: true, size: 26 }) }),
    new Paragraph({
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1F3A5F', space: 6 } },
      children: meta.flatMap((line, index) =>
        runs(index === 0 ? line : `   ·   ${line}`, { size: 18, color: '374151' }),
      ),
    }),
  ];
}

export async function renderBriefingDocx(briefing: Briefing, options: DocxOptions = {}): Promise<Uint8Array> {
  const board = briefing.audience === 'board';
  // Full briefings: the summary stands alone on the first page with the cover, and the appendix starts a page.
  const breakBefore = (item: BriefingSection, index: number) =>
    !board && index > 0 && (briefing.sections[index - 1]?.id === 'summary' || item.id === 'method');
  const document = new Document({
    creator: 'Outsourcing Readiness Workbench',
    title: documentText(`${briefing.title} — ${briefing.projectName}`),
    description: documentText(`Briefing for the ${briefing.audienceLabel}`),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: board ? 19 : 21 }, paragraph: { spacing: { line: 264 } } },
        title: { run: { font: 'Calibri', size: board ? 36 : 44, bold: true, color: '1F3A5F' } },
        heading1: {
          run: { font: 'Calibri', size: board ? 24 : 28, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: board ? 160 : 320, after: 100 } },
        },
        heading2: {
          run: { font: 'Calibri', size: 22, bold: true, color: '111827' },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: pageSizes[options.pageSize ?? 'A4'],
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    color: muted,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...cover(briefing),
          ...briefing.sections.flatMap((item, index) => section(item, breakBefore(item, index))),
        ],
      },
    ],
  });
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
}
