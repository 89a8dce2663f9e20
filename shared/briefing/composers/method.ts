import { catalogSources } from '../../catalog/sources';
import type { SourceId } from '../../catalog/types';
import { acceptableConsistencyRatio } from '../../domain/ahp';
import { gateScore } from '../../domain/readiness';
import { relationalThreshold, transactionalThreshold } from '../../domain/scoring';
import { percent, plainNumber } from '../../format';
import { cell, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import { tentativeCoverage } from '../facts';
import type { Block } from '../model';
import { refs } from '../refs';
import { paragraph, say, yearsText } from '../words';

/** How every figure in the briefing is computed, in plain words, and the works it draws on. */

export const sourcesCaption = 'Sources';

/** The works every briefing cites, and what each was used for. */
const citedSources: ReadonlyArray<{ id: SourceId; usedFor: string }> = [
  {
    id: 'seed-tips',
    usedFor:
      'The five partnership tips: executive involvement, a win-win design, cost-centre history, expectations, a relationship manager.',
  },
  {
    id: 'seed-relationship',
    usedFor: 'Relational against transactional providers, and the questions the vendor criteria ask.',
  },
  {
    id: 'five-case-model',
    usedFor: 'Comparing every option with keeping the work in-house; discounting and net present value.',
  },
  { id: 'escm-cl', usedFor: 'The stages of a sourcing project behind the readiness gates.' },
  { id: 'iso-37500', usedFor: 'Outsourcing practice: scope, retained organisation, governance.' },
];

/** Further works the project's checklist items draw on, found by the label their source starts with. */
function checklistSources(facts: BriefingFacts): SourceId[] {
  const cited = new Set(citedSources.map((source) => source.id));
  const used = new Set(facts.project.checklist.items.map((item) => item.source));
  return (Object.keys(catalogSources) as SourceId[]).filter(
    (id) =>
      !cited.has(id) &&
      id !== 'practice' &&
      [...used].some((source) => source.startsWith(`${catalogSources[id].label} ·`)),
  );
}

function weightsWords(facts: BriefingFacts): string {
  switch (facts.scoring.method) {
    case 'set':
      return 'Weights come from the weighting set chosen, normalised to add up to 1.';
    case 'ahp':
      return `Weights come from pairwise comparisons on Saaty's 1–9 scale (AHP): the principal eigenvector of the judgments, normalised to add up to 1; a consistency ratio above ${acceptableConsistencyRatio.toFixed(2)} means the judgments contradict each other and should be revisited.`;
    case 'direct':
      return 'Weights are the points given to each criterion, normalised to add up to 1.';
  }
}

export function methodSection(facts: BriefingFacts): SectionDraft {
  const { horizonYears, discountRate } = facts.businessCase;
  const aggregation = facts.project.vendors.aggregation === 'mean' ? 'average' : 'median';
  const blocks: Block[] = [
    { kind: 'subheading', content: [say('Readiness')] },
    paragraph(
      say(
        `The score is the weighted share of applicable checklist items done: each item weighs 1 to 3, an item in progress counts half and an item that does not apply leaves the sum. The levels follow the stages of a sourcing project (eSCM-CL): a gate opens when every must-have due by its stage is done, or waived with a written reason, and at least one of its items is done; the gates to contract and to transfer also ask for a score of ${gateScore} on the items due by then.`,
        refs.readiness(),
      ),
    ),
    { kind: 'subheading', content: [say('Business case')] },
    paragraph(
      say(
        `Today's cost is the latest full year, or the last four consecutive quarters, added up over the categories entered. An option's yearly cost is the provider's fee plus its change requests plus what stays in-house; its one-time cost is the transition costs plus the months of parallel running. The saving is today's cost minus the option's. Net present value adds each year-end saving over ${yearsText(horizonYears)}, discounted at ${percent(discountRate)} a year, and subtracts the one-time cost. Payback is the one-time cost divided by the yearly saving, in months, when that falls within the horizon. Price sensitivity recomputes the net present value with the fee and change requests at 80% and at 120%. Keeping the work in-house is always the first option, as the Five Case Model requires.`,
        refs.businessCase(),
      ),
    ),
    { kind: 'subheading', content: [say('Vendor scores')] },
    paragraph(
      say(
        `Each evaluator scores each provider 1 to 5 on each criterion against a written rubric; scores are combined by their ${aggregation}. ${weightsWords(facts)} A provider's total is the weighted mean of (score − 1) ÷ 4 over the criteria scored, times 100. "Weight scored" is the share of the weight actually scored; under ${percent(tentativeCoverage)} the total is marked tentative. A must-have criterion scored below its threshold knocks the provider out. The relational index is the plain mean of the scores on the criteria that reveal how a provider treats clients: ${relationalThreshold} or more reads as relational, under ${transactionalThreshold} as transactional.`,
        refs.scoring(),
      ),
    ),
    { kind: 'subheading', content: [say('How firm the ranking is')] },
    paragraph(
      say(
        `A flip point moves one criterion's share of the weight from 0 to 100% while the others keep their proportions, and finds the share nearest today's at which another provider would rank first. Rank probabilities draw ${plainNumber(facts.rankSamples)} weightings at random around today's (a Dirichlet distribution centred on the current weights, seed ${facts.project.vendors.sensitivitySeed}, so the result can be reproduced) and count how often each provider ranks first.`,
        refs.scoring(),
      ),
    ),
    { kind: 'subheading', content: [say(sourcesCaption)] },
    {
      kind: 'table',
      caption: sourcesCaption,
      header: ['Source', 'Used for'],
      rows: [
        ...citedSources.map(({ id, usedFor }) => [cell(catalogSources[id].title), cell(usedFor)]),
        ...checklistSources(facts).map((id) => [
          cell(catalogSources[id].title),
          cell('Items of the readiness checklist.'),
        ]),
      ],
    },
  ];
  return { blocks, gap: false };
}
