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
  },
];
