import { money } from '../../format';
import type { ChecklistItem } from '../../model/checklist';
import { transitionCostKindLabels } from '../../model/costCategories';
import type { SectionDraft } from '../blocks';
import type { BriefingFacts } from '../facts';
import type { Block, Inline, SourceRef } from '../model';
import { refs } from '../refs';
import { counted, countedAtStart, fullStop, inlineList, numberWord, outOfFive, quote, say } from '../words';
import type { Detail } from './detail';
import { itemState, ownerAndDue } from './itemState';
import { bySeverity } from './risks';

/**
 * The objections executives raise about outsourcing (seed 1: owners fear losing control of their customers and
 * being treated as a number; hidden costs, lock-in, staff and underperformance are the others every adviser
 * hears), each answered from this project's own records, or marked not yet answerable with what to do.
 */

interface Answer {
  question: string;
  /** The answer's sentences; empty when the project cannot answer yet. */
  answer: Inline[];
  /** When not answerable: what to do, and where. */
  todo?: { text: string; fix: SourceRef };
}

const scoringRef = refs.scoring();
const space = say(' ');

function itemById(facts: BriefingFacts, id: string): ChecklistItem | undefined {
  return facts.project.checklist.items.find((item) => item.id === id);
}

/** "Customer-experience red lines (checklist): done." with owner and date when open. */
function itemStatus(facts: BriefingFacts, item: ChecklistItem): Inline[] {
  const ref = refs.checklistItem(item);
  const open = item.status !== 'done' && item.status !== 'n/a';
  const state = open
    ? `${itemState(item).toLowerCase()}, ${ownerAndDue(item, facts.today)}`
    : itemState(item).toLowerCase();
  const evidence = item.status === 'done' ? item.evidence.filter((e) => e.label.trim() !== '') : [];
  return [
    say('The checklist item “'),
    quote(item.title, ref),
    say(`” is ${state}`, ref),
    ...(evidence.length > 0
      ? [say(' (evidence: '), ...inlineList(evidence.map((e) => quote(e.label, ref))), say(')')]
      : []),
    say('.'),
  ];
}

function loseControl(facts: BriefingFacts): Answer {
  const question = 'Will we lose control of our customers?';
  const answer: Inline[] = [];
  const { leader } = facts;
  if (leader && leader.relationalIndex !== null && leader.relationalLabel !== null) {
    const what = {
      relational: ' it adapts its program to each client, which keeps the company’s own way with customers.',
      mixed: ' control will depend on what the contract and the reviews hold it to.',
      transactional: ' expect its standard process; control has to come from the contract and the service levels.',
    }[leader.relationalLabel];
    answer.push(
      facts.vendorName(leader.vendorId),
      say(
        ` scores ${outOfFive(leader.relationalIndex)} on the relationship questions (${leader.relationalLabel}):${what}`,
        scoringRef,
      ),
    );
  }
  const redLines = itemById(facts, 'relationship.customer-red-lines');
  if (redLines) answer.push(...(answer.length > 0 ? [space] : []), ...itemStatus(facts, redLines));
  const { expectations, governance } = facts.project.plan;
  if (expectations.length > 0) {
    answer.push(
      ...(answer.length > 0 ? [space] : []),
      say(
        `The provider will report on ${counted(expectations.length, 'service level', 'service levels')}${governance.meetings.length > 0 ? ` and meet the company in ${counted(governance.meetings.length, 'regular meeting', 'regular meetings')}` : ''}.`,
        refs.kpi(),
      ),
    );
  }
  if (answer.length === 0 || (!leader && expectations.length === 0)) {
    return {
      question,
      answer: [],
      todo: {
        text: 'Score the providers on the relationship questions (Vendors tab) and set the service levels customers feel (Plan tab).',
        fix: scoringRef,
      },
    };
  }
  return { question, answer };
}

