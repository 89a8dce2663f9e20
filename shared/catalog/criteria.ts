import type { z } from 'zod';
import { newId } from '../ids';
import type { Criterion, WeightingSetSchema } from '../model/vendors';
import { catalogSources } from './sources';
import { formatSource } from './sourceText';
import type { SourceId } from './types';

// Type-only imports from the model keep this module zod-free at run time, so screens can take the labels cheaply.
export type CriterionGroup = Criterion['group'];
export type RelationalSignal = NonNullable<Criterion['relationalSignal']>;
export type WeightingSet = z.infer<typeof WeightingSetSchema>;

export const criterionGroupLabels: Record<CriterionGroup, string> = {
  relationship: 'Relationship',
  delivery: 'Delivery',
  commercial: 'Commercial',
};

export const relationalSignalLabels: Record<RelationalSignal, string> = {
  culture: 'Culture',
  customization: 'Customization',
  'change-flexibility': 'Change flexibility',
  collaboration: 'Collaboration',
  transparency: 'Transparency',
  'ownership-incentive': 'Ownership incentive',
  'leadership-involvement': 'Leadership involvement',
};

/** A criterion as the library ships it; `defaultCriteria` turns entries into project criteria. */
export interface CriterionCatalogEntry {
  /** Stable id, also used by the weighting presets and the scoring code, e.g. `criterion.total-cost`. */
  id: string;
  name: string;
  /** What to ask the provider, in plain words. */
  question: string;
  group: CriterionGroup;
  /** 1 = a transactional, one-size-fits-all answer; 5 = a tailored, relational answer backed by evidence. */
  rubric: { 1: string; 3: string; 5: string };
  /** Default points, 1–5: questions that define the relationship weigh most. */
  weight: 1 | 2 | 3 | 4 | 5;
  mustHaveThreshold: number | null;
  relationalSignal: RelationalSignal | null;
  source: SourceId;
  /** Where in the source, e.g. "Question 7". */
  sourceDetail: string;
}

/** The criterion the business case's annual cost per vendor can score. */
export const totalCostCriterionId = 'criterion.total-cost';

/**
 * The vendor-fit criteria a project starts from, grouped in the order the scoring grid shows them:
 * one per question of the relationship guide, plus the four a careful buyer checks anyway.
 */
