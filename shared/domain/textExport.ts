import Papa from 'papaparse';
import { stripInvisibleControls } from '../cleanText';

/**
 * Text exports of user content. CSV cells that a spreadsheet would run as a formula (= + - @, tab, CR;
 * a plain negative number is not one) are neutralised; Markdown escapes every character that would change the
 * document's structure, and only those.
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

/**
 * Escapes text for a Markdown paragraph, heading or table cell: no markup, links, HTML, entities or table
 * breaks survive, and no line break or hidden direction control. Plain hyphens, dots and hashes inside words
 * stay as written ("follow-up", "2027-02-15", "v2.1"); only where they would start a list or heading are they escaped.
 */
export function escapeMarkdown(text: string): string {
  return (
    stripInvisibleControls(text)
      .replace(/\r\n|\r|\n|\t/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
      // An entity such as &lt; or &#x202E; would be decoded; a lone & would not.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // A # that starts the text or a word could open or close a heading.
      .replace(/(^|\s)#/g, '$1\\#')
      // What would open a list, a quote, a rule or a setext heading at the start of a paragraph.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

const tableRow = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
}