function treatedAsNumber(facts: BriefingFacts): Answer {
  const question = 'Will we be just another account to them?';
  const { leader } = facts;
  const scores = leader ? facts.scoring.aggregated[leader.vendorId] : undefined;
  const signals = facts.project.vendors.criteria.flatMap((criterion) => {
    const score = scores?.[criterion.id];
    return criterion.relationalSignal === null || score === null || score === undefined ? [] : [{ criterion, score }];
  });
  if (!leader || signals.length === 0) {
    return {
      question,
      answer: [],
      todo: {
        text: 'Score the providers on culture, tailoring, flexibility on change and leadership involvement on the Vendors tab.',
        fix: scoringRef,
      },
    };
  }
  const sorted = signals.toSorted((a, b) => b.score - a.score);
  const strongest = sorted[0];
  const weakest = sorted.at(-1);
  const answer: Inline[] = [
    facts.vendorName(leader.vendorId),
    say('’s answers on the questions that reveal it: strongest on '),
  ];
  if (strongest)
    answer.push(
      facts.criterionName(strongest.criterion.id),
      say(` (${outOfFive(strongest.score)})`, refs.criterion(strongest.criterion)),
    );
  if (weakest && weakest !== strongest) {
    answer.push(
      say(', weakest on '),
      facts.criterionName(weakest.criterion.id),
      say(` (${outOfFive(weakest.score)})`, refs.criterion(weakest.criterion)),
    );
  }
  const verdict = {
    relational: '. That is the profile of a provider that treats each account on its own terms.',
    mixed: '. Make the weakest point a named commitment in the contract.',
    transactional:
      '. That is the profile of a one-size-fits-all provider: the company would fit its process, not the reverse.',
  }[leader.relationalLabel ?? 'mixed'];
  answer.push(say(verdict, scoringRef));
  return { question, answer };
}

function hiddenCosts(facts: BriefingFacts): Answer {
  const question = 'What will it really cost, beyond the quoted price?';
  const option = facts.focusOption;
  if (!option || option.fee === null || option.annualCost === null) {
    return {
      question,
      answer: [],
      todo: { text: 'Enter today’s costs and at least one complete quote on the Costs tab.', fix: refs.quotes() },
    };
  }
  const ref = refs.quote(option);
  const { currency } = facts;
  const { retainedCosts, transitionCosts } = facts.project.costs;
  const changes =
    option.changeCost === null || option.changeCost === 0
      ? 'no change-request charges'
      : `${money(option.changeCost, currency)} a year of change requests`;
  const answer: Inline[] = [
    say('Beyond '),
    facts.vendorName(option.id, 'quote'),
    say(
      `’s fee of ${money(option.fee, currency)} a year, the case counts ${changes} and ${money(option.retainedCost ?? 0, currency)} a year of work that stays in-house, ${money(option.annualCost, currency)} a year in all, plus ${money(option.oneTimeCost ?? 0, currency)} once to move the work.`,
      ref,
    ),
  ];
  const notCounted = [
    ...(retainedCosts.length === 0 ? ['the in-house cost of managing the provider'] : []),
    ...(transitionCosts.length === 0 ? ['the one-time cost of the move'] : []),
  ];
  if (notCounted.length > 0) {
    answer.push(say(` Not yet counted: ${notCounted.join(' and ')}; the true cost is higher.`, refs.retainedCosts()));
  }
  return { question, answer };
}

function lockIn(facts: BriefingFacts): Answer {
  const question = 'Are we locked in, and how would we get out?';
  const exit = itemById(facts, 'risk.exit-plan');
  const change = itemById(facts, 'expectations.change-policy');
  if (!exit) {
    return {
      question,
      answer: [],
      todo: {
        text: 'Add an exit plan to the checklist: notice, hand-back of data and know-how, and the cost of moving the work.',
        fix: refs.readiness(),
      },
    };
  }
  if (exit.status !== 'done' && !(exit.status === 'n/a' && exit.naReason.trim() !== '')) {
    return {
      question,
      answer: [],
      todo: {
        text: `The exit plan is not written yet (${itemState(exit).toLowerCase()}, ${ownerAndDue(exit, facts.today)}); do not sign before it is.`,
        fix: refs.checklistItem(exit),
      },
    };
  }
  const answer: Inline[] = [...itemStatus(facts, exit)];
  if (exit.status === 'done')
    answer.push(
      say(
        ' Notice, hand-back of data and know-how, and the way out are settled before signing.',
        refs.checklistItem(exit),
      ),
    );
  if (change) answer.push(space, ...itemStatus(facts, change));
  const leaderQuote = facts.leader ? facts.vendor(facts.leader.vendorId)?.quote : undefined;
  if (facts.leader && leaderQuote && leaderQuote.changeFee > 0) {
    answer.push(
      space,
      facts.vendorName(facts.leader.vendorId, 'quote'),
      say(
        ` charges ${money(leaderQuote.changeFee, facts.currency)} per change request.`,
        refs.quote({ id: facts.leader.vendorId, name: facts.vendor(facts.leader.vendorId)?.name ?? '' }),
      ),
    );
  }
  return { question, answer };
}

