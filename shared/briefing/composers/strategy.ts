import type { RelationalLabel } from '../../domain/scoring';
import type { Project } from '../../model/project';
import { gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline } from '../model';
import { refs } from '../refs';
import { paragraph, quote, say } from '../words';
import type { Detail } from './detail';
import { itemState } from './itemState';

/**
 * How handing the work over serves the company's direction, not only its costs (tip 1 of the partnership
 * tips: executives back what they can see serves the strategy, and they belong in the planning).
 */

const modelRef = refs.project('relationship-model', 'relationship model');

const wantedWords: Record<Exclude<Project['relationshipModel'], 'undecided'>, string> = {
  relational:
    'The company wants a relational partner: a provider that shapes the program around its customers and accepts change, even at a somewhat higher price than a standard service.',
  transactional:
    'The company wants an efficient, standard service: price and consistency come first, and little tailoring is expected.',
};

/** The leader's style against the style the company wants: worth saying when they differ. */
function styleMismatch(facts: BriefingFacts): Inline[] | null {
  const wanted = facts.project.relationshipModel;
  const leader = facts.leader;
  if (wanted === 'undecided' || !leader || leader.relationalLabel === null || leader.relationalIndex === null)
    return null;
  const opposite: Record<typeof wanted, RelationalLabel> = { relational: 'transactional', transactional: 'relational' };
  const words =
    leader.relationalLabel === wanted
      ? ` answers as a ${wanted} partner (relational index ${leader.relationalIndex.toFixed(1)} of 5), which matches what the company wants.`
      : leader.relationalLabel === opposite[wanted]
        ? ` answers as a ${leader.relationalLabel} provider (relational index ${leader.relationalIndex.toFixed(1)} of 5): at odds with the ${wanted} partnership the company wants. Settle this before signing.`
        : ` gives mixed answers on the relationship questions (relational index ${leader.relationalIndex.toFixed(1)} of 5): test the ${wanted} commitments in the contract.`;
  return [say('The best-fitting provider, '), facts.vendorName(leader.vendorId), say(`,${words}`, refs.scoring())];
}

function sponsorshipBlocks(facts: BriefingFacts): Block[] {
  const items = facts.project.checklist.items.filter((item) => item.areaId === 'sponsorship');
  if (items.length === 0) return [];
  return [
    paragraph(say('Executive involvement, from the checklist:', refs.readiness())),
    {
      kind: 'bullets',
      items: items.map((item) => [
        quote(item.title, refs.checklistItem(item)),
        say(`: ${itemState(item).toLowerCase()}.`, refs.checklistItem(item)),
      ]),
    },
  ];
}

export function strategySection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { goals } = facts.project.plan;
  const ownWords = facts.project.briefing.strategicGoals.trim();
  const blocks: Block[] = [];
  const noGoals = goals.length === 0 && ownWords === '';

  if (noGoals) {
    blocks.push(
      gapCallout(
        'Strategic goals not written',
        'Add the company goals this decision serves on the Plan tab: without them the case rests on cost alone.',
        refs.goal(),
      ),
    );
  } else {
    blocks.push(
      paragraph(
        say(
          'Outsourcing has to earn its place against where the company is going, not only against what the work costs today.',
        ),
      ),
    );
    if (ownWords !== '') blocks.push(paragraph(quote(ownWords, refs.settings('strategic-goals', 'strategic goals'))));
    if (goals.length > 0) {
      blocks.push({
        kind: 'table',
        caption: 'Company goals and what handing over the work does for each',
        header: ['Goal', 'How outsourcing serves it'],
        rows: goals.map((goal) => [
          userCell(goal.goal, refs.goal(goal)),
          userCell(goal.contribution, refs.goal(goal), 'Not yet written'),
        ]),
      });
    }
  }

  const wanted = facts.project.relationshipModel;
  if (wanted === 'undecided') {
    blocks.push(
      warningCallout(
        'Relationship model not decided',
        [
          say(
            'Decide whether the company wants a relational partner or a transactional, standard service; it changes which provider fits.',
            modelRef,
          ),
        ],
        modelRef,
      ),
    );
  } else {
    blocks.push(paragraph(say(wantedWords[wanted], modelRef)));
  }
  const mismatch = styleMismatch(facts);
  if (mismatch) blocks.push(paragraph(...mismatch));
  if (detail === 'full') blocks.push(...sponsorshipBlocks(facts));
  return { blocks, gap: noGoals };
}
