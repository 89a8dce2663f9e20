import { percent } from '../../format';
import { cell, gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline, SourceRef } from '../model';
import { refs } from '../refs';
import { capitalised, listInWords, paragraph, quote, say, strong } from '../words';
import type { Detail } from './detail';

/**
 * Who runs the relationship once the work has moved (tip 5 of the partnership tips: someone inside whose job
 * it is, regular check-ins, feedback both ways), and how problems and changes travel.
 */

const managerRef = refs.governance('relationship-manager', 'relationship manager');
const feedbackRef = refs.governance('feedback-loop', 'feedback loop');
const escalationRef = refs.governance('escalation-path', 'escalation path');
const changeRef = refs.governance('change-process', 'change process');

function managerBlock(facts: BriefingFacts): Block {
  const { name, role, timeShare } = facts.project.plan.governance.relationshipManager;
  if (name.trim() === '') {
    return gapCallout(
      'No relationship manager named',
      'Name the person whose job includes running this relationship, and the share of their time it takes, on the Plan tab.',
      managerRef,
    );
  }
  const content: Inline[] = [strong(say('Relationship manager: ')), quote(name, managerRef)];
  if (role.trim() !== '') content.push(say(', '), quote(role, managerRef));
  content.push(
    say(
      timeShare === null
        ? ' (share of time not set).'
        : `, giving ${percent(timeShare)} of their time to the relationship.`,
      managerRef,
    ),
  );
  return paragraph(...content);
}

function meetingsTable(facts: BriefingFacts): Block[] {
  const { meetings } = facts.project.plan.governance;
  if (meetings.length === 0) return [];
  return [
    {
      kind: 'table',
      caption: 'Meetings with the provider',
      header: ['Meeting', 'How often', 'Who attends', 'Purpose'],
      rows: meetings.map((meeting) => {
        const ref = refs.meeting(meeting);
        return [
          userCell(meeting.name, ref),
          cell(capitalised(meeting.frequency), ref),
          userCell(meeting.attendees, ref, 'Not set'),
          userCell(meeting.purpose, ref, 'Not set'),
        ];
      }),
    },
  ];
}

function textBlock(title: string, text: string, ref: SourceRef): Block[] {
  return text.trim() === '' ? [] : [paragraph(strong(say(`${title}: `)), quote(text, ref))];
}

export function governanceSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { governance } = facts.project.plan;
  const escalation = governance.escalationPath.filter((step) => step.trim() !== '');
  const missing = [
    ...(governance.meetings.length === 0 ? ['meetings'] : []),
    ...(governance.feedbackLoop.trim() === '' ? ['feedback loop'] : []),
    ...(escalation.length === 0 ? ['escalation path'] : []),
    ...(governance.changeProcess.trim() === '' ? ['change process'] : []),
  ];
  const manager = managerBlock(facts);
  const nothing = governance.relationshipManager.name.trim() === '' && missing.length === 4;
  if (nothing) return { blocks: [manager], gap: true };

  const blocks: Block[] = [
    manager,
    ...meetingsTable(facts),
    ...textBlock('Feedback', governance.feedbackLoop, feedbackRef),
  ];
  if (escalation.length > 0) {
    blocks.push(paragraph(strong(say('Escalation path:'))), {
      kind: 'bullets',
      items: escalation.map((step, index) => [say(`Step ${index + 1}: `, escalationRef), quote(step, escalationRef)]),
    });
  }
  blocks.push(...textBlock('Changes to the program', governance.changeProcess, changeRef));
  if (detail === 'full' && missing.length > 0) {
    blocks.push(
      warningCallout('Not yet defined', [say(`${capitalised(listInWords(missing))}.`, managerRef)], managerRef),
    );
  }
  return { blocks, gap: false };
}
