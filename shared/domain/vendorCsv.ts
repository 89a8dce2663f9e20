import Papa from 'papaparse';
import { newId } from '../ids';
import type { Project } from '../model/project';
import { VendorSchema, type Score, type Vendor } from '../model/vendors';
import { toCsv } from './textExport';

/**
 * CSV round-trips for vendor evaluation: a vendor list in, a score sheet out and back in. Every imported row is
 * reported as accepted or rejected with a reason the owner can act on; nothing in a file can crash the import.
 */

export interface CsvRowReport {
  /** The row number a spreadsheet shows for this record (the first row, usually the header, is 1). */
  line: number;
  accepted: boolean;
  /** What happened to the row, in plain words. */
  reason: string;
}

interface CsvRecord {
  line: number;
  cells: string[];
}

interface CsvTable {
  /** Lower-cased, trimmed column name → its first index. */
  columns: Map<string, number>;
  headerLine: number;
  records: CsvRecord[];
  /** Row index (0-based, as Papa counts) → why the parser could not read it. */
  unreadable: Map<number, string>;
}

const candidateDelimiters = [',', ';', '\t'] as const;

/** The header line decides the delimiter: Papa's guess can pick `;` when a cell holds a few semicolons. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const counts = candidateDelimiters.map((d) => firstLine.split(d).length - 1);
  const most = Math.max(...counts);
  return candidateDelimiters[counts.indexOf(most)] ?? ',';
}

// A spreadsheet runs a cell that starts with = + - @, a tab or a CR as a formula; exports put a quote before it.
// A cell that already starts with quotes and then such a character gets one more quote on export, so that
// removing exactly one on import gives back every cell as it was.
const quotedFormulaStart = /^'+[=+\-@\t\r]/;

/** A cell as the export writes it, before `toCsv` neutralises formula starts. */
function withQuotesKept(cell: string): string {
  return quotedFormulaStart.test(cell) ? `'${cell}` : cell;
}

/** Undoes the quote an export put before a formula start (see `withQuotesKept`). */
function unneutralised(cell: string): string {
  return quotedFormulaStart.test(cell) ? cell.slice(1) : cell;
}

/** The file's line break, from the first one in it (a lone CR in a quoted cell must not fool a guess). */
function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  const first = /\r\n|\n|\r/.exec(text)?.[0];
  return first === '\r\n' || first === '\r' ? first : '\n';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Parses CSV text into a header and records; null when the file holds nothing but blank lines. */
function readCsv(text: string): CsvTable | null {
  const body = text.replace(/^\ufeff/, '');
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    delimiter: delimiterOf(body),
    newline: newlineOf(body),
    skipEmptyLines: false,
  });
  const unreadable = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined)
      unreadable.set(error.row, 'A quoted cell is not closed, so this row could not be read.');
  }
  const all = parsed.data.map((cells, index) => ({ line: index + 1, cells }));
  const headerIndex = all.findIndex((record) => !isBlank(record.cells));
  const header = all[headerIndex];
  if (!header) return null;
  const columns = new Map<string, number>();
  header.cells.forEach((name, index) => {
    const key = unneutralised(name).trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, index);
  });
  return {
    columns,
    headerLine: header.line,
    records: all.slice(headerIndex + 1).filter((record) => !isBlank(record.cells)),
    unreadable,
  };
}

/** The cell of a named column in a record ('' when the column or the cell is absent). */
function cellOf(table: CsvTable, record: CsvRecord, column: string): string {
  const index = table.columns.get(column);
  return index === undefined ? '' : unneutralised(record.cells[index] ?? '');
}

function missingColumns(table: CsvTable, required: readonly string[]): string[] {
  return required.filter((name) => !table.columns.has(name.toLowerCase()));
}

const nameKey = (name: string) => name.trim().toLowerCase();
const thousands = (n: number) => n.toLocaleString('en-US');

// ——— Vendor list ————————————————————————————————————————————————————————————————————————————

const maxVendors = 500;
const vendorFieldLimits = { name: 200, contact: 500, website: 500, notes: 10_000 } as const;

export interface VendorImport {
  /** The vendors to add (new ones only), each with a fresh id. */
  vendors: Vendor[];
  rows: CsvRowReport[];
}

/**
 * Reads a vendor list with the columns Name (required), Contact, Website and Notes, in any order and any
 * letter case, separated by commas, semicolons or tabs. A name already in the project, or earlier in the file, is
 * rejected as a duplicate; blank lines are skipped without a report.
 */
