import { checklistArea } from '../catalog/checklistAreas';
import { itemStatusLabels, type ChecklistItem } from '../model/checklist';
import type { Project } from '../model/project';
import { byUrgency, isOpen } from './readiness';
import { escapeMarkdown, markdownTable, toCsv } from './textExport';

/** The open actions of a checklist — who does what by when — to share outside the app. */

export function statusLabel(status: ChecklistItem['status']): string {
  return itemStatusLabels[status];
}

/** Open items, must-haves first, then by due date (undated last). */
export function openActions(project: Project): ChecklistItem[] {
  return project.checklist.items.filter(isOpen).toSorted(byUrgency);
}

const header = ['Action', 'Area', 'Owner', 'Due date', 'Status', 'Must-have'];

function rows(project: Project): string[][] {
  return openActions(project).map((item) => [
    item.title,
    checklistArea(item.areaId).title,
    item.owner,
    item.dueDate ?? '',
    statusLabel(item.status),
    item.mustHave ? 'Yes' : 'No',
  ]);
}

export function actionListCsv(project: Project): string {
  return toCsv(header, rows(project));
}

export function actionListMarkdown(project: Project, today: string): string {
  const actions = rows(project);
  return [
    `# Open actions — ${escapeMarkdown(project.name)}`,
    '',
    `${actions.length} open ${actions.length === 1 ? 'action' : 'actions'} as of ${today}.`,
    '',
    actions.length > 0 ? markdownTable(header, actions) : '_Nothing open: every item is done or not applicable._',
    '',
  ].join('\n');
}
