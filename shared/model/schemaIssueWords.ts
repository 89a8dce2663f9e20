import { stripInvisibleControls } from '../cleanText';

/**
 * A validation problem in a project file, said the way a user talks about their project ("the name of
 * vendor 3 is empty") rather than as a schema path and a validator's message.
 */

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  /** Present on zod's type issues: what the value should have been. */
  expected?: unknown;
  /** Present on size issues: a string, an array, a number… */
  origin?: unknown;
  input?: unknown;
}

/** One record in a list, by the list's path in the project. */
const recordNames: Record<string, string> = {
  'checklist.items': 'checklist item',
  'checklist.items.evidence': 'piece of evidence',
  'costs.periods': 'cost period',
  'costs.transitionCosts': 'transition cost',
  'costs.retainedCosts': 'retained cost',
  'vendors.vendors': 'vendor',
  'vendors.vendors.quote.lines': 'quote line',
  'vendors.criteria': 'criterion',
  'vendors.evaluators': 'evaluator',
  'vendors.scores': 'score',
  'vendors.weighting.sets': 'weighting set',
  'vendors.weighting.pairwise': 'pairwise comparison',
  'plan.goals': 'strategic goal',
  'plan.expectations': 'expectation',
  'plan.risks': 'risk',
  'plan.governance.meetings': 'meeting',
  'plan.governance.escalationPath': 'escalation step',
};

/** Field names that do not read well when split into words. */
const fieldNames: Record<string, string> = {
  id: 'id',
  functionTemplate: 'business function',
  createdAt: 'creation date',
  updatedAt: 'date of the last change',
  dueDate: 'due date',
  completedAt: 'completion date',
  naReason: 'reason it does not apply',
  vendorId: 'vendor',
  criterionId: 'criterion',
  evaluatorId: 'evaluator',
  activeSetId: 'chosen weighting set',
};

const words = (key: string) =>
  fieldNames[key] ??
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();

/** Where an issue is: the record it belongs to ("checklist item 12", or '' for the project) and the field. */
function locate(path: readonly PropertyKey[]): { owner: string; field: string | null } {
  const keys: string[] = [];
  const owners: string[] = [];
  let field: string | null = null;
  for (const part of path) {
    if (typeof part === 'number') {
      const record = recordNames[keys.join('.')];
      owners.push(record ? `${record} ${part + 1}` : `entry ${part + 1} of the ${words(keys.at(-1) ?? 'list')}`);
      field = null;
    } else {
      const key = String(part);
      keys.push(key);
      field = key;
    }
  }
  return { owner: owners.toReversed().join(' of '), field };
}

/** "the name of vendor 3", "the project's currency", "checklist item 12". */
export function describeSchemaPath(path: readonly PropertyKey[]): string {
  const { owner, field } = locate(path);
  if (field === null) return owner || 'the project';
  const fieldWords = words(field);
  return owner ? `the ${fieldWords} of ${owner}` : `the project's ${fieldWords}`;
}

/** A value the file holds, short enough to quote in a sentence, or null when it is no short text or number. */
function quotable(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = stripInvisibleControls(value).trim();
  if (text === '') return null;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function problemOf(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : 'holds the wrong kind of value';
    case 'too_big':
      return issue.origin === 'string'
        ? 'is too long'
        : issue.origin === 'array'
          ? 'has too many entries'
          : 'is too large';
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : 'is too small';
    case 'invalid_value':
    case 'invalid_key':
    case 'invalid_union':
      return 'has a value this app does not know';
    case 'invalid_format':
      return 'is not written the way the app writes it';
    default:
      return 'is not valid';
  }
}

/**
 * "the name of vendor 3 is empty", "checklist item 4 has an unknown status “doing”". Quoting the value needs
 * the issue's input: parse with zod's `reportInput`.
 */
export function describeSchemaIssue(issue: SchemaIssue): string {
  const { owner, field } = locate(issue.path);
  const value = quotable(issue.input);
  if (issue.code === 'invalid_value' && field !== null && value !== null) {
    return `${owner || 'the project'} has an unknown ${words(field)} “${value}”`;
  }
  return `${describeSchemaPath(issue.path)} ${problemOf(issue)}`;
}