export function vendorsFromCsv(text: string, existing: readonly Vendor[]): VendorImport {
  const table = readCsv(text);
  if (!table) return { vendors: [], rows: [] };
  if (missingColumns(table, ['Name']).length > 0) {
    return {
      vendors: [],
      rows: [
        {
          line: table.headerLine,
          accepted: false,
          reason: 'No “Name” column: the first row must name the columns, for example Name, Contact, Website, Notes.',
        },
      ],
    };
  }

  /** Name key → 'listed' for vendors already in the project, else the row that brought it in. */
  const known = new Map<string, number | 'listed'>(existing.map((vendor) => [nameKey(vendor.name), 'listed']));
  const vendors: Vendor[] = [];
  const rows = table.records.map((record): CsvRowReport => {
    const reject = (reason: string): CsvRowReport => ({ line: record.line, accepted: false, reason });
    const unreadable = table.unreadable.get(record.line - 1);
    if (unreadable) return reject(unreadable);
    const fields = {
      name: cellOf(table, record, 'name').trim(),
      contact: cellOf(table, record, 'contact').trim(),
      website: cellOf(table, record, 'website').trim(),
      notes: cellOf(table, record, 'notes').trim(),
    };
    if (fields.name === '') return reject('No name given.');
    const tooLong = (Object.keys(vendorFieldLimits) as Array<keyof typeof vendorFieldLimits>).find(
      (field) => fields[field].length > vendorFieldLimits[field],
    );
    if (tooLong) return reject(`The ${tooLong} is longer than ${thousands(vendorFieldLimits[tooLong])} characters.`);
    const earlier = known.get(nameKey(fields.name));
    if (earlier === 'listed') return reject(`“${fields.name}” is already in the vendor list.`);
    if (earlier !== undefined) return reject(`“${fields.name}” appears earlier in this file (row ${earlier}).`);
    if (existing.length + vendors.length >= maxVendors)
      return reject(`A project holds at most ${maxVendors} vendors, and this one is full.`);
    known.set(nameKey(fields.name), record.line);
    vendors.push(VendorSchema.parse({ id: newId(), ...fields }));
    return { line: record.line, accepted: true, reason: 'Added.' };
  });
  return { vendors, rows };
}

// ——— Score sheet ————————————————————————————————————————————————————————————————————————————

const scoreHeader = ['Vendor', 'Criterion', 'Evaluator', 'Score', 'Note', 'Answer'] as const;
const requiredScoreColumns = ['Vendor', 'Criterion', 'Evaluator', 'Score'] as const;
const maxNoteLength = 2000;

interface Named {
  id: string;
  name: string;
}

const scoreKey = (vendorId: string, criterionId: string, evaluatorId: string) =>
  `${vendorId}\u0000${criterionId}\u0000${evaluatorId}`;

/**
 * How a row names a record: by its name when the import would find that record by it (the name is unique in
 * the project and is not some record's id), else by its id.
 */
function sheetLabels(records: readonly Named[]): Map<string, string> {
  const ids = new Set(records.map((record) => record.id));
  const counts = new Map<string, number>();
  for (const record of records) counts.set(nameKey(record.name), (counts.get(nameKey(record.name)) ?? 0) + 1);
  return new Map(
    records.map((record) => {
      const key = nameKey(record.name);
      const findable = key !== '' && counts.get(key) === 1 && !ids.has(record.name.trim());
      return [record.id, findable ? record.name : record.id];
    }),
  );
}

/**
 * A score sheet to fill in outside the app: one row per vendor × criterion × evaluator with the current score
 * and note, so exporting and importing it unchanged changes nothing. Cells that start like a formula are
 * neutralised as in every export.
 */
export function scoresCsvTemplate(project: Project): string {
  const { vendors, criteria, evaluators, scores } = project.vendors;
  const current = new Map<string, Score>();
  for (const score of scores) {
    const key = scoreKey(score.vendorId, score.criterionId, score.evaluatorId);
    if (!current.has(key)) current.set(key, score);
  }
  const vendorLabels = sheetLabels(vendors);
  const criterionLabels = sheetLabels(criteria);
  const evaluatorLabels = sheetLabels(evaluators);
  const rows = vendors.flatMap((vendor) =>
    criteria.flatMap((criterion) =>
      evaluators.map((evaluator) => {
        const score = current.get(scoreKey(vendor.id, criterion.id, evaluator.id));
        const cells = [
          vendorLabels.get(vendor.id) ?? vendor.id,
          criterionLabels.get(criterion.id) ?? criterion.id,
          evaluatorLabels.get(evaluator.id) ?? evaluator.id,
          score ? String(score.score) : '',
          score?.note ?? '',
          '',
        ];
        return cells.map(withQuotesKept);
      }),
    ),
  );
  return toCsv(scoreHeader, rows);
}

type Resolved = { id: string } | { problem: string };

/** Finds a vendor, criterion or evaluator by id, or by name (trimmed, any letter case) when the name is unique. */
function resolver(records: readonly Named[], noun: string): (cell: string) => Resolved {
  const ids = new Set(records.map((record) => record.id));
  const byName = new Map<string, string[]>();
  for (const record of records)
    byName.set(nameKey(record.name), [...(byName.get(nameKey(record.name)) ?? []), record.id]);
  return (cell) => {
    const text = cell.trim();
    if (text === '') return { problem: `No ${noun} given.` };
    if (ids.has(text)) return { id: text };
    const matches = byName.get(nameKey(text)) ?? [];
    const [only] = matches;
    if (only !== undefined && matches.length === 1) return { id: only };
    if (matches.length > 1) return { problem: `More than one ${noun} is called “${text}”; use its id instead.` };
    return { problem: `No ${noun} called “${text}” in this project.` };
  };
}

