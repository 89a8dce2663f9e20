import type { BusinessFunctionId } from '../model/businessFunctions';
import type { ChecklistAreaId } from '../model/checklist';
import type { ItemStage } from '../model/checklistStages';

/** Where a catalog entry comes from, so the UI and the briefing can cite it. */
export type SourceId =
  | 'seed-relationship' // "What type of relationship do you want with a BPO?" (the 13 questions)
  | 'seed-tips' // "5 tips to improve your BPO partner relationship"
  | 'escm-cl' // eSourcing Capability Model for Client Organizations
  | 'iso-37500' // ISO 37500:2014, guidance on outsourcing
  | 'five-case-model' // HM Treasury Green Book and the Five Case Model
  | 'gdpr' // EU General Data Protection Regulation
  | 'transfer-of-undertakings' // UK TUPE 2006 and EU Acquired Rights Directive 2001/23/EC
  | 'eba-outsourcing' // EBA Guidelines on outsourcing arrangements (EBA/GL/2019/02)
  | 'debt-collection-rules' // US FDCPA and Regulation F; UK FCA CONC 7
  | 'iso-31030' // ISO 31030:2021, travel risk management
  | 'soc-isae' // AICPA SOC 1 / SOC 2 and ISAE 3402 service-organisation reports
  | 'pci-dss' // PCI DSS and the PCI SSC guidance on telephone payments
  | 'itil' // ITIL service management practices
  | 'irs-payroll' // IRS guidance to employers who outsource payroll
  | 'it-cmf' // IT Capability Maturity Framework
  | 'practice'; // common practice of outsourcing advisers

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
  /** The stage a user's own item in this area starts with (they can change it). */
  defaultStage: ItemStage;
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
  /** The gate it must be done by. */
  stage: ItemStage;
  source: SourceId;
  /** Where in the source, e.g. "Tip 3", "Question 7", "Art. 28(3)". */
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
  /**
   * Common items that matter more (or less) for this function, or become (or stop being) a must-have for it.
   * An item's stage stays the catalog's: a gate means the same in every function.
   */
  reweight: Array<{ itemId: string; weight: 1 | 2 | 3; mustHave?: boolean }>;
  suggestedKpis: SuggestedKpi[];
}
