import type { Project } from '../model/project';
import type { SectionDraft } from './blocks';
import { gatherFacts, type BriefingFacts, type PrecomputedRankProbabilities } from './facts';
import type { Block, Briefing, BriefingSection } from './model';
import { refs } from './refs';
import {
  audienceLabels,
  audienceSections,
  briefingSectionTitles,
  type BriefingAudience,
  type BriefingSectionId,
} from './sections';
import { businessCaseSection } from './composers/businessCase';
import { currentStateSection } from './composers/currentState';
import type { Detail } from './composers/detail';
import { expectationsSection } from './composers/expectations';
import { governanceSection } from './composers/governance';
import { methodSection } from './composers/method';
import { nextStepsSection } from './composers/nextSteps';
import { questionsSection } from './composers/questions';
import { readinessSection } from './composers/readiness';
import { risksSection } from './composers/risks';
import { strategySection } from './composers/strategy';
import { summarySection } from './composers/summary';
import { vendorsSection } from './composers/vendors';
import { briefingStrength } from './strength';
import { quote } from './words';

/**
 * The C-suite briefing as a document model: the project's own figures from the domain functions, in the
 * sections and order the audience (or the user's layout) asks for, each section ending with the user's note.
 */

export interface ComposeOptions {
  /** Defaults to the project's chosen audience. */
  audience?: BriefingAudience;
  /** The day the briefing is dated and due dates are judged by. */
  now?: Date;
  /** Rank probabilities the caller already has (e.g. the Vendors screen's worker), instead of drawing them here. */
  rankProbabilities?: PrecomputedRankProbabilities;
}

type SectionComposer = (facts: BriefingFacts, detail: Detail, audience: BriefingAudience) => SectionDraft;

const composers: Record<BriefingSectionId, SectionComposer> = {
  summary: summarySection,
  strategy: strategySection,
  'current-state': currentStateSection,
  'business-case': businessCaseSection,
  readiness: readinessSection,
  vendors: vendorsSection,
  expectations: expectationsSection,
  governance: governanceSection,
  risks: risksSection,
  questions: questionsSection,
  'next-steps': nextStepsSection,
  method: methodSection,
};

/** The sections of an audience's briefing, in order: the user's layout when they made one, else the default. */
export function briefingSectionOrder(project: Project, audience: BriefingAudience): BriefingSectionId[] {
  const layout = project.briefing.layouts[audience];
  if (!layout) return [...audienceSections[audience]];
  const order: BriefingSectionId[] = [];
  for (const entry of layout) if (entry.included && !order.includes(entry.id)) order.push(entry.id);
  return order;
}

function noteBlock(project: Project, id: BriefingSectionId): Block[] {
  const note = project.briefing.sectionNotes[id]?.trim() ?? '';
  if (note === '') return [];
  const author = project.briefing.preparedBy.trim();
  return [
    {
      kind: 'callout',
      tone: 'note',
      title: author === '' ? 'Author’s note' : `Note from ${author}`,
      content: [quote(note, refs.settings(id, `note on “${briefingSectionTitles[id]}”`))],
    },
  ];
}

const titleOf = (functionLabel: string) => `${functionLabel}: outsourcing decision`;

export function composeBriefing(project: Project, options: ComposeOptions = {}): Briefing {
  const audience = options.audience ?? project.briefing.audience;
  const facts = gatherFacts(project, options.now ?? new Date(), options.rankProbabilities);
  const detail: Detail = audience === 'board' ? 'brief' : 'full';
  const sections = briefingSectionOrder(project, audience).map((id): BriefingSection => {
    const draft = composers[id](facts, detail, audience);
    return {
      id,
      title: briefingSectionTitles[id],
      blocks: [...draft.blocks, ...noteBlock(project, id)],
      gap: draft.gap,
    };
  });
  return {
    title: titleOf(facts.functionLabel),
    projectName: project.name,
    functionLabel: facts.functionLabel,
    audience,
    audienceLabel: audienceLabels[audience],
    preparedBy: project.briefing.preparedBy.trim(),
    date: facts.today,
    currency: project.currency,
    sections,
    strength: briefingStrength(facts),
  };
}
