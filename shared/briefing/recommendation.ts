import type { BusinessCaseOption } from '../domain/businessCase';
import { readinessLevels, stageLabels } from '../domain/readinessLabels';
import type { LevelGate } from '../domain/readiness';
import { money, percent } from '../format';
import type { BriefingFacts } from './facts';
import { tentativeCoverage } from './facts';
import type { Inline } from './model';
import { refs } from './refs';
import { counted, inlineList, monthsText, quote, say, totalText, yearsText } from './words';

/**
 * The recommendation the briefing composes when the user wrote none. It follows the order a careful adviser
 * reasons in, and stops at the first thing that decides:
 *
 * 1. Readiness first. Below "ready for vendors" the company cannot judge bids it has not prepared for: do not
 *    go to market yet, and name what is open. (Scores or quotes gathered already do not change that.)
 * 2. Then the market. Nobody ranked: go to market, or finish scoring; first place shared: run a final round.
 * 3. Then the money, for the single leader. An incomplete case (no baseline or no full price) cannot support a
 *    contract: shortlist and complete it. A leader that does not beat keeping the work in-house over the
 *    horizon: do not sign on these terms (negotiate, or stay in-house when no bid pays).
 * 4. A leader that pays: proceed to contract, or to negotiation while must-haves due before signing are open;
 *    and when first place is not firm (tentative scores, or first in under half of plausible weightings),
 *    treat it as the preferred provider to confirm rather than the answer.
 */

export type RecommendationStance =
  'prepare' | 'go-to-market' | 'final-round' | 'hold' | 'stay-in-house' | 'negotiate' | 'proceed';

export interface Recommendation {
  stance: RecommendationStance;
  /** One sentence: what to do. */
  headline: Inline[];
  /** Why: short sentences, each with the facts it rests on. */
  reasons: Inline[][];
}

/** First place holds in fewer than this share of plausible weightings: the choice is not firm. */
const firmProbability = 0.5;

const readinessRef = refs.readiness();
const levelIndex = (facts: BriefingFacts) => readinessLevels.indexOf(facts.readiness.level);
const gateOf = (facts: BriefingFacts, level: LevelGate['level']) =>
  facts.readiness.gates.find((gate) => gate.level === level);

/** The must-haves that hold a gate shut, as "A, B and C" with their references (at most three named). */
function openMustHaves(gate: LevelGate): Inline[] {
  const named = gate.missing.slice(0, 3).map((item) => quote(item.title, refs.checklistItem(item)));
  const more = gate.missing.length - named.length;
  return inlineList(more > 0 ? [...named, say(`${counted(more, 'more', 'more')}`, readinessRef)] : named);
}

/** Whether a reason names its vendor or, right after a headline that did, says "It". */
type Subject = 'name' | 'it';

function savingReason(facts: BriefingFacts, option: BusinessCaseOption, subject: Subject = 'name'): Inline[] {
  const ref = refs.quote({ id: option.id, name: option.name });
  const { annualSaving, savingShare, npv, paybackMonths } = option;
  if (annualSaving === null || npv === null) return [];
  const share = savingShare === null ? '' : ` (${percent(savingShare)} of today's cost)`;
  const payback =
    paybackMonths === null
      ? ''
      : ` and pays back ${paybackMonths === 0 ? 'at once' : `in ${monthsText(paybackMonths)}`}`;
  return [
    subject === 'it' ? say('It', ref) : facts.vendorName(option.id, 'quote'),
    say(
      ` saves ${money(annualSaving, facts.currency)} a year${share}; over ${yearsText(facts.businessCase.horizonYears)} that is worth ${money(npv, facts.currency)} today${payback}.`,
      ref,
    ),
  ];
}

function fitReason(facts: BriefingFacts, vendorId: string, subject: Subject = 'name'): Inline[] {
  const result = facts.scoring.vendors.find((vendor) => vendor.vendorId === vendorId);
  if (!result || result.total === null) return [];
  const style =
    result.relationalLabel === null || result.relationalIndex === null
      ? ''
      : `, and answers as a ${result.relationalLabel} partner (relational index ${result.relationalIndex.toFixed(1)} of 5)`;
  const tentative =
    result.coverage < tentativeCoverage ? `, on only ${percent(result.coverage)} of the weight scored so far` : '';
  return [
    subject === 'it' ? say('It', refs.scoring()) : facts.vendorName(vendorId),
    say(` ranks first on fit with ${totalText(result.total)} of 100${tentative}${style}.`, refs.scoring()),
  ];
}

function firstPlaceReason(facts: BriefingFacts): Inline[] {
  return facts.robustness ?? [];
}

