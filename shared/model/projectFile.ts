import { z } from 'zod';
import { jsonMayHoldTextToClean } from '../cleanText';
import type { AppError } from '../result';
import { currentFormatVersion, migrateProject } from './migrations';
import type { Project } from './project';
import { enforceIntegrity } from './projectIntegrity';
import { validateProject } from './projectValidation';
import { cleanAllText } from './projectText';
import { describeSchemaIssue } from './schemaIssueWords';
import { unknownFieldPaths } from './unknownFields';
import { maxProjectFileBytes, projectFileType } from './fileFormat';

export { maxProjectFileBytes, projectFileExtension, projectFileType } from './fileFormat';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const forbiddenKeyWords = /__proto__|constructor|prototype/;
/** A forbidden key spelled out, or hidden behind a \u escape; two scans take half the time of one regex for both. */
const mayHideForbiddenKey = (text: string) => text.includes('\\u') || forbiddenKeyWords.test(text);

const EnvelopeSchema = z.object({
  type: z.literal(projectFileType),
  version: z.number().int().positive(),
  app: z.string(),
  savedAt: z.string(),
  project: z.unknown(),
});

export interface ProjectFileMeta {
  appVersion: string;
  savedAt: Date;
}

/** The file's text: UTF-8 JSON with 2-space indent, so projects diff well in version control. */
export function serializeProjectFile(project: Project, meta: ProjectFileMeta): string {
  const layout = projectFileLayout(project, meta);
  return layout.parts.map((part) => (typeof part === 'string' ? part : projectFieldText(part.value))).join('');
}

/**
 * The file's text in order: glue strings, and the project's field values to print with `projectFieldText`.
 * Joined, it is exactly `JSON.stringify(envelope, null, 2)` plus a newline; kept apart, a writer can reuse
 * what it printed for values that did not change since its last save.
 */
export function projectFileLayout(
  project: Project,
  meta: ProjectFileMeta,
): { parts: Array<string | { value: unknown }> } {
  const envelope = {
    type: projectFileType,
    version: currentFormatVersion,
    app: meta.appVersion,
    savedAt: meta.savedAt.toISOString(),
    project: null,
  };
  const head = JSON.stringify(envelope, null, 2).replace(/"project": null\n}$/, '"project": {\n');
  const parts: Array<string | { value: unknown }> = [head];
  Object.entries(project).forEach(([key, value], index) => {
    parts.push(`${index === 0 ? '' : ',\n'}    ${JSON.stringify(key)}: `, { value });
  });
  parts.push('\n  }\n}\n');
  return { parts };
}

/** One field value of the project as `JSON.stringify(envelope, null, 2)` prints it, two levels deep. */
export function projectFieldText(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', '\n    ');
}

/** Why a file was refused, for code that must tell cases apart; the message says it to the user. */
export type FileProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-a-project'
  | 'newer-version'
  | 'not-upgradable'
  | 'schema'
  | 'duplicate-id';

/**
 * A file read: the project, what was repaired on the way (sentences to show the user) and the fields it
 * holds that this version does not know — or why it was refused. Compatible with `Result<Project>`.
 */
export type ProjectFileRead =
  | { ok: true; value: Project; repairs: string[]; unknownFields: string[] }
  | { ok: false; error: AppError & { problem: FileProblem } };

function refuse(problem: FileProblem, message: string): ProjectFileRead {
  const code = problem === 'too-large' || problem === 'newer-version' ? problem : 'invalid-file';
  return { ok: false, error: { code, message, problem } };
}

/**
 * Reads a project file's text; never throws, and never lets the file's keys reach an object's prototype.
 * Whatever it accepts has unique ids in every collection, references that resolve, one score per vendor ×
 * criterion × evaluator, safe evidence links, and no bidirectional controls or broken characters in its text.
 */
export function parseProjectFile(text: string): ProjectFileRead {
  if (utf8Length(text) > maxProjectFileBytes) {
    return refuse('too-large', 'This file is larger than 20 MB, so it is not a project file this app made.');
  }
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty', 'This file is empty: it holds no project. Open one of its backups.');
  try {
    // A reviver makes parsing several times slower, so it only runs when a forbidden key could be present
    // (spelled out, or hidden behind a \u escape).
    json = mayHideForbiddenKey(body)
      ? JSON.parse(body, (key, value: unknown) => {
          if (forbiddenKeys.has(key)) throw new ForbiddenKeyError(key);
          return value;
        })
      : JSON.parse(body);
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      return refuse(
        'forbidden-key',
        `This file contains a "${error.key}" key, which a project file never has; it was not opened.`,
      );
    }
    if (error instanceof RangeError) {
      return refuse('too-deep', 'This file is nested far deeper than any project file, so it was not opened.');
    }
    return refuse(
      'not-json',
      'This file is not a readable project file (it is not valid JSON). It may be damaged or incomplete.',
    );
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return refuse('not-a-project', 'This file is not an Outsourcing Readiness Workbench project.');
  }
  const { version } = envelope.data;
  if (version > currentFormatVersion) {
    return refuse('newer-version', 'This project was made by a newer version of the app — update the app to open it.');
  }
  let payload: unknown;
  try {
    payload = migrateProject(envelope.data.project, version);
  } catch {
    return refuse(
      'not-upgradable',
      `This project file (format ${version}) could not be upgraded to the current format.`,
    );
  }
  // With the input in each issue, the message can quote the value it did not know.
  const parsed = validateProject(payload, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describeSchemaIssue(issue) : 'its content is not what a project holds';
    return refuse('schema', `This project file is damaged: ${where}.`);
  }
  const unknownFields = unknownFieldPaths(payload, parsed.data);
  // Every text is looked at only when the file may hold one to clean: most hold none, and it costs as much as parsing.
  const cleaned = jsonMayHoldTextToClean(body)
    ? cleanAllText(parsed.data)
    : { value: parsed.data, bidiTexts: 0, brokenTexts: 0 };
  const repairs: string[] = [];
  if (cleaned.bidiTexts > 0) {
    repairs.push(
      `Hidden text-direction characters, which can make a name read as something else (a program “….exe” shown as a text file “….txt”), were removed from ${plural(cleaned.bidiTexts, 'text')}.`,
    );
  }
  if (cleaned.brokenTexts > 0) {
    repairs.push(`Broken characters in ${plural(cleaned.brokenTexts, 'text')} were replaced with “\uFFFD”.`);
  }
  const checked = enforceIntegrity(cleaned.value);
  if (!checked.ok) return refuse(checked.problem, checked.message);
  return { ok: true, value: checked.project, repairs: [...repairs, ...checked.repairs], unknownFields };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** UTF-8 size of the text, the same figure the file had on disk (no TextEncoder: this layer has no DOM). */
function utf8Length(text: string): number {
  // A UTF-16 code unit never takes more than 3 UTF-8 bytes, so most texts need no counting.
  if (text.length * 3 <= maxProjectFileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
