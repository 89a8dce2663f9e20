import { checklistArea } from '../../catalog/checklistAreas';
import { byUrgency, gateScore, isOverdue, type LevelGate } from '../../domain/readiness';
import { levelLabels, levelMeanings, stageLabels } from '../../domain/readinessLabels';
import { cell, figureCell, gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline } from '../model';
import { refs } from '../refs';
import { capitalised, counted, countedAtStart, dayText, paragraph, say, strong } from '../words';
import type { Detail } from './detail';
import { itemState } from './itemState';

/**
 * How ready the company is, on the five-step ladder of a sourcing project (eSCM-CL's initiation phases):
 * the level and score, what the next gate needs, each blocker with its owner and date, and what was waived.
 */

const readinessRef = refs.readiness();

function gateSentence(gate: LevelGate): Inline[] {
  const needs: string[] = [];
  if (gate.missing.length > 0) needs.push(`${counted(gate.missing.length, 'must-have', 'must-haves')} still open`);
  if (gate.needsDoneItem) needs.push('at least one item actually done');
  if (gate.scoreShortfall !== null && gate.score !== null) {
    needs.push(`a score of ${gateScore} on the items due by then (now ${Math.floor(gate.score)})`);
  }
  return [
    strong(say(`Next gate: ${levelLabels[gate.level]}.`, readinessRef)),
    say(` It needs everything due ${stageLabels[gate.stage]} done or waived with a reason`, readinessRef),
    say(needs.length > 0 ? `; missing: ${needs.join(', ')}.` : '.', readinessRef),
  ];
}

function blockersTable(facts: BriefingFacts): Block[] {
  const blockers = facts.readiness.blockers.toSorted(byUrgency);
  if (blockers.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: 'Open must-haves, most urgent first',
      header: ['Must-have', 'Needed', 'Owner', 'Due', 'Status'],
      rows: blockers.map((item) => {
        const ref = refs.checklistItem(item);
        const overdue = isOverdue(item, facts.today);
        return [
          userCell(item.title, ref),
          cell(capitalised(stageLabels[item.stage]), ref),
          userCell(item.owner, ref, 'No owner'),
          item.dueDate === null ? cell('No date', ref) : figureCell(dayText(item.dueDate), ref),
          cell(overdue ? `${itemState(item)}, overdue` : itemState(item), ref),
        ];
      }),
    },
  ];
}

function waiversTable(facts: BriefingFacts): Block[] {
  const { waivers } = facts.readiness;
  if (waivers.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: 'Must-haves waived, with the reason given',
      header: ['Must-have', 'Needed', 'Why it does not apply'],
      rows: waivers.map((item) => {
        const ref = refs.checklistItem(item);
        return [
          userCell(item.title, ref),
          cell(capitalised(stageLabels[item.stage]), ref),
          userCell(item.naReason, ref),
        ];
      }),
    },
  ];
}

function areasTable(facts: BriefingFacts): Block[] {
  const areas = facts.readiness.areas.filter((area) => area.total > 0);
  if (areas.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: 'Readiness by area',
      header: ['Area', 'Score', 'Done', 'Open must-haves'],
      rows: areas.map((area) => [
        cell(checklistArea(area.areaId).title, readinessRef),
        area.score === null
          ? cell('Not applicable', readinessRef)
          : figureCell(`${Math.round(area.score)}`, readinessRef),
        figureCell(`${area.done} of ${area.applicable}`, readinessRef),
        figureCell(String(area.blockers), readinessRef),
      ]),
    },
  ];
}

export function readinessSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { readiness } = facts;
  const items = facts.project.checklist.items;
  if (items.length === 0) {
    return {
      blocks: [
        gapCallout(
          'Readiness checklist empty',
          'Add the checklist items on the Checklist tab to assess how ready the company is.',
          readinessRef,
        ),
      ],
      gap: true,
    };
  }
  const blocks: Block[] = [
    paragraph(
      strong(say(`${levelLabels[readiness.level]}.`, readinessRef)),
      say(` ${levelMeanings[readiness.level]}`, readinessRef),
      say(
        readiness.score === null
          ? ' Nothing to assess yet: no checklist item applies.'
          : ` Readiness score ${Math.floor(readiness.score)} of 100.`,
        readinessRef,
      ),
    ),
  ];
  blocks.push(
    readiness.nextGate
      ? paragraph(...gateSentence(readiness.nextGate))
      : paragraph(say('Every gate is passed: the work can be handed over.', readinessRef)),
  );
  if (readiness.overdue.length > 0) {
    blocks.push(
      warningCallout(
        'Past their due date',
        [
          say(
            `${countedAtStart(readiness.overdue.length, 'open item is', 'open items are')} past the due date set for ${readiness.overdue.length === 1 ? 'it' : 'them'}.`,
            readinessRef,
          ),
        ],
        readinessRef,
      ),
    );
  }
  if (detail === 'full') blocks.push(...blockersTable(facts));
  blocks.push(...waiversTable(facts));
  if (detail === 'full') blocks.push(...areasTable(facts));
  return { blocks, gap: readiness.score === null };
}
