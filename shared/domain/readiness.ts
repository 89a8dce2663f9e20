import type { ChecklistAreaId, ChecklistItem } from '../model/checklist';
import { checklistAreaIds } from '../model/checklistConstants';
import { isDueBy, itemStages, type ItemStage } from '../model/checklistStages';
import type { Project } from '../model/project';
import { gateStages, readinessLevels, type GatedLevel, type ReadinessLevel } from './readinessLabels';

/**
 * How ready a company is to outsource the function: a weighted score, a level on a five-step ladder with the
 * gate to the next step, what blocks it, what was waived, and what to do next. Levels follow the order of a
 * sourcing project (eSCM-CL's initiation: planning → provider evaluation → agreements → service transfer); each
 * item names the stage it must be done by.
 */

export { readinessLevels, type ReadinessLevel } from './readinessLabels';

/** The score the gates to contract and to transfer ask for. */
export const gateScore = 85;
/** Gates that also ask for a score, over the items due by their stage. */
const scoredGates: ReadonlySet<GatedLevel> = new Set(['ready-to-contract', 'ready-to-transfer']);
export const nextActionCount = 5;

export interface AreaReadiness {
  areaId: ChecklistAreaId;
  /** 0–100, or null when no item of the area applies. */
  score: number | null;
  done: number;
  /** Items that count (not n/a). */
  applicable: number;
  total: number;
  /** Must-haves of the area that block: not done and not waived. */
  blockers: number;
}

export interface LevelGate {
  /** The level the project reaches through this gate. */
  level: GatedLevel;
  /** Items of this stage and every earlier one are due at this gate. */
  stage: ItemStage;
  met: boolean;
  /** Must-haves due by the stage that are neither done nor waived, in checklist order. */
  missing: ChecklistItem[];
  /** No item due by the stage is done yet: a gate is never met by waivers and n/a alone. */
  needsDoneItem: boolean;
  /** Score over the items due by the stage; null when none of them applies. */
  score: number | null;
  /** Points still needed, when the gate asks for a score its items do not reach yet. */
  scoreShortfall: number | null;
}

export interface StageReadiness {
  stage: ItemStage;
  /** Items due by this stage that still need something done, most urgent first. */
  open: ChecklistItem[];
  /** How many of them are must-haves that block. */
  blockers: number;
}

export interface ReadinessReport {
  /** 0–100: weighted share of applicable items done (in progress counts half); null when nothing applies. */
  score: number | null;
  level: ReadinessLevel;
  /** One gate per step of the ladder above not-ready, in order. */
  gates: LevelGate[];
  /** The first gate not met: what stands between the project and the next level; null at the top. */
  nextGate: LevelGate | null;
  areas: AreaReadiness[];
  /** Open work by the stage it is due by, in stage order. */
  stages: StageReadiness[];
  /** Must-haves not done, except those waived with a reason. */
  blockers: ChecklistItem[];
  /** Must-haves marked n/a with a written reason. */
  waivers: ChecklistItem[];
  overdue: ChecklistItem[];
  /** Up to five items that need something done: must-haves first, then by stage and due date. */
  nextActions: ChecklistItem[];
}

const credit: Record<ChecklistItem['status'], number> = { todo: 0, 'in-progress': 0.5, done: 1, 'n/a': 0 };

export const isOpen = (item: ChecklistItem) => item.status !== 'done' && item.status !== 'n/a';

/** A must-have marked n/a with a written reason: it no longer blocks, and the reason is shown wherever it is listed. */
export const isWaived = (item: ChecklistItem) => item.mustHave && item.status === 'n/a' && item.naReason.trim() !== '';

/** A must-have that holds its gate shut: not done and not waived (n/a without a reason still blocks). */
export const isBlocker = (item: ChecklistItem) => item.mustHave && item.status !== 'done' && !isWaived(item);

/** Open, or a blocker marked n/a that still needs its reason. */
export const needsAction = (item: ChecklistItem) => isOpen(item) || isBlocker(item);

/** Open and past its due date; `today` is an ISO day. */
export const isOverdue = (item: ChecklistItem, today: string) =>
  isOpen(item) && item.dueDate !== null && item.dueDate < today;

/** The order open work is shown in: must-haves first, then the earliest stage, then by due date, undated last. */
export function byUrgency(a: ChecklistItem, b: ChecklistItem): number {
  return (
    Number(b.mustHave) - Number(a.mustHave) ||
    itemStages.indexOf(a.stage) - itemStages.indexOf(b.stage) ||
    (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31')
  );
}

/** Weighted score 0–100 of a set of items; null when none applies. */
export function weightedScore(items: readonly ChecklistItem[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const item of items) {
    if (item.status === 'n/a') continue;
    earned += item.weight * credit[item.status];
    possible += item.weight;
  }
  return possible === 0 ? null : (100 * earned) / possible;
}

/** The ISO day (YYYY-MM-DD) of a date in local time; due dates are calendar days. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function gateFor(level: GatedLevel, items: readonly ChecklistItem[]): LevelGate {
  const stage = gateStages[level];
  const due = items.filter((item) => isDueBy(item.stage, stage));
  const missing = due.filter(isBlocker);
  const needsDoneItem = !due.some((item) => item.status === 'done');
  const score = weightedScore(due);
  const scoreShortfall = scoredGates.has(level) && score !== null && score < gateScore ? gateScore - score : null;
  return {
    level,
    stage,
    met: missing.length === 0 && !needsDoneItem && scoreShortfall === null,
    missing,
    needsDoneItem,
    score,
    scoreShortfall,
  };
}

export function assessReadiness(project: Project, today: string = isoDay(new Date())): ReadinessReport {
  const items = project.checklist.items;

  const gates = readinessLevels
    .filter((level): level is GatedLevel => level !== 'not-ready')
    .map((level) => gateFor(level, items));
  // The ladder is climbed in order: a later gate met by chance does not count while an earlier one is shut.
  const nextGate = gates.find((gate) => !gate.met) ?? null;
  const level: ReadinessLevel = nextGate
    ? (readinessLevels[readinessLevels.indexOf(nextGate.level) - 1] ?? 'not-ready')
    : 'ready-to-transfer';

  const byArea = new Map<ChecklistAreaId, ChecklistItem[]>(checklistAreaIds.map((id) => [id, []]));
  for (const item of items) byArea.get(item.areaId)?.push(item);
  const areas = checklistAreaIds.map((areaId): AreaReadiness => {
    const areaItems = byArea.get(areaId) ?? [];
    return {
      areaId,
      score: weightedScore(areaItems),
      done: areaItems.filter((i) => i.status === 'done').length,
      applicable: areaItems.filter((i) => i.status !== 'n/a').length,
      total: areaItems.length,
      blockers: areaItems.filter(isBlocker).length,
    };
  });

  const order = new Map(items.map((item, index) => [item.id, index]));
  const actionable = items
    .filter(needsAction)
    .toSorted((a, b) => byUrgency(a, b) || b.weight - a.weight || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const stages = itemStages.map((stage): StageReadiness => {
    const open = actionable.filter((item) => item.stage === stage);
    return { stage, open, blockers: open.filter(isBlocker).length };
  });

  return {
    score: weightedScore(items),
    level,
    gates,
    nextGate,
    areas,
    stages,
    blockers: items.filter(isBlocker),
    waivers: items.filter(isWaived),
    overdue: items.filter((item) => isOverdue(item, today)),
    nextActions: actionable.slice(0, nextActionCount),
  };
}