function staff(facts: BriefingFacts): Answer {
  const question = 'What happens to our people?';
  const item = itemById(facts, 'transition.staff-impact');
  if (!item) {
    return {
      question,
      answer: [],
      todo: {
        text: 'Add the staff impact to the checklist: which employment rules apply and who must be consulted.',
        fix: refs.readiness(),
      },
    };
  }
  const settled = item.status === 'done' || (item.status === 'n/a' && item.naReason.trim() !== '');
  if (!settled) {
    return {
      question,
      answer: [],
      todo: {
        text: `The staff impact is not settled yet (${itemState(item).toLowerCase()}, ${ownerAndDue(item, facts.today)}): take advice on transfer and consultation rules before announcing anything.`,
        fix: refs.checklistItem(item),
      },
    };
  }
  const answer: Inline[] = [...itemStatus(facts, item)];
  if (item.status === 'n/a') answer.push(say(' Reason: '), quote(item.naReason, refs.checklistItem(item)));
  const severance = facts.project.costs.transitionCosts.filter((cost) => cost.kind === 'severance-redeployment');
  if (severance.length > 0) {
    answer.push(
      say(' Budgeted for severance or redeployment: '),
      ...inlineList(
        severance.map((cost) => {
          const label = cost.label.trim() || transitionCostKindLabels[cost.kind];
          return say(`${label} ${money(cost.amount, facts.currency)}`, refs.transitionCosts({ id: cost.id, label }));
        }),
      ),
      say('.'),
    );
  }
  return { question, answer };
}

function underperforms(facts: BriefingFacts): Answer {
  const question = 'What if the provider underperforms?';
  const { expectations, governance, risks } = facts.project.plan;
  const withConsequence = expectations.filter((row) => row.consequence.trim() !== '');
  const escalation = governance.escalationPath.filter((step) => step.trim() !== '');
  if (withConsequence.length === 0 && escalation.length === 0) {
    return {
      question,
      answer: [],
      todo: {
        text: 'Agree what follows a missed service level, and the escalation path, on the Plan tab.',
        fix: refs.kpi(),
      },
    };
  }
  const answer: Inline[] = [];
  if (withConsequence.length > 0) {
    const example = withConsequence[0];
    const all = withConsequence.length === expectations.length;
    answer.push(
      say(
        all
          ? `${expectations.length === 1 ? 'The one service level carries' : `All ${numberWord(expectations.length)} service levels carry`} a consequence for a miss`
          : `${countedAtStart(withConsequence.length, 'service level', 'service levels')} of ${numberWord(expectations.length)} ${withConsequence.length === 1 ? 'carries' : 'carry'} a consequence for a miss`,
        refs.kpi(),
      ),
    );
    if (example) {
      const ref = refs.kpi(example);
      answer.push(
        say(', for example '),
        quote(example.kpi.trim() || example.objective, ref),
        say(': '),
        quote(example.consequence, ref),
        say(fullStop(example.consequence)),
      );
    } else answer.push(say('.'));
  }
  if (escalation.length > 0) {
    const ref = refs.governance('escalation-path', 'escalation path');
    const first = escalation[0] ?? '';
    const last = escalation.at(-1) ?? '';
    answer.push(
      ...(answer.length > 0 ? [space] : []),
      escalation.length === 1
        ? say('Problems escalate to ', ref)
        : say(`Problems escalate in ${numberWord(escalation.length)} steps, from `, ref),
      quote(first, ref),
      ...(escalation.length === 1 ? [] : [say(' to '), quote(last, ref)]),
      say(fullStop(last)),
    );
  }
  const severe = risks.toSorted(bySeverity)[0];
  if (severe) {
    const ref = refs.risk(severe);
    answer.push(
      space,
      say('The most severe risk recorded, “'),
      quote(severe.description, ref),
      say('”, is '),
      ...(severe.mitigation.trim() === ''
        ? [say('not yet mitigated.', ref)]
        : [say('mitigated by: ', ref), quote(severe.mitigation, ref), say(fullStop(severe.mitigation))]),
    );
  }
  return { question, answer };
}

export function questionsSection(facts: BriefingFacts, detail: Detail): SectionDraft {
  const answers = [
    loseControl(facts),
    treatedAsNumber(facts),
    hiddenCosts(facts),
    lockIn(facts),
    staff(facts),
    underperforms(facts),
  ];
  const blocks = answers.flatMap((answer): Block[] => [
    { kind: 'subheading', content: [say(answer.question)] },
    answer.todo
      ? {
          kind: 'callout',
          tone: 'gap',
          title: 'Not yet answerable',
          content: [say(answer.todo.text, answer.todo.fix)],
          fix: answer.todo.fix,
        }
      : { kind: 'paragraph', content: answer.answer },
  ]);
  const shown = detail === 'brief' ? blocks.slice(0, 6) : blocks;
  return { blocks: shown, gap: answers.every((answer) => answer.todo !== undefined) };
}