/** A score cell: empty means "not scored"; anything else must be a whole number from 1 to 5 ("4.0" and "4,0" count). */
function parseScore(cell: string): { score: number | null } | { problem: string } {
  const text = cell.trim();
  if (text === '') return { score: null };
  const score = /^\d+([.,]0+)?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (score >= 1 && score <= 5) return { score };
  return { problem: `The score “${text}” is not a whole number from 1 to 5.` };
}

export interface ScoreImport {
  /** The project's scores with the accepted rows applied. */
  scores: Score[];
  rows: CsvRowReport[];
}

/**
 * Applies a filled-in score sheet: rows name the vendor, criterion and evaluator (by name or id) and give a
 * score 1–5, or an empty score to remove one. The Note column, when present, replaces the note; a non-empty
 * Answer (a vendor's reply) is kept in the note as "Answer: …", after the note when both are given. A row that
 * repeats an earlier row's vendor, criterion and evaluator is rejected; so is any row naming something unknown.
 */
export function scoresFromCsv(text: string, project: Project): ScoreImport {
  const { vendors, criteria, evaluators, scores } = project.vendors;
  const table = readCsv(text);
  if (!table) return { scores: [...scores], rows: [] };
  const missing = missingColumns(table, requiredScoreColumns);
  if (missing.length > 0) {
    return {
      scores: [...scores],
      rows: [
        {
          line: table.headerLine,
          accepted: false,
          reason: `Missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}: the first row must name the columns Vendor, Criterion, Evaluator and Score (Note and Answer are optional).`,
        },
      ],
    };
  }

  const hasNoteColumn = table.columns.has('note');
  const findVendor = resolver(vendors, 'vendor');
  const findCriterion = resolver(criteria, 'criterion');
  const findEvaluator = resolver(evaluators, 'evaluator');
  const current = new Map(
    scores.map((score) => [scoreKey(score.vendorId, score.criterionId, score.evaluatorId), score]),
  );
  const firstRowOfKey = new Map<string, number>();
  /** Key → the score to keep, or null to remove it; in file order. */
  const changes = new Map<string, Score | null>();

  const rows = table.records.map((record): CsvRowReport => {
    const reject = (reason: string): CsvRowReport => ({ line: record.line, accepted: false, reason });
    const unreadable = table.unreadable.get(record.line - 1);
    if (unreadable) return reject(unreadable);

    const vendor = findVendor(cellOf(table, record, 'vendor'));
    const criterion = findCriterion(cellOf(table, record, 'criterion'));
    const evaluator = findEvaluator(cellOf(table, record, 'evaluator'));
    const parsedScore = parseScore(cellOf(table, record, 'score'));
    const problems = [vendor, criterion, evaluator, parsedScore].flatMap((r) => ('problem' in r ? [r.problem] : []));
    if (!('id' in vendor && 'id' in criterion && 'id' in evaluator)) return reject(problems.join(' '));

    const key = scoreKey(vendor.id, criterion.id, evaluator.id);
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined)
      problems.unshift(`Same vendor, criterion and evaluator as row ${earlier}; only the first of the two counts.`);
    else firstRowOfKey.set(key, record.line);
    if (!('score' in parsedScore) || problems.length > 0) return reject(problems.join(' '));

    const existing = current.get(key);
    const note = hasNoteColumn ? cellOf(table, record, 'note') : (existing?.note ?? '');
    const answer = cellOf(table, record, 'answer').trim();
    const fullNote = answer === '' ? note : note.trim() === '' ? `Answer: ${answer}` : `${note}\nAnswer: ${answer}`;

    if (parsedScore.score === null) {
      if (fullNote.trim() !== '' && (hasNoteColumn || answer !== ''))
        return reject('A note or answer is kept only with a score: give a score from 1 to 5, or clear the note.');
      changes.set(key, null);
      return { line: record.line, accepted: true, reason: existing ? 'Score removed.' : 'Not scored.' };
    }
    if (fullNote.length > maxNoteLength)
      return reject(
        `The note${answer === '' ? '' : ' with the answer'} is longer than ${thousands(maxNoteLength)} characters.`,
      );
    const score: Score = {
      vendorId: vendor.id,
      criterionId: criterion.id,
      evaluatorId: evaluator.id,
      score: parsedScore.score,
      note: fullNote,
    };
    changes.set(key, score);
    const unchanged = existing?.score === score.score && existing.note === score.note;
    return { line: record.line, accepted: true, reason: unchanged ? 'Unchanged.' : `Scored ${score.score}.` };
  });

  const kept = scores.flatMap((score) => {
    const key = scoreKey(score.vendorId, score.criterionId, score.evaluatorId);
    if (!changes.has(key)) return [score];
    const change = changes.get(key);
    return change ? [change] : [];
  });
  const added = [...changes].flatMap(([key, change]) => (change && !current.has(key) ? [change] : []));
  return { scores: [...kept, ...added], rows };
}