export const criteriaLibrary: readonly CriterionCatalogEntry[] = [
  // Relationship
  {
    id: 'criterion.culture-fit',
    name: 'Culture fit',
    question: 'How would you describe your company’s culture, and where does it match or differ from ours?',
    group: 'relationship',
    rubric: {
      1: 'Values come as slogans; they work the same way for every client and show no curiosity about how we work.',
      3: 'Describes their values with some examples and sees where we are alike, but has not asked how we make decisions or treat customers.',
      5: 'Asks about our values and customers first, names where the two cultures match and where they differ, and backs it with stories from staff and clients.',
    },
    weight: 5,
    mustHaveThreshold: null,
    relationalSignal: 'culture',
    source: 'seed-relationship',
    sourceDetail: 'Question 1',
  },
  {
    id: 'criterion.client-commitment',
    name: 'Commitment to client and customer satisfaction',
    question:
      'How do you show, with figures and examples, that your clients and their customers are getting happier with you over time?',
    group: 'relationship',
    rubric: {
      1: 'Points to a satisfaction survey or a certificate but cannot show anything that changed because of it.',
      3: 'Tracks satisfaction and client feedback and can name a few improvements, mostly ones a client had to push for.',
      5: 'Shows satisfaction trends for clients like us, explains improvements they started themselves and offers to share the figures with us every month.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'seed-relationship',
    sourceDetail: 'Question 3',
  },
  {
    id: 'criterion.collaboration',
    name: 'Joint problem solving',
    question: 'When an operational problem shows up, or is about to, how do you work with us to prevent or fix it?',
    group: 'relationship',
    rubric: {
      1: 'Problems become tickets answered within the contract’s terms; anything outside scope turns into a change request.',
      3: 'Has an escalation path and will meet to fix problems, but mostly after they have already hurt results.',
      5: 'Holds regular joint reviews that catch problems early, shares root causes openly and gives an example of a fix designed together with a client.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: 'collaboration',
    source: 'seed-relationship',
    sourceDetail: 'Question 4',
  },
  {
    id: 'criterion.transparency',
    name: 'Transparency and communication',
    question:
      'What will you share with us without being asked (reports, raw data, recordings, mistakes), how often, and who do we call?',
    group: 'relationship',
    rubric: {
      1: 'A standard monthly report; detailed data, recordings or error logs only on request or at extra cost.',
      3: 'Regular reports with some underlying data and a named contact, but bad news waits for the next scheduled meeting.',
      5: 'Direct access to live data and recordings, problems reported the same day, and a named person who picks up when we call.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: 'transparency',
    source: 'seed-relationship',
    sourceDetail: 'Question 5',
  },
  {
    id: 'criterion.tailored-program',
    name: 'Tailored to our business',
    question: 'How would our program differ from the one you run for other clients doing similar work?',
    group: 'relationship',
    rubric: {
      1: 'The same scripts, processes and reports as every other client; fitting them to us is discouraged or priced high.',
      3: 'Their standard program with a few settings adjusted for us, such as scripts, opening hours or report layout.',
      5: 'Starts from how our customers buy and pay, shows which parts they would design around us, and gives an example of doing that for another client.',
    },
    weight: 5,
    mustHaveThreshold: null,
    relationalSignal: 'customization',
    source: 'seed-relationship',
    sourceDetail: 'Question 9',
  },
  {
    id: 'criterion.first-obligation',
    name: 'Who the provider answers to first',
    question:
      'Who owns your company, and when their return targets clash with what we and our customers need, which wins?',
    group: 'relationship',
    rubric: {
      1: 'Vague about ownership, or the answer centres on growth and margin targets; small accounts come after the big ones.',
      3: 'Open about who owns them and what they expect; says clients come first but has no example of it costing them anything.',
      5: 'Explains the ownership and how leaders are rewarded, and describes a time they put a client’s customers ahead of short-term profit.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: 'ownership-incentive',
    source: 'seed-relationship',
    sourceDetail: 'Question 13',
  },
  {
    id: 'criterion.references',
    name: 'References from similar clients',
    question:
      'Can we speak to two or three clients of our size and line of business, and visit the site where our work would be done?',
    group: 'relationship',
    rubric: {
      1: 'Only big, famous names or no references at all; no site visit.',
      3: 'References are offered, but not of our size or sector, or only after a long delay; a visit is possible with notice.',
      5: 'Introduces clients of our size, including one that had problems or left, and invites us to meet the team that would do our work.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'practice',
    sourceDetail: 'Due diligence',
  },

  // Delivery
  {
    id: 'criterion.low-friction',
    name: 'Low-friction organisation',
    question:
      'Who will we deal with day to day, and how many hand-offs stand between our request and someone who can act on it?',
    group: 'delivery',
    rubric: {
      1: 'Requests go into a ticket queue or to an account manager with little authority; decisions pass several layers.',
      3: 'A named account manager settles routine matters; anything unusual goes up the chain and takes days.',
      5: 'A small, named team that decides most things itself, with a direct line to a senior person, shown on an organisation chart.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'seed-relationship',
    sourceDetail: 'Question 2',
  },
  {
    id: 'criterion.onboarding',
    name: 'Onboarding and ramp-up',
    question:
      'What usually slows a new client’s start, how long until our work runs at full productivity, and what will you do about the delays?',
    group: 'delivery',
    rubric: {
      1: 'Quotes a standard go-live date and assumes everything goes to plan; the risk of a slow start stays with us.',
      3: 'Has a transition plan with milestones and knows the common delays, but not how they would be handled for us.',
      5: 'Names the usual sticking points from experience, gives a realistic ramp-up curve for our volumes and commits people and steps to shorten it.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'seed-relationship',
    sourceDetail: 'Question 8',
  },
  {
    id: 'criterion.technology',
    name: 'Technology for the relationship',
    question:
      'Which tools will you use with us and our customers, and how do they make working together or serving them better?',
    group: 'delivery',
    rubric: {
      1: 'A list of systems and certificates; our data and customers must fit their tools, and connecting to ours costs extra.',
      3: 'Modern tools, some links to our systems and a client portal, used mainly for reporting.',
      5: 'Shows how their tools connect with ours, give us a live view of customer contacts, and improved service for a similar client.',
    },
    weight: 2,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'seed-relationship',
    sourceDetail: 'Question 10',
  },
  {
    id: 'criterion.leadership',
    name: 'Experienced, involved leaders',
    question:
      'Who will lead our program, which routine and unusual problems like ours have they handled, and how often will we see them?',
    group: 'delivery',
    rubric: {
      1: 'The people who sold the deal vanish after signing; the team lead is junior or not yet named.',
      3: 'Named leaders with relevant experience who join quarterly reviews but are otherwise hard to reach.',
      5: 'Named, seasoned leaders who walk through real cases like ours, unusual ones included, and commit to regular hands-on time with us.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: 'leadership-involvement',
    source: 'seed-relationship',
    sourceDetail: 'Question 11',
  },
  {
    id: 'criterion.run-to-expectations',
    name: 'Running to our expectations',
    question:
      'How will you make sure our program runs the way we expect: targets, reporting, reviews, and what happens when a target is missed?',
    group: 'delivery',
    rubric: {
      1: 'Refers to their standard service levels and a generic quality process; a missed target has no clear consequence.',
      3: 'Agrees service levels, regular reviews and credits for misses, but measures mainly what is easy for them.',
      5: 'Proposes targets built from our own baseline, shows how they measure and coach quality, and agrees a recovery plan and remedy when a target slips.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'seed-relationship',
    sourceDetail: 'Question 12',
  },
  {
    id: 'criterion.security-compliance',
    name: 'Security and compliance',
    question:
      'Which certifications and audits cover the sites and systems that would handle our data (for example ISO/IEC 27001 or a SOC 2 Type II report), and how do you meet the data-protection rules that apply to us?',
    group: 'delivery',
    rubric: {
      1: 'No current certificate or audit report; data protection is described only in general terms.',
      3: 'Holds a certificate or report, but it is out of date or does not cover the site or service we would use.',
      5: 'A current certificate and audit report covering our service, shared with us, plus a data-processing agreement, breach-notice terms and a right to audit.',
    },
    weight: 4,
    mustHaveThreshold: 3,
    relationalSignal: null,
    source: 'practice',
    sourceDetail: 'ISO/IEC 27001, SOC 2, data protection',
  },
  {
    id: 'criterion.scalability',
    name: 'Scaling with our volumes',
    question:
      'How quickly can you add or reduce capacity when our volumes swing with the seasons or a campaign, and what does that cost?',
    group: 'delivery',
    rubric: {
      1: 'A fixed team; any change needs a contract amendment and weeks of notice, and idle capacity is still billed.',
      3: 'Can flex within a set band with some notice; bigger swings are possible but priced separately.',
      5: 'Plans capacity with us from our forecast, flexes staff within days at agreed rates, and shows how they handled a similar peak for another client.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'practice',
    sourceDetail: 'Capacity planning',
  },

  // Commercial
  {
    id: 'criterion.pricing-model',
    name: 'Pricing model',
    question:
      'Do you quote one all-inclusive price for the whole program, or is each item charged separately? What is in the price and what is not?',
    group: 'commercial',
    rubric: {
      1: 'A long list of separate charges, with extras for reports, changes and set-up; the yearly total is hard to predict.',
      3: 'A clear base price with a short list of extras, though routine adjustments are still billed one by one.',
      5: 'One predictable price that covers reporting, routine adjustments and improvements, with anything excluded stated plainly.',
    },
    weight: 3,
    mustHaveThreshold: null,
    relationalSignal: 'change-flexibility',
    source: 'seed-relationship',
    sourceDetail: 'Question 6',
  },
  {
    id: 'criterion.change-terms',
    name: 'Freedom to change the program',
    question:
      'How often may we change scripts, processes or targets, how much notice do you need, and what do changes cost?',
    group: 'commercial',
    rubric: {
      1: 'Every change is a paid change request with a long lead time; the price list is there to discourage changes.',
      3: 'A few changes a year are included; beyond that, a fee for each and a few weeks’ notice.',
      5: 'Routine changes are included and made within days; only major redesigns are priced, on terms agreed up front.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: 'change-flexibility',
    source: 'seed-relationship',
    sourceDetail: 'Question 7',
  },
  {
    id: totalCostCriterionId,
    name: 'Total cost',
    question:
      'What will the program cost us per year in total, once changes, set-up and the staff we keep in-house are counted?',
    group: 'commercial',
    rubric: {
      1: 'Costs more per year than keeping the work in-house, or, with no cost baseline yet, half as much again as the cheapest quote.',
      3: 'Saves roughly a tenth of today’s annual cost once change fees and the staff we keep are counted, or is within about a third of the cheapest quote.',
      5: 'Saves 30% or more of today’s annual cost with everything counted, or is the cheapest quote or within 5% of it.',
    },
    weight: 4,
    mustHaveThreshold: null,
    relationalSignal: null,
    source: 'practice',
    sourceDetail: 'Total cost of ownership',
  },
];

/** The library as project criteria, in library order. */
export function defaultCriteria(): Criterion[] {
  return criteriaLibrary.map((entry) => ({
    id: entry.id,
    name: entry.name,
    question: entry.question,
    group: entry.group,
    rubric: { ...entry.rubric },
    weight: entry.weight,
    mustHaveThreshold: entry.mustHaveThreshold,
    relationalSignal: entry.relationalSignal,
    source: formatSource(catalogSources[entry.source].label, entry.sourceDetail),
    custom: false,
  }));
}

export interface WeightingPreset {
  id: string;
  name: string;
  /** One line: whose priorities the set stands for. */
  description: string;
  /** Library criterion id → points (1–5). */
  weights: Readonly<Record<string, number>>;
}

/** Ready-made weighting sets, so owners can see whether the finance, operations and customer views pick the same vendor. */
export const weightingPresets: readonly WeightingPreset[] = [
  {
    id: 'cfo',
    name: 'CFO view',
    description: 'Price, predictability and total cost first; relationship questions still count, but less.',
    weights: {
      'criterion.culture-fit': 2,
      'criterion.client-commitment': 1,
      'criterion.collaboration': 2,
      'criterion.transparency': 3,
      'criterion.tailored-program': 2,
      'criterion.first-obligation': 2,
      'criterion.references': 2,
      'criterion.low-friction': 1,
      'criterion.onboarding': 3,
      'criterion.technology': 1,
      'criterion.leadership': 1,
      'criterion.run-to-expectations': 2,
      'criterion.security-compliance': 3,
      'criterion.scalability': 3,
      'criterion.pricing-model': 5,
      'criterion.change-terms': 4,
      [totalCostCriterionId]: 5,
    },
  },
  {
    id: 'coo',
    name: 'COO view',
    description: 'Smooth day-to-day delivery first: ramp-up, service levels, capacity, security and hands-on leaders.',
    weights: {
      'criterion.culture-fit': 2,
      'criterion.client-commitment': 2,
      'criterion.collaboration': 4,
      'criterion.transparency': 3,
      'criterion.tailored-program': 3,
      'criterion.first-obligation': 1,
      'criterion.references': 3,
      'criterion.low-friction': 5,
      'criterion.onboarding': 5,
      'criterion.technology': 4,
      'criterion.leadership': 4,
      'criterion.run-to-expectations': 5,
      'criterion.security-compliance': 4,
      'criterion.scalability': 5,
      'criterion.pricing-model': 2,
      'criterion.change-terms': 3,
      [totalCostCriterionId]: 2,
    },
  },
  {
    id: 'customer',
    name: 'Customer view',
    description: 'How our customers will be treated first: culture, tailoring, commitment and openness.',
    weights: {
      'criterion.culture-fit': 5,
      'criterion.client-commitment': 5,
      'criterion.collaboration': 4,
      'criterion.transparency': 4,
      'criterion.tailored-program': 5,
      'criterion.first-obligation': 4,
      'criterion.references': 3,
      'criterion.low-friction': 3,
      'criterion.onboarding': 2,
      'criterion.technology': 3,
      'criterion.leadership': 4,
      'criterion.run-to-expectations': 3,
      'criterion.security-compliance': 3,
      'criterion.scalability': 2,
      'criterion.pricing-model': 1,
      'criterion.change-terms': 3,
      [totalCostCriterionId]: 1,
    },
  },
];

/**
 * A weighting set for the project's current criteria from a preset: each criterion gets the preset's points,
 * or its own weight when the preset does not name it (a custom criterion, say). Criteria the project removed
 * are left out. The set gets a fresh id, so applying a preset twice gives two distinct sets.
 */
export function presetWeightingSet(presetId: string, criteria: readonly Criterion[]): WeightingSet {
  const preset = weightingPresets.find((p) => p.id === presetId);
  if (!preset) throw new Error(`Unknown weighting preset: ${presetId}`);
  const points = new Map(Object.entries(preset.weights));
  return {
    id: newId(),
    name: preset.name,
    weights: Object.fromEntries(criteria.map((c) => [c.id, points.get(c.id) ?? c.weight])),
  };
}