function prepare(facts: BriefingFacts): Recommendation {
  const items = facts.project.checklist.items;
  if (items.length === 0) {
    return {
      stance: 'prepare',
      headline: [
        say(
          'Do not decide yet: the readiness checklist is empty, so nothing shows the company is ready to hand the work over.',
          readinessRef,
        ),
      ],
      reasons: [],
    };
  }
  const gate = gateOf(facts, 'ready-for-vendors');
  const reasons: Inline[][] = [];
  let headline: Inline[];
  if (gate && gate.missing.length > 0) {
    headline = [
      say(
        `Do not go to market yet: ${counted(gate.missing.length, 'must-have', 'must-haves')} needed ${stageLabels.vendors} ${gate.missing.length === 1 ? 'is' : 'are'} open.`,
        readinessRef,
      ),
    ];
    reasons.push([say('Open: ', readinessRef), ...openMustHaves(gate), say('.')]);
  } else {
    headline = [say(`Do not go to market yet: nothing needed ${stageLabels.vendors} is done so far.`, readinessRef)];
  }
  if (facts.leader) {
    reasons.push([
      facts.vendorName(facts.leader.vendorId),
      say(
        ' leads the scoring so far, but a choice made before this groundwork is done is unlikely to hold.',
        refs.scoring(),
      ),
    ]);
  }
  if (facts.focusOption) reasons.push([say('On the figures entered, '), ...savingReason(facts, facts.focusOption)]);
  return { stance: 'prepare', headline, reasons };
}

function noSingleLeader(facts: BriefingFacts): Recommendation {
  const { vendors } = facts.project.vendors;
  if (facts.leaders.length > 1) {
    const names = facts.leaders.map((leader) => facts.vendorName(leader.vendorId));
    return {
      stance: 'final-round',
      headline: [
        say('Run a final round between '),
        ...inlineList(names),
        say(': they share first place on fit.', refs.scoring()),
      ],
      reasons: [
        [
          say(
            'Ask each for a best and final offer, check references with clients of similar size and visit the delivery site before choosing.',
          ),
        ],
        firstPlaceReason(facts),
      ].filter((reason) => reason.length > 0),
    };
  }
  if (vendors.length === 0) {
    return {
      stance: 'go-to-market',
      headline: [say('Go to market: the groundwork needed before approaching providers is in place.', readinessRef)],
      reasons: [
        [
          say(
            'Invite proposals from a shortlist and score them on the criteria agreed beforehand, so the choice rests on evidence.',
          ),
        ],
      ],
    };
  }
  const knockedOut = facts.scoring.vendors.filter((vendor) => vendor.knockedOut);
  if (knockedOut.length === vendors.length) {
    return {
      stance: 'go-to-market',
      headline: [
        say(
          `Widen the search: none of the ${counted(vendors.length, 'provider', 'providers')} scored clears the must-have criteria.`,
          refs.scoring(),
        ),
      ],
      reasons: [],
    };
  }
  return {
    stance: 'go-to-market',
    headline: [
      say(
        `Finish scoring the ${counted(vendors.length, 'provider', 'providers')} on the shortlist before choosing: none has a total yet.`,
        refs.scoring(),
      ),
    ],
    reasons: [],
  };
}

function incompleteCase(
  facts: BriefingFacts,
  leaderId: string,
  option: BusinessCaseOption | undefined,
): Recommendation {
  const leaderName = facts.vendorName(leaderId);
  const baselineMissing = facts.businessCase.baseline.annualCost === null;
  const headline = baselineMissing
    ? [
        say('Shortlist '),
        leaderName,
        say(
          ", but complete the cost baseline before negotiating: without today's cost the saving cannot be shown.",
          refs.baseline(),
        ),
      ]
    : [
        say('Shortlist '),
        leaderName,
        say(
          ' and obtain a complete price before negotiating: its quote cannot yet be compared with keeping the work in-house.',
          refs.quote({ id: leaderId, name: option?.name ?? leaderId }),
        ),
      ];
  return {
    stance: 'go-to-market',
    headline,
    reasons: [fitReason(facts, leaderId), firstPlaceReason(facts)].filter((r) => r.length > 0),
  };
}

