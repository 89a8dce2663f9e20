import { acceptableConsistencyRatio } from '../domain/ahp';
import { levelLabels } from '../domain/readinessLabels';
import { percent } from '../format';
import type { BriefingFacts } from './facts';
import { tentativeCoverage } from './facts';
import type { StrengthItem } from './model';
import { refs } from './refs';
import { counted, countedAtStart } from './words';

/**
 * The "strength of this briefing" list: what a sceptical executive would find missing, each with where to fix
 * it. Major items undermine the case (fix before presenting); minor ones are worth adding.
 */

/** First place holding in fewer plausible weightings than this is worth shoring up before presenting. */
const contestedProbability = 0.5;
const evaluatorsForConfidence = 2;

export function briefingStrength(facts: BriefingFacts): StrengthItem[] {
  const { project, readiness, businessCase, scoring, leader } = facts;
  const { plan, costs, briefing, vendors } = project;
  const items: StrengthItem[] = [];
  const add = (weight: StrengthItem['weight'], text: string, fix: StrengthItem['fix']) =>
    items.push({ text, fix, weight });

  if (briefing.decisionRequested.trim() === '') {
    add(
      'major',
      'No decision requested: write what the executives are asked to decide.',
      refs.settings('decision-requested', 'decision requested'),
    );
  }
  if (costs.periods.length === 0) {
    add('major', 'No cost history: the case has no baseline to save against.', refs.baseline());
  } else if (businessCase.baseline.annualCost === null) {
    add(
      'major',
      'The cost history does not give a baseline yet: enter a full year or four quarters in a row.',
      refs.baseline(),
    );
  }
  const vendorOptions = businessCase.options.filter((option) => option.kind === 'vendor');
  if (vendorOptions.length === 0) {
    add('major', 'No quote entered: nothing to compare with keeping the work in-house.', refs.quotes());
  } else if (!vendorOptions.some((option) => option.missing.length === 0)) {
    add('major', 'No complete quote: every quote is missing its price.', refs.quotes());
  }
  if (vendors.vendors.length > 0 && vendors.evaluators.length < evaluatorsForConfidence) {
    add(
      'major',
      `Only ${counted(vendors.evaluators.length, 'evaluator', 'evaluators')}: a second scorer makes the ranking credible.`,
      refs.scoring(),
    );
  }
  if (vendors.vendors.length > 0 && !scoring.vendors.some((result) => result.total !== null)) {
    add('major', 'No provider is scored yet.', refs.scoring());
  } else if (leader && leader.coverage < tentativeCoverage) {
    add(
      'major',
      `The leading provider is scored on only ${percent(leader.coverage)} of the weight: its first place is tentative.`,
      refs.scoring(),
    );
  }
  if (plan.goals.length === 0 && briefing.strategicGoals.trim() === '') {
    add('major', 'No strategic goals: executives will see a cost cut, not a strategy.', refs.goal());
  }
  if (plan.governance.relationshipManager.name.trim() === '') {
    add(
      'major',
      'No relationship manager named: who runs the partnership after signing?',
      refs.governance('relationship-manager', 'relationship manager'),
    );
  }
  const gate = readiness.nextGate;
  if (gate && gate.missing.length > 0) {
    add(
      'major',
      `${countedAtStart(gate.missing.length, 'must-have is', 'must-haves are')} open before “${levelLabels[gate.level]}”.`,
      refs.readiness(),
    );
  }
  if (plan.risks.length === 0) add('major', 'No risks recorded: the board will ask what could go wrong.', refs.risk());
  if (plan.expectations.length === 0)
    add('major', 'No service levels: nothing says what the provider will be held to.', refs.kpi());

  if (leader && (facts.probabilities[leader.vendorId] ?? 0) < contestedProbability) {
    add('minor', 'First place is contested: it holds in under half of plausible weightings.', refs.scoring());
  }
  if (leader && leader.disagreements.length > 0) {
    add(
      'minor',
      `Evaluators disagree on ${counted(leader.disagreements.length, 'criterion', 'criteria')} for the leading provider.`,
      refs.scoring(),
    );
  }
  if (scoring.ahp && scoring.ahp.consistencyRatio > acceptableConsistencyRatio) {
    add('minor', 'The pairwise weight judgments are inconsistent: revisit them.', refs.scoring());
  }
  if (costs.periods.length > 0 && costs.retainedCosts.length === 0) {
    add('minor', 'No retained in-house cost: the savings look larger than they are.', refs.retainedCosts());
  }
  if (costs.periods.length > 0 && costs.transitionCosts.length === 0) {
    add('minor', 'No one-time transition cost: the payback looks faster than it is.', refs.transitionCosts());
  }
  if (costs.periods.length > 0 && Object.values(costs.categoryNotes).every((note) => (note ?? '').trim() === '')) {
    add('minor', 'No notes on where money is lost and why.', refs.baseline());
  }
  if (project.relationshipModel === 'undecided') {
    add(
      'minor',
      'Relationship model not decided: relational or transactional?',
      refs.project('relationship-model', 'relationship model'),
    );
  }
  const unowned = readiness.blockers.filter((item) => item.owner.trim() === '' || item.dueDate === null).length;
  if (unowned > 0)
    add(
      'minor',
      `${countedAtStart(unowned, 'open must-have lacks', 'open must-haves lack')} an owner or a due date.`,
      refs.readiness(),
    );
  if (plan.risks.some((risk) => risk.mitigation.trim() === '' || risk.owner.trim() === '')) {
    add('minor', 'Some risks have no mitigation or no owner.', refs.risk());
  }
  if (plan.expectations.some((row) => row.baseline.trim() === '' || row.target.trim() === '')) {
    add('minor', 'Some service levels have no figure for today or no target.', refs.kpi());
  }
  if (briefing.preparedBy.trim() === '')
    add('minor', 'No author: say who prepared the briefing.', refs.settings('prepared-by', 'prepared by'));

  return items.toSorted((a, b) => (a.weight === b.weight ? 0 : a.weight === 'major' ? -1 : 1));
}
