import Papa from 'papaparse';

/**
 * Text exports of user content. CSV cells that a spreadsheet would run as a formula (= + - @, tab, CR)
 * are neutralised; Markdown escapes every character that would change the document's structure.
 */

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

/** Escapes text for a Markdown paragraph or table cell: no markup, links, HTML or table breaks survive. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, ' ')
    .trim();
}

const tableRow = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
}
