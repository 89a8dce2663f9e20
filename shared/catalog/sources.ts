import type { CatalogSource, SourceId } from './types';

/**
 * The works the catalog draws on. Labels are short enough for a tag on an item;
 * titles are what the briefing's appendix cites in full.
 */
export const catalogSources: Record<SourceId, CatalogSource> = {
  'seed-relationship': {
    id: 'seed-relationship',
    label: 'BPO relationship guide',
    title: 'What Type of Relationship Do You Want With a BPO? (Servicing Solutions blog)',
  },
  'seed-tips': {
    id: 'seed-tips',
    label: 'BPO partnership tips',
    title: '5 Tips to Improve Your BPO Partner Relationship (Mike MacNair, MacNair Travel Leadership Blog, 2016)',
  },
  'escm-cl': {
    id: 'escm-cl',
    label: 'eSCM-CL',
    title: 'eSourcing Capability Model for Client Organizations (eSCM-CL), Carnegie Mellon University ITSqc',
  },
  'it-cmf': {
    id: 'it-cmf',
    label: 'IT-CMF',
    title: 'IT Capability Maturity Framework (IT-CMF), Innovation Value Institute',
  },
  practice: {
    id: 'practice',
    label: 'Practice',
    title: 'Common practitioner checklists for preparing a function for outsourcing',
  },
};
