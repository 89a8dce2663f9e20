import type { BriefingAudience, BriefingSectionId } from './sections';

/**
 * The C-suite briefing as a document model: sections of blocks, every figure and claim carrying a reference
 * to the record it came from. `composeBriefing` builds it from a project; the HTML, Markdown and Word
 * renderers turn it into documents; the Briefing screen previews it and links each reference to its record.
 */

/** Where in the workspace a record lives, so the preview can open it. */
export type WorkspaceTab = 'overview' | 'checklist' | 'costs' | 'vendors' | 'plan' | 'briefing';

export type SourceKind =
  | 'checklist-item'
  | 'readiness'
  | 'cost-period'
  | 'baseline'
  | 'business-case'
  | 'quote'
  | 'retained-costs'
  | 'transition-costs'
  | 'vendor'
  | 'criterion'
  | 'score'
  | 'scoring'
  | 'goal'
  | 'kpi'
  | 'meeting'
  | 'governance'
  | 'risk'
  | 'briefing-settings'
  /** A project-wide setting (the relationship model, the function): the project settings on the overview. */
  | 'project';

/** The record a fact came from: what it is, its id when it has one, and the tab where it is edited. */
export interface SourceRef {
  kind: SourceKind;
  id?: string;
  tab: WorkspaceTab;
  /** How the record is named to the reader, e.g. "Cost period FY2025", "Checklist: Name an executive sponsor". */
  label: string;
}

/** A run of text; `ref` makes it a fact traced to its record. */
export interface Inline {
  text: string;
  ref?: SourceRef;
  strong?: boolean;
  /** Typed by the user (a name, a note, a goal): renderers isolate its direction and never read it as markup. */
  user?: boolean;
}

export interface TableCell {
  text: string;
  ref?: SourceRef;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Typed by the user: renderers isolate its direction. */
  user?: boolean;
}

/** Charts are data, drawn by each renderer (inline SVG in HTML, a table in Markdown, an image or table in Word). */
export type ChartSpec =
  | {
      type: 'bars';
      /** Horizontal bars, one per item, on a shared scale. */
      items: Array<{ label: string; value: number; display: string; highlight?: boolean }>;
      /** The value the bars are measured from (0 for costs, scores). */
      baseline?: number;
    }
  | {
      type: 'lines';
      /** One line per series over the same x labels (years of the horizon). */
      xLabels: string[];
      series: Array<{ name: string; values: number[] }>;
      /** Draw a dashed line at this value (0: break-even). */
      reference?: number;
    }
  | {
      type: 'matrix';
      /** A 3×3 likelihood × impact grid: count of items per cell, rows high → low impact. */
      rows: string[];
      columns: string[];
      cells: number[][];
    };

export type Block =
  /** A heading inside a section, e.g. one anticipated question. */
  | { kind: 'subheading'; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'bullets'; items: Inline[][] }
  | { kind: 'figures'; items: Array<{ label: string; value: string; ref?: SourceRef }> }
  | { kind: 'table'; caption: string; header: string[]; rows: TableCell[][] }
  | { kind: 'chart'; title: string; alt: string; chart: ChartSpec; ref?: SourceRef }
  | {
      kind: 'callout';
      tone: 'recommendation' | 'decision' | 'gap' | 'warning' | 'note';
      title: string;
      content: Inline[];
      /** For a gap: where to fill it in. */
      fix?: SourceRef;
    };

export interface BriefingSection {
  id: BriefingSectionId;
  title: string;
  blocks: Block[];
  /** True when the section's inputs are missing and it says so (a gap) rather than informs. */
  gap: boolean;
}

/** What still weakens the case, each with where to fix it: the "strength of this briefing" list. */
export interface StrengthItem {
  text: string;
  fix: SourceRef;
  /** How much it weakens the case: must fix before presenting, or worth adding. */
  weight: 'major' | 'minor';
}

export interface Briefing {
  title: string;
  /** The project's name as the company calls the engagement. */
  projectName: string;
  functionLabel: string;
  audience: BriefingAudience;
  audienceLabel: string;
  preparedBy: string;
  /** ISO day the briefing was composed. */
  date: string;
  /** The project's currency, for renderers that format further figures. */
  currency: string;
  sections: BriefingSection[];
  strength: StrengthItem[];
}
