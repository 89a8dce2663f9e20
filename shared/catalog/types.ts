import type { BusinessFunctionId } from '../model/businessFunctions';
import type { ChecklistAreaId } from '../model/checklist';

/** Where a catalog entry comes from, so the UI and the briefing can cite it. */
export type SourceId =
  | 'seed-relationship' // "What type of relationship do you want with a BPO?" (the 13 questions)
  | 'seed-tips' // "5 tips to improve your BPO partner relationship"
  | 'escm-cl' // eSourcing Capability Model for Client Organizations
  | 'it-cmf' // IT Capability Maturity Framework (sourcing)
  | 'practice'; // common practitioner checklists

export interface CatalogSource {
  id: SourceId;
  /** Short tag shown on items, e.g. "Tip 3". Items may refine it with their own `sourceDetail`. */
  label: string;
  title: string;
}

export interface ChecklistArea {
  id: ChecklistAreaId;
  title: string;
  /** One sentence: what being ready in this area means. */
  summary: string;
}

export interface CatalogItem {
  /** Stable id, unique across the catalog and the templates, e.g. `sponsorship.sponsor-named`. */
  id: string;
  areaId: ChecklistAreaId;
  title: string;
  /** Why it matters, in the product's own words (2–3 sentences). */
  guidance: string;
  weight: 1 | 2 | 3;
  mustHave: boolean;
  source: SourceId;
  /** Where in the source, e.g. "Tip 3", "Question 7". */
  sourceDetail: string;
}

/** A KPI a function template suggests for the partnership plan. */
export interface SuggestedKpi {
  objective: string;
  kpi: string;
  measurement: string;
}

export interface FunctionTemplate {
  functionId: BusinessFunctionId;
  /** Items only this function needs, in addition to the common catalog. */
  extraItems: CatalogItem[];
  /** Common items that matter more (or less) for this function. */
  reweight: Array<{ itemId: string; weight: 1 | 2 | 3; mustHave?: boolean }>;
  suggestedKpis: SuggestedKpi[];
}
