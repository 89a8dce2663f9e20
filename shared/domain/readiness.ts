import { checklistAreaIds, type ChecklistAreaId, type ChecklistItem } from '../model/checklist';
import type { Project } from '../model/project';

/**
 * How ready a company is to outsource the function: a weighted score, a level with the gate to the next
 * one, what blocks it, and what to do next. Levels follow the order of a sourcing project (eSCM-CL's
 * initiation: planning → provider evaluation → agreements → service transfer).
 */

export const readinessLevels = ['not-ready', 'preparing', 'ready-for-vendors', 'ready-to-contract'] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];

/** Areas whose must-haves must be done before talking to providers. */
export const goToMarketAreas: readonly ChecklistAreaId[] = ['sponsorship', 'baseline', 'process', 'relationship'];
/** Areas whose must-haves must be done to start preparing at all: nothing moves without a sponsor. */
export const preparingAreas: readonly ChecklistAreaId[] = ['sponsorship'];
export const contractScore = 85;
export const nextActionCount = 5;

export interface AreaReadiness {
  areaId: ChecklistAreaId;
  /** 0–100, or null when every item of the area is n/a. */
  score: number | null;
  done: number;
  /** Items that count (not n/a). */
  applicable: number;
  total: number;
  openMustHaves: number;
}

export interface LevelGate {
  /** The level the project would reach. */
  level: ReadinessLevel;
  /** Must-have items still open that stand in the way. */
  missing: ChecklistItem[];
  /** Score still needed (points), when the gate has a score threshold not yet met. */
  scoreShortfall: number | null;
}

export interface ReadinessReport {
  /** 0–100: weighted share of applicable items done (in progress counts half). */
  score: number;
  level: ReadinessLevel;
  areas: AreaReadiness[];
  /** Must-have items not done (n/a must-haves are not blockers). */
  blockers: ChecklistItem[];
  /** What stands between the project and the next level; null at the top. */
  nextGate: LevelGate | null;
  overdue: ChecklistItem[];
  /** Up to five open items: must-haves first, then by due date. */
  nextActions: ChecklistItem[];
}

const credit: Record<ChecklistItem['status'], number> = { todo: 0, 'in-progress': 0.5, done: 1, 'n/a': 0 };

export const isOpen = (item: ChecklistItem) => item.status !== 'done' && item.status !== 'n/a';

/** Open and past its due date; `today` is an ISO day. */
export const isOverdue = (item: ChecklistItem, today: string) =>
  isOpen(item) && item.dueDate !== null && item.dueDate < today;

/** The order open work is shown in: must-haves first, then by due date, undated last. */
export function byUrgency(a: ChecklistItem, b: ChecklistItem): number {
  return (
    Number(b.mustHave) - Number(a.mustHave) || (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31')
  );
}
const isOpenMustHave = (item: ChecklistItem) => item.mustHave && isOpen(item);

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

function gateFor(level: ReadinessLevel, items: readonly ChecklistItem[], score: number): LevelGate {
  const inAreas = (areas: readonly ChecklistAreaId[]) =>
    items.filter((item) => isOpenMustHave(item) && areas.includes(item.areaId));
  switch (level) {
    case 'preparing':
      return { level, missing: inAreas(preparingAreas), scoreShortfall: null };
    case 'ready-for-vendors':
      return { level, missing: inAreas(goToMarketAreas), scoreShortfall: null };
    default:
      return {
        level,
        missing: items.filter(isOpenMustHave),
        scoreShortfall: score >= contractScore ? null : contractScore - score,
      };
  }
}

const gateMet = (gate: LevelGate) => gate.missing.length === 0 && gate.scoreShortfall === null;

export function assessReadiness(project: Project, today: string = isoDay(new Date())): ReadinessReport {
  const items = project.checklist.items;
  const score = weightedScore(items) ?? 0;

  let level: ReadinessLevel = 'not-ready';
  let nextGate: LevelGate | null = null;
  for (const candidate of readinessLevels.slice(1)) {
    const gate = gateFor(candidate, items, score);
    if (!gateMet(gate)) {
      nextGate = gate;
      break;
    }
    level = candidate;
  }

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
      openMustHaves: areaItems.filter(isOpenMustHave).length,
    };
  });

  const open = items.filter(isOpen);
  const order = new Map(items.map((item, index) => [item.id, index]));
  const nextActions = open
    .toSorted((a, b) => byUrgency(a, b) || b.weight - a.weight || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .slice(0, nextActionCount);

  return {
    score,
    level,
    areas,
    blockers: items.filter(isOpenMustHave),
    nextGate,
    overdue: items.filter((item) => isOverdue(item, today)),
    nextActions,
  };
}
