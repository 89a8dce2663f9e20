import type { z } from 'zod';
import { isCanonicalRecordList } from './canonicalRecords';
import { ProjectSchema, type Project } from './project';
import { maxScores, ScoreSchema } from './vendors';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * `ProjectSchema.safeParse(payload)`, with the same outcome, made cheap for the list that dwarfs the rest of
 * a project: its scores (6,000 in a large one). When they are all already canonical, the rest is validated
 * with an empty list in their place and the file's own records are kept — zod would only have returned equal
 * copies, record by record. Otherwise zod validates everything, and says why or fills in defaults as ever.
 * Sound as long as no rule of the schema looks at the scores together with anything else.
 */
export function validateProject(
  payload: unknown,
  params: { reportInput?: boolean } = {},
): z.ZodSafeParseResult<Project> {
  const vendors = isPlainObject(payload) ? payload['vendors'] : undefined;
  const scores = isPlainObject(vendors) ? vendors['scores'] : undefined;
  if (
    !isPlainObject(payload) ||
    !isPlainObject(vendors) ||
    !Array.isArray(scores) ||
    Object.getPrototypeOf(scores) !== Array.prototype ||
    scores.length > maxScores ||
    !isCanonicalRecordList(ScoreSchema, scores)
  ) {
    return ProjectSchema.safeParse(payload, params);
  }
  const result = ProjectSchema.safeParse({ ...payload, vendors: { ...vendors, scores: [] } }, params);
  // A fresh list, as zod makes, of the very records read.
  if (result.success) result.data.vendors.scores = scores.slice();
  return result;
}
