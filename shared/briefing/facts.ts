import { businessCaseOf, type BusinessCase, type BusinessCaseOption } from '../domain/businessCase';
import { assessReadiness, isoDay, type ReadinessReport } from '../domain/readiness';
import { scoreVendors, type VendorResult, type VendorScoring } from '../domain/scoring';
import { flipPoints, rankProbabilities, robustnessSentence, type FlipPoint } from '../domain/sensitivity';
import { volumeUnitOf } from '../domain/volumeUnit';
import { businessFunction } from '../model/businessFunctions';
import type { Project } from '../model/project';
import type { Criterion, Vendor } from '../model/vendors';
import type { Inline } from './model';
import { refs } from './refs';
import { quote, say } from './words';

/**
 * Everything the briefing states, computed once by the domain functions: readiness, the business case, the
 * vendor scoring and its robustness. Section composers read these and never re-derive a figure.
 */

/**
 * Plausible weightings drawn for the rank probabilities. Fewer than the Vendors screen's 10,000 so composing
 * stays quick on a large project; the method appendix says how many, and the screen may pass its own result.
 */
export const briefingRankSamples = 4000;

/** Rank probabilities already computed elsewhere (the Vendors screen's worker), with how many samples they took. */
export { tentativeCoverage } from '../domain/scoring';

export interface PrecomputedRankProbabilities {
  shares: Readonly<Record<string, number>>;
  samples: number;
}

export interface BriefingFacts {
  project: Project;
  /** ISO day the briefing is composed on. */
  today: string;
  functionLabel: string;
  /** What one unit of work is called (contacts, invoices…). */
  unit: string;
  currency: string;
  readiness: ReadinessReport;
  businessCase: BusinessCase;
  scoring: VendorScoring;
  flips: FlipPoint[];
  probabilities: Readonly<Record<string, number>>;
  rankSamples: number;
  /** The robustness sentence with each vendor and criterion name as the user's own text; null when nobody is ranked. */
  robustness: Inline[] | null;
  /** Vendors ranked first (more than one when first place is shared). */
  leaders: VendorResult[];
  /** The single vendor ranked first, if there is one. */
  leader: VendorResult | null;
  /** The business-case option the recommendation rests on: the leader's when complete, else the best one. */
  focusOption: BusinessCaseOption | null;
  vendor(id: string): Vendor | undefined;
  criterion(id: string): Criterion | undefined;
  option(id: string): BusinessCaseOption | undefined;
  /** A vendor's name as the user's text, with its reference. */
  vendorName(id: string, ref?: 'vendor' | 'quote'): Inline;
  criterionName(id: string): Inline;
}

/** Characters from Unicode's private use area: no user's text holds them after the reader cleans it. */
const placeholderPattern = /\uE000(\d+)\uE001/;

/** The domain's robustness sentence, split so each name in it is the user's text with its own reference. */
function robustnessInlines(
  project: Project,
  scoring: VendorScoring,
  flips: FlipPoint[],
  probabilities: Readonly<Record<string, number>>,
) {
  const named: Inline[] = [];
  const names: Record<string, string> = {};
  for (const criterion of project.vendors.criteria) {
    names[criterion.id] = `\uE000${named.length}\uE001`;
    named.push(quote(criterion.name, refs.criterion(criterion)));
  }
  for (const vendor of project.vendors.vendors) {
    names[vendor.id] = `\uE000${named.length}\uE001`;
    named.push(quote(vendor.name, refs.vendor(vendor)));
  }
  const sentence = robustnessSentence(project, { scoring, flips, probabilities, names });
  const parts = sentence.split(placeholderPattern);
  // split with a capture group alternates text and captured index: text, index, text, index, text…
  return parts.flatMap((part, index): Inline[] => {
    if (index % 2 === 1) {
      const name = named[Number(part)];
      return name ? [name] : [];
    }
    return part === '' ? [] : [say(part, refs.scoring())];
  });
}

function pickFocusOption(businessCase: BusinessCase, leader: VendorResult | null): BusinessCaseOption | null {
  const byId = (id: string | null) => businessCase.options.find((option) => option.id === id) ?? null;
  const leaderOption = leader ? byId(leader.vendorId) : null;
  if (leaderOption && leaderOption.npv !== null) return leaderOption;
  const best = byId(businessCase.bestOptionId);
  return best?.kind === 'vendor' ? best : null;
}

export function gatherFacts(
  project: Project,
  now: Date,
  precomputed: PrecomputedRankProbabilities | undefined,
): BriefingFacts {
  const readiness = assessReadiness(project, isoDay(now));
  const businessCase = businessCaseOf(project);
  const scoring = scoreVendors(project);
  const flips = flipPoints(project, scoring);
  const rankSamples = precomputed?.samples ?? briefingRankSamples;
  const probabilities = precomputed?.shares ?? rankProbabilities(project, { samples: rankSamples, scoring });
  const leaders = scoring.vendors.filter((result) => result.rank === 1);
  const leader = leaders.length === 1 ? (leaders[0] ?? null) : null;

  const vendors = new Map(project.vendors.vendors.map((vendor) => [vendor.id, vendor]));
  const criteria = new Map(project.vendors.criteria.map((criterion) => [criterion.id, criterion]));
  const options = new Map(businessCase.options.map((option) => [option.id, option]));

  return {
    project,
    today: isoDay(now),
    functionLabel: businessFunction(project.functionTemplate).label,
    unit: volumeUnitOf(project),
    currency: project.currency,
    readiness,
    businessCase,
    scoring,
    flips,
    probabilities,
    rankSamples,
    robustness: leaders.length === 0 ? null : robustnessInlines(project, scoring, flips, probabilities),
    leaders,
    leader,
    focusOption: pickFocusOption(businessCase, leader),
    vendor: (id) => vendors.get(id),
    criterion: (id) => criteria.get(id),
    option: (id) => options.get(id),
    vendorName(id, ref = 'vendor') {
      const vendor = vendors.get(id) ?? { id, name: id };
      return quote(vendor.name, ref === 'vendor' ? refs.vendor(vendor) : refs.quote(vendor));
    },
    criterionName(id) {
      const criterion = criteria.get(id) ?? { id, name: id };
      return quote(criterion.name, refs.criterion(criterion));
    },
  };
}
