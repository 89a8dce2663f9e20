import { acceptableConsistencyRatio } from '../../domain/ahp';
import type { VendorResult } from '../../domain/scoring';
import { percent } from '../../format';
import { cell, figureCell, gapCallout, userCell, warningCallout, type SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import { tentativeCoverage } from '../facts';
import type { Block, Inline, TableCell } from '../model';
import { refs } from '../refs';
import { capitalised, counted, inlineList, listInWords, paragraph, quote, say, totalText } from '../words';
import type { Detail } from './detail';

/**
 * Which provider fits and how firm that is: the ranking with totals (tentative when little of the weight is
 * scored), knock-outs and why, how relational each provider is (seed 1: relational or transactional), the
 * robustness sentence and the weight changes that would put another provider first.
 */

const scoringRef = refs.scoring();
/** The flip points listed after the robustness sentence's nearest one. */
const listedFlips = 3;
/** The board's ranking: the first few only. */
const boardRankingRows = 3;

function methodWords(facts: BriefingFacts): Inline[] {
  const { scoring } = facts;
  if (scoring.method === 'set' && scoring.activeSet) {
    return [say('weights from the set “', scoringRef), quote(scoring.activeSet.name, scoringRef), say('”', scoringRef)];
  }
  if (scoring.method === 'ahp' && scoring.ahp) {
    const ratio = scoring.ahp.consistencyRatio;
    const consistent =
      ratio <= acceptableConsistencyRatio ? 'consistent' : 'not consistent enough: revisit the judgments';
    return [
      say(`weights from pairwise comparisons (AHP, consistency ratio ${ratio.toFixed(2)}, ${consistent})`, scoringRef),
    ];
  }
  return [say('weights set directly per criterion', scoringRef)];
}

function introduction(facts: BriefingFacts): Block {
  const { vendors, evaluators, criteria } = facts.project.vendors;
  const who =
    evaluators.length === 0
      ? [say('no evaluator named', scoringRef)]
      : [
          say(`${counted(evaluators.length, 'evaluator', 'evaluators')} (`, scoringRef),
          ...inlineList(evaluators.map((e) => quote(e.name, scoringRef))),
          say(')'),
        ];
  return paragraph(
    say(`${capitalised(counted(vendors.length, 'provider', 'providers'))} scored by `, scoringRef),
    ...who,
    say(` on ${counted(criteria.length, 'criterion', 'criteria')}, with `, scoringRef),
    ...methodWords(facts),
    say('. Totals run from 0 (every answer scored 1) to 100 (every answer scored 5).', scoringRef),
  );
}

function styleText(result: VendorResult): string {
  return result.relationalLabel === null || result.relationalIndex === null
    ? 'Not scored'
    : `${capitalised(result.relationalLabel)}, ${result.relationalIndex.toFixed(1)}`;
}

function notesText(facts: BriefingFacts, result: VendorResult): string {
  const names = (ids: readonly string[]) => listInWords(ids.map((id) => facts.criterion(id)?.name ?? id));
  const notes: string[] = [];
  if (result.knockedOut) notes.push(`Knocked out: below the must-have threshold on ${names(result.knockOuts)}`);
  if (result.total === null && !result.knockedOut) notes.push('Not scored yet');
  if (result.total !== null && result.coverage < tentativeCoverage)
    notes.push('Tentative: little of the weight scored');
  if (result.unverifiedMustHaves.length > 0)
    notes.push(`Must-have not yet scored: ${names(result.unverifiedMustHaves)}`);
  if (result.disagreements.length > 0) {
    notes.push(`Evaluators differ by 2 or more on ${counted(result.disagreements.length, 'criterion', 'criteria')}`);
  }
  return notes.join('; ');
}

function rankingTable(facts: BriefingFacts, detail: Detail): Block {
  const results =
    detail === 'brief'
      ? facts.scoring.vendors.filter((r) => r.rank !== null).slice(0, boardRankingRows)
      : facts.scoring.vendors;
  const rows = results.map((result): TableCell[] => {
    const vendor = facts.vendor(result.vendorId) ?? { id: result.vendorId, name: result.vendorId };
    const ref = refs.vendor(vendor);
    const total =
      result.total === null
        ? cell('Not scored', ref)
        : figureCell(`${totalText(result.total)}${result.coverage < tentativeCoverage ? ' (tentative)' : ''}`, ref);
    const row = [
      result.rank === null ? cell(result.knockedOut ? 'Out' : '—', ref) : figureCell(String(result.rank), ref),
      userCell(vendor.name, ref),
      total,
      figureCell(percent(result.coverage), ref),
      cell(styleText(result), ref),
    ];
    return detail === 'brief' ? row : [...row, cell(notesText(facts, result) || '—', ref)];
  });
  const header = ['Rank', 'Provider', 'Total of 100', 'Weight scored', 'Relationship style (index of 5)'];
  return { kind: 'table', caption: 'Ranking on fit', header: detail === 'brief' ? header : [...header, 'Notes'], rows };
}

/** The flip points after the nearest one, which the robustness sentence already states. */
function flipBullets(facts: BriefingFacts): Block[] {
  const flips = facts.flips
    .filter((flip) => flip.flipShare !== null && flip.newLeaderId !== null)
    .toSorted((a, b) => Math.abs((a.flipShare ?? 0) - a.currentShare) - Math.abs((b.flipShare ?? 0) - b.currentShare))
    .slice(1, 1 + listedFlips);
  if (flips.length === 0) return [];
  return [
    paragraph(say('Other weight changes that would put another provider first:', scoringRef)),
    {
      kind: 'bullets',
      items: flips.map((flip) => [
        facts.criterionName(flip.criterionId),
        say(
          `: at ${percent(flip.flipShare ?? 0)} of the weight (now ${percent(flip.currentShare)}), `,
          refs.criterion({ id: flip.criterionId, name: facts.criterion(flip.criterionId)?.name ?? flip.criterionId }),
        ),
        facts.vendorName(flip.newLeaderId ?? ''),
        say(' would lead.'),
      ]),
    },
  ];
}

function relationalExplanation(): Block {
  return paragraph(
    say(
      'Relationship style: a relational provider shapes the program around each client and welcomes change; a transactional one runs the same process for everyone and prices change to discourage it. The index is the mean 1–5 score on the criteria that reveal it.',
      scoringRef,
    ),
  );
}

function leaderWarnings(facts: BriefingFacts): Block[] {
  const { leader } = facts;
  if (!leader) return [];
  const blocks: Block[] = [];
  const name = facts.vendorName(leader.vendorId);
  if (leader.disagreements.length > 0) {
    blocks.push(
      warningCallout(
        'Evaluators disagree',
        [
          say('On '),
          ...inlineList(leader.disagreements.map((d) => facts.criterionName(d.criterionId))),
          say(', the evaluators’ scores for '),
          name,
          say(' differ by two points or more: talk it through before deciding.', scoringRef),
        ],
        scoringRef,
      ),
    );
  }
  if (leader.unverifiedMustHaves.length > 0) {
    blocks.push(
      warningCallout(
        'Must-have not verified',
        [
          name,
          say(' has not been scored on '),
          ...inlineList(leader.unverifiedMustHaves.map((id) => facts.criterionName(id))),
          say(', a must-have criterion: it could still be knocked out.', scoringRef),
        ],
        scoringRef,
      ),
    );
  }
  return blocks;
}

function totalsChart(facts: BriefingFacts): Block[] {
  const scored = facts.scoring.vendors.filter((result) => result.total !== null);
  if (scored.length === 0) return [];
  return [
    {
      kind: 'chart',
      title: 'Total fit score of 100',
      alt: `Bar chart of each provider's total fit score out of 100; ${scored.length === 1 ? 'one provider' : `${scored.length} providers`}, the first-ranked highlighted, knocked-out ones marked.`,
      chart: {
        type: 'bars',
        baseline: 0,
        items: scored.map((result) => {
          const name = facts.vendor(result.vendorId)?.name ?? result.vendorId;
          const total = result.total ?? 0;
          return {
            label: result.knockedOut ? `${name} (knocked out)` : name,
            value: total,
            display: totalText(total),
            highlight: result.rank === 1,
          };
        }),
      },
      ref: scoringRef,
    },
  ];
}

export function vendorsSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const { vendors } = facts.project.vendors;
  if (vendors.length === 0) {
    return {
      blocks: [
        gapCallout(
          'No providers entered',
          'Add the providers on the shortlist on the Vendors tab and score them on the agreed criteria.',
          scoringRef,
        ),
      ],
      gap: true,
    };
  }
  const anyTotal = facts.scoring.vendors.some((result) => result.total !== null);
  if (!anyTotal) {
    return {
      blocks: [
        introduction(facts),
        gapCallout(
          'No scores yet',
          'Score the providers on the Vendors tab; two evaluators or more make the result hold.',
          scoringRef,
        ),
      ],
      gap: true,
    };
  }
  const blocks: Block[] = [];
  if (detail === 'full') blocks.push(introduction(facts));
  blocks.push(rankingTable(facts, detail));
  if (facts.robustness) {
    blocks.push({ kind: 'callout', tone: 'note', title: 'How firm is first place?', content: facts.robustness });
  }
  if (detail === 'full') {
    blocks.push(...flipBullets(facts), relationalExplanation(), ...leaderWarnings(facts), ...totalsChart(facts));
  }
  return { blocks, gap: false };
}
