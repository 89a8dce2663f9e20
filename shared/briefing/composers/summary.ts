import { byUrgency } from '../../domain/readiness';
import { stageLabels } from '../../domain/readinessLabels';
import type { ChecklistItem } from '../../model/checklist';
import { gapCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import { keyFigures } from '../keyFigures';
import type { Block, Inline } from '../model';
import { composeRecommendation } from '../recommendation';
import { refs } from '../refs';
import type { BriefingAudience } from '../sections';
import { quote, say, strong } from '../words';
import type { Detail } from './detail';
import { ownerAndDue } from './itemState';

/** What the executive reads first: the recommendation, the decision asked for, the figures, and what blocks. */

const topBlockerCount = 3;
const boardBlockerCount = 2;

/** One open must-have as a bullet: its title, when it is needed, who owns it and by when. */
export function blockerLine(item: ChecklistItem, today: string): Inline[] {
  const ref = refs.checklistItem(item);
  const reasonMissing = item.status === 'n/a' ? ' (marked not applicable, but the reason is missing)' : '';
  return [
    quote(item.title, ref),
    say(` — needed ${stageLabels[item.stage]}${reasonMissing}; ${ownerAndDue(item, today)}.`, ref),
  ];
}

function recommendationBlock(facts: BriefingFacts, detail: Detail): Block {
  const own = facts.project.briefing.recommendation.trim();
  if (own !== '') {
    return {
      kind: 'callout',
      tone: 'recommendation',
      title: 'Recommendation',
      content: [quote(own, refs.settings('recommendation', 'recommendation'))],
    };
  }
  const composed = composeRecommendation(facts);
  const reasons = detail === 'brief' ? composed.reasons.slice(0, 1) : composed.reasons;
  return {
    kind: 'callout',
    tone: 'recommendation',
    title: 'Recommendation',
    content: [...composed.headline.map(strong), ...reasons.flatMap((reason) => [say(' '), ...reason])],
  };
}

function decisionBlock(facts: BriefingFacts): Block {
  const decision = facts.project.briefing.decisionRequested.trim();
  if (decision === '') {
    return gapCallout(
      'No decision requested written',
      'Write the decision you are asking for on the Briefing tab: a meeting decides faster when the ask is explicit.',
      refs.settings('decision-requested', 'decision requested'),
    );
  }
  return {
    kind: 'callout',
    tone: 'decision',
    title: 'Decision requested',
    content: [quote(decision, refs.settings('decision-requested', 'decision requested'))],
  };
}

function blockersBlocks(facts: BriefingFacts, detail: Detail): Block[] {
  const { blockers } = facts.readiness;
  if (facts.project.checklist.items.length === 0) return [];
  if (blockers.length === 0) {
    return [
      {
        kind: 'paragraph',
        content: [say('No must-have is open: every one is done or waived with a reason.', refs.readiness())],
      },
    ];
  }
  const top = blockers.toSorted(byUrgency).slice(0, detail === 'brief' ? boardBlockerCount : topBlockerCount);
  const more = blockers.length - top.length;
  return [
    {
      kind: 'paragraph',
      content: [
        strong(
          say(
            more > 0
              ? `Open must-haves, the ${top.length} most urgent of ${blockers.length}:`
              : `Open must-haves (${blockers.length}):`,
            refs.readiness(),
          ),
        ),
      ],
    },
    { kind: 'bullets', items: top.map((item) => blockerLine(item, facts.today)) },
  ];
}

export function summarySection(facts: BriefingFacts, detail: Detail, audience: BriefingAudience): SectionDraft {
  const figures = keyFigures(facts, audience);
  const decision = decisionBlock(facts);
  return {
    blocks: [
      recommendationBlock(facts, detail),
      decision,
      ...(figures.length > 0 ? [{ kind: 'figures' as const, items: figures }] : []),
      ...blockersBlocks(facts, detail),
    ],
    gap: decision.kind === 'callout' && decision.tone === 'gap',
  };
}
