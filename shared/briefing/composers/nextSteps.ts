import { isBlocker } from '../../domain/readiness';
import { stageLabels } from '../../domain/readinessLabels';
import { cell, figureCell, gapCallout, userCell, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, TableCell } from '../model';
import { refs } from '../refs';
import { capitalised, dayText, paragraph, quote, say } from '../words';
import type { Detail } from './detail';
import { itemState, ownerAndDue } from './itemState';

/** Who does what by when: the open must-haves stage by stage, then the next other actions. */

const readinessRef = refs.readiness();
const otherActionCount = 5;

export function nextStepsSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { stages } = facts.readiness;
  if (facts.project.checklist.items.length === 0) {
    return {
      blocks: [
        gapCallout(
          'No checklist to plan from',
          'Add the readiness checklist on the Checklist tab; the next steps come from its open items.',
          readinessRef,
        ),
      ],
      gap: true,
    };
  }
  const nextStage = facts.readiness.nextGate?.stage;
  const shownStages = detail === 'brief' && nextStage ? stages.filter((stage) => stage.stage === nextStage) : stages;
  const mustHaveRows = shownStages.flatMap((stage) =>
    stage.open.filter(isBlocker).map((item): TableCell[] => {
      const ref = refs.checklistItem(item);
      return [
        cell(capitalised(stageLabels[stage.stage]), ref),
        userCell(item.title, ref),
        userCell(item.owner, ref, 'No owner'),
        item.dueDate === null ? cell('No date', ref) : figureCell(dayText(item.dueDate), ref),
        cell(itemState(item), ref),
      ];
    }),
  );
  const blocks: Block[] = [];
  if (mustHaveRows.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Open must-haves, stage by stage',
      header: ['Needed', 'Must-have', 'Owner', 'Due', 'Status'],
      rows: mustHaveRows,
    });
  }
  const others = stages
    .flatMap((stage) => stage.open)
    .filter((item) => !isBlocker(item))
    .slice(0, detail === 'brief' ? 0 : otherActionCount);
  if (others.length > 0) {
    blocks.push(paragraph(say(mustHaveRows.length > 0 ? 'Then, the next other actions:' : 'Next actions:')), {
      kind: 'bullets',
      items: others.map((item) => {
        const ref = refs.checklistItem(item);
        return [
          quote(item.title, ref),
          say(` — needed ${stageLabels[item.stage]}; ${ownerAndDue(item, facts.today)}.`, ref),
        ];
      }),
    });
  }
  if (blocks.length === 0)
    blocks.push(
      paragraph(say('Nothing is open on the checklist: every item is done or not applicable.', readinessRef)),
    );
  return { blocks, gap: false };
}
