import {
  BriefcaseBusiness,
  ClipboardCheck,
  Coins,
  Handshake,
  LayoutDashboard,
  Scale,
  type LucideIcon,
} from 'lucide-react';

export type SectionId = 'overview' | 'checklist' | 'costs' | 'vendors' | 'plan' | 'briefing';

export interface WorkspaceSection {
  id: SectionId;
  tab: string;
  title: string;
  icon: LucideIcon;
  /**
   * Laid out once while still unseen, after it is built (Workspace.tsx, layOutParked): its first showing costs what
   * a return does. For the tabs whose first showing measured dearer than a return: the checklist's on-screen areas,
   * the vendors' grids, the briefing's frame. Not the costs, whose content changes after it is built (its charts
   * arrive later), so a layout made ahead would be made again at its first showing, all of it at once.
   */
  layOutAhead?: true;
}

export const workspaceSections: readonly WorkspaceSection[] = [
  {
    id: 'overview',
    tab: 'Overview',
    title: 'Overview',
    icon: LayoutDashboard,
  },
  {
    id: 'checklist',
    tab: 'Checklist',
    title: 'Readiness checklist',
    icon: ClipboardCheck,
    layOutAhead: true,
  },
  {
    id: 'costs',
    tab: 'Costs',
    title: 'Cost baseline and business case',
    icon: Coins,
  },
  {
    id: 'vendors',
    tab: 'Vendors',
    title: 'Vendor fit',
    icon: Scale,
    layOutAhead: true,
  },
  {
    id: 'plan',
    tab: 'Plan',
    title: 'Partnership plan',
    icon: Handshake,
  },
  {
    id: 'briefing',
    tab: 'Briefing',
    title: 'C-suite briefing',
    icon: BriefcaseBusiness,
    layOutAhead: true,
  },
];
