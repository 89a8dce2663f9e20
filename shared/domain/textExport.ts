import Papa from 'papaparse';

/**
 * Text exports of user content. CSV cells that a spreadsheet would run as a formula (= + - @, tab, CR;
 * a plain negative number is not one) are neutralised; Markdown escapes every character that would change the document's structure.
 */

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    // Papa's default pattern needs the whole cell on one line; a formula followed by a line break must be caught too.
    // A plain negative number ("-500") is no formula and stays a number in the spreadsheet.
    { escapeFormulae: /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/, newline: '\r\n' },
  );
  // With no rows Papa already ends the header line.
  return rows.length === 0 ? body : `${body}\r\n`;
}

/** Escapes text for a Markdown paragraph or table cell: no markup, links, HTML or table breaks survive. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, ' ')
    .trim();
}

const tableRow = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
}