function doesNotPay(facts: BriefingFacts, leaderId: string, option: BusinessCaseOption): Recommendation {
  const { horizonYears, bestOptionId } = facts.businessCase;
  const leaderName = facts.vendorName(leaderId);
  const quoteRef = refs.quote({ id: leaderId, name: option.name });
  const npvReason = [
    leaderName,
    say(
      ` fits best, but over ${yearsText(horizonYears)} it is worth ${money(option.npv ?? 0, facts.currency)} against keeping the work in-house.`,
      quoteRef,
    ),
  ];
  const best = bestOptionId === null ? undefined : facts.option(bestOptionId);
  if (best && best.kind === 'vendor' && best.id !== leaderId) {
    return {
      stance: 'hold',
      headline: [
        say('Do not sign on the current terms: '),
        leaderName,
        say(' fits best but does not pay back; '),
        facts.vendorName(best.id),
        say(' would, but fits less well.', refs.businessCase()),
      ],
      reasons: [
        npvReason,
        savingReason(facts, best),
        [say('Negotiate the price with '), leaderName, say(', or decide explicitly how much fit is worth.')],
      ],
    };
  }
  const at80 = option.priceSensitivity.at80;
  if (at80 !== null && at80 > 0) {
    return {
      stance: 'hold',
      headline: [
        say('Keep the work in-house unless '),
        leaderName,
        say(
          ` lowers its price: at today's quote no bid beats the current cost over ${yearsText(horizonYears)}.`,
          refs.businessCase(),
        ),
      ],
      reasons: [
        npvReason,
        [say(`At 80% of its quoted price it would be worth ${money(at80, facts.currency)}.`, quoteRef)],
      ],
    };
  }
  return {
    stance: 'stay-in-house',
    headline: [
      say(
        `Keep the work in-house for now: no bid beats today's cost over ${yearsText(horizonYears)}.`,
        refs.businessCase(),
      ),
    ],
    reasons: [
      npvReason,
      [say('Revisit once the process is fixed or volumes change; the readiness work done stays useful.')],
    ],
  };
}

function pays(facts: BriefingFacts, leaderId: string, option: BusinessCaseOption): Recommendation {
  const leader = facts.scoring.vendors.find((vendor) => vendor.vendorId === leaderId);
  const leaderName = facts.vendorName(leaderId);
  const probability = facts.probabilities[leaderId] ?? 0;
  const firm = probability >= firmProbability && (leader?.coverage ?? 0) >= tentativeCoverage;
  const readyToContract = levelIndex(facts) >= readinessLevels.indexOf('ready-to-contract');
  const contractGate = gateOf(facts, 'ready-to-contract');

  let headline: Inline[];
  let stance: RecommendationStance;
  if (!firm) {
    stance = 'negotiate';
    headline = [
      say('Take '),
      leaderName,
      say(
        ' into negotiation as preferred provider, and confirm the choice before signing: first place is not yet firm.',
        refs.scoring(),
      ),
    ];
  } else if (readyToContract) {
    stance = 'proceed';
    headline = [say('Proceed to contract with '), leaderName, say('.')];
  } else if (contractGate && contractGate.missing.length > 0) {
    stance = 'negotiate';
    headline = [
      say('Proceed to contract negotiation with '),
      leaderName,
      say(
        `; sign once the ${counted(contractGate.missing.length, 'must-have', 'must-haves')} needed ${stageLabels.contract} ${contractGate.missing.length === 1 ? 'is' : 'are'} closed.`,
        readinessRef,
      ),
    ];
  } else {
    stance = 'negotiate';
    headline = [
      say('Proceed to contract negotiation with '),
      leaderName,
      say(`; sign once the readiness work needed ${stageLabels.contract} is complete.`, readinessRef),
    ];
  }

  const reasons = [savingReason(facts, option, 'it'), fitReason(facts, leaderId, 'it'), firstPlaceReason(facts)];
  const best = facts.businessCase.bestOptionId === null ? undefined : facts.option(facts.businessCase.bestOptionId);
  if (best && best.kind === 'vendor' && best.id !== leaderId && best.npv !== null) {
    reasons.push([
      facts.vendorName(best.id, 'quote'),
      say(
        ` would be worth more (${money(best.npv, facts.currency)} over ${yearsText(facts.businessCase.horizonYears)}) but fits less well.`,
        refs.businessCase(),
      ),
    ]);
  }
  return { stance, headline, reasons: reasons.filter((reason) => reason.length > 0) };
}

/** The recommendation the analysis supports, with its reasons; see the comment at the top for the logic. */
export function composeRecommendation(facts: BriefingFacts): Recommendation {
  if (levelIndex(facts) < readinessLevels.indexOf('ready-for-vendors')) return prepare(facts);
  const { leader } = facts;
  if (!leader) return noSingleLeader(facts);
  const option = facts.option(leader.vendorId);
  if (!option || option.npv === null) return incompleteCase(facts, leader.vendorId, option);
  if (option.npv <= 0) return doesNotPay(facts, leader.vendorId, option);
  return pays(facts, leader.vendorId, option);
}
