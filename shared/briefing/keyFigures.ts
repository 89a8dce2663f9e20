import { levelLabels } from '../domain/readinessLabels';
import { money, percent } from '../format';
import type { BriefingFacts } from './facts';
import { tentativeCoverage } from './facts';
import type { SourceRef } from './model';
import { refs } from './refs';
import type { BriefingAudience } from './sections';
import { capitalised, monthsText, totalText, yearsText } from './words';

/** The three to five figures an executive reads first, chosen per audience from what the project has. */

export interface KeyFigure {
  label: string;
  value: string;
  ref: SourceRef;
}

type FigureId =
  'readiness' | 'baseline' | 'saving' | 'npv' | 'payback' | 'leader' | 'relational' | 'must-haves' | 'kpis' | 'ramp';

/** Each audience's figures in order of interest; the first five the project can fill are shown. */
const audienceFigures: Record<BriefingAudience, readonly FigureId[]> = {
  ceo: ['readiness', 'leader', 'relational', 'saving', 'must-haves', 'npv'],
  cfo: ['baseline', 'saving', 'npv', 'payback', 'readiness', 'must-haves'],
  coo: ['readiness', 'must-haves', 'kpis', 'ramp', 'leader', 'baseline'],
  board: ['saving', 'npv', 'payback', 'readiness', 'leader', 'must-haves'],
};

const maxFigures = 5;
/** The board's page has room for four. */
const maxBoardFigures = 4;

function figure(facts: BriefingFacts, id: FigureId): KeyFigure | null {
  const { readiness, businessCase, focusOption: option, leader, currency } = facts;
  switch (id) {
    case 'readiness': {
      const score = readiness.score === null ? 'nothing to assess yet' : `score ${Math.floor(readiness.score)} of 100`;
      return { label: 'Readiness', value: `${levelLabels[readiness.level]}, ${score}`, ref: refs.readiness() };
    }
    case 'baseline':
      return businessCase.baseline.annualCost === null
        ? null
        : {
            label: "Today's yearly cost",
            value: money(businessCase.baseline.annualCost, currency),
            ref: refs.baseline(),
          };
    case 'saving': {
      if (!option || option.annualSaving === null) return null;
      const share = option.savingShare === null ? '' : ` (${percent(option.savingShare)})`;
      return {
        label: `Yearly saving with ${option.name}`,
        value: `${money(option.annualSaving, currency)}${share}`,
        ref: refs.quote(option),
      };
    }
    case 'npv':
      return !option || option.npv === null
        ? null
        : {
            label: `Net present value over ${yearsText(businessCase.horizonYears)}`,
            value: money(option.npv, currency),
            ref: refs.quote(option),
          };
    case 'payback':
      if (!option || option.annualSaving === null) return null;
      return {
        label: 'Payback',
        value:
          option.paybackMonths === null
            ? `Not within ${yearsText(businessCase.horizonYears)}`
            : capitalised(monthsText(option.paybackMonths)),
        ref: refs.quote(option),
      };
    case 'leader': {
      if (facts.leaders.length > 1) {
        const names = facts.leaders.map((result) => facts.vendor(result.vendorId)?.name ?? result.vendorId);
        return { label: 'Best fit', value: `Shared: ${names.join(' and ')}`, ref: refs.scoring() };
      }
      const vendor = leader ? facts.vendor(leader.vendorId) : undefined;
      if (!leader || !vendor || leader.total === null) return null;
      const tentative = leader.coverage < tentativeCoverage ? ', tentative' : '';
      return {
        label: 'Best fit',
        value: `${vendor.name}, ${totalText(leader.total)} of 100${tentative}`,
        ref: refs.vendor(vendor),
      };
    }
    case 'relational': {
      const vendor = leader ? facts.vendor(leader.vendorId) : undefined;
      if (!leader || !vendor || leader.relationalLabel === null || leader.relationalIndex === null) return null;
      return {
        label: `How ${vendor.name} treats clients`,
        value: `${capitalised(leader.relationalLabel)}, ${leader.relationalIndex.toFixed(1)} of 5`,
        ref: refs.vendor(vendor),
      };
    }
    case 'must-haves': {
      const mustHaves = facts.project.checklist.items.filter((item) => item.mustHave).length;
      if (mustHaves === 0) return null;
      return { label: 'Must-haves open', value: `${readiness.blockers.length} of ${mustHaves}`, ref: refs.readiness() };
    }
    case 'kpis': {
      const { expectations } = facts.project.plan;
      if (expectations.length === 0) return null;
      const targeted = expectations.filter((row) => row.target.trim() !== '').length;
      return {
        label: 'Service levels defined',
        value: `${expectations.length} KPIs, ${targeted} with a target`,
        ref: refs.kpi(),
      };
    }
    case 'ramp': {
      const vendor = leader ? facts.vendor(leader.vendorId) : undefined;
      if (!vendor || vendor.quote.rampMonths === 0) return null;
      return {
        label: `Time to full productivity, ${vendor.name}`,
        value: capitalised(monthsText(vendor.quote.rampMonths)),
        ref: refs.quote(vendor),
      };
    }
  }
}

export function keyFigures(facts: BriefingFacts, audience: BriefingAudience): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const id of audienceFigures[audience]) {
    const found = figure(facts, id);
    if (found) figures.push(found);
    if (figures.length === (audience === 'board' ? maxBoardFigures : maxFigures)) break;
  }
  return figures;
}
