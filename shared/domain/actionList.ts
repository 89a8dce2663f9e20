import { checklistArea } from '../catalog/checklistAreas';
import type { ChecklistItem } from '../model/checklist';
import { itemStatusLabels } from '../model/checklistConstants';
import { stageLabels } from '../model/checklistStages';
import type { Project } from '../model/project';
import { assessReadiness, byUrgency, isBlocker, isWaived, needsAction } from './readiness';
import { levelLabels } from './readinessLabels';
import { escapeMarkdown, markdownTable, toCsv } from './textExport';

/** The open actions of a checklist — who does what by when — and the waived must-haves, to share outside the app. */

export function statusLabel(status: ChecklistItem['status']): string {
  return itemStatusLabels[status];
}

/** How an item's status reads in an export: a must-have n/a is either waived or still missing its reason. */
function exportStatus(item: ChecklistItem): string {
  if (isWaived(item)) return 'Waived';
  if (item.status === 'n/a' && isBlocker(item)) return 'Not applicable, reason missing';
  return statusLabel(item.status);
}

/** Items that need something done (open ones, and must-haves n/a without a reason), must-haves first, then by stage and due date. */
export function openActions(project: Project): ChecklistItem[] {
  return project.checklist.items.filter(needsAction).toSorted(byUrgency);
}

/** Must-haves marked n/a with a reason, in checklist order. */
export function waivedItems(project: Project): ChecklistItem[] {
  return project.checklist.items.filter(isWaived);
}

const actionHeader = ['Action', 'Area', 'Needed', 'Owner', 'Due date', 'Status', 'Must-have'];
const csvHeader = [...actionHeader, 'Reason not applicable'];
const waiverHeader = ['Must-have', 'Area', 'Needed', 'Reason not applicable'];

function actionRow(item: ChecklistItem): string[] {
  return [
    item.title,
    checklistArea(item.areaId).title,
    stageLabels[item.stage],
    item.owner,
    item.dueDate ?? '',
    exportStatus(item),
    item.mustHave ? 'Yes' : 'No',
  ];
}

/** One table: the open actions, then the waivers with their reasons. */
export function actionListCsv(project: Project): string {
  const rows = [...openActions(project), ...waivedItems(project)].map((item) => [
    ...actionRow(item),
    item.status === 'n/a' ? item.naReason.trim() : '',
  ]);
  return toCsv(csvHeader, rows);
}

export function actionListMarkdown(project: Project, today: string): string {
  const actions = openActions(project).map(actionRow);
  const waivers = waivedItems(project).map((item) => [
    item.title,
    checklistArea(item.areaId).title,
    stageLabels[item.stage],
    item.naReason.trim(),
  ]);
  const report = assessReadiness(project, today);
  const score = report.score === null ? 'nothing to assess yet' : `score ${Math.floor(report.score)}/100`;
  return [
    `# Open actions — ${escapeMarkdown(project.name)}`,
    '',
    `Readiness: ${levelLabels[report.level]}, ${score}. ${actions.length} open ${actions.length === 1 ? 'action' : 'actions'} as of ${today}.`,
    '',
    actions.length > 0 ? markdownTable(actionHeader, actions) : '_Nothing open: every item is done or not applicable._',
    '',
    ...(waivers.length > 0 ? ['## Waived must-haves', '', markdownTable(waiverHeader, waivers), ''] : []),
  ].join('\n');
}
