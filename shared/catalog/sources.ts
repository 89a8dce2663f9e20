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
  'iso-37500': {
    id: 'iso-37500',
    label: 'ISO 37500',
    title: 'ISO 37500:2014 Guidance on outsourcing',
  },
  'five-case-model': {
    id: 'five-case-model',
    label: 'Five Case Model',
    title: 'HM Treasury, The Green Book: appraisal and evaluation in central government, and the Five Case Model',
  },
  gdpr: {
    id: 'gdpr',
    label: 'GDPR',
    title: 'Regulation (EU) 2016/679, the General Data Protection Regulation (and the UK GDPR)',
  },
  'transfer-of-undertakings': {
    id: 'transfer-of-undertakings',
    label: 'TUPE / ARD',
    title:
      'Transfer of Undertakings (Protection of Employment) Regulations 2006 (UK) and Council Directive 2001/23/EC (Acquired Rights Directive)',
  },
  'eba-outsourcing': {
    id: 'eba-outsourcing',
    label: 'EBA outsourcing guidelines',
    title: 'European Banking Authority, Guidelines on outsourcing arrangements (EBA/GL/2019/02)',
  },
  'debt-collection-rules': {
    id: 'debt-collection-rules',
    label: 'Debt collection rules',
    title:
      'US Fair Debt Collection Practices Act and Regulation F (12 CFR part 1006); UK FCA Handbook, Consumer Credit sourcebook chapter 7 (CONC 7)',
  },
  'iso-31030': {
    id: 'iso-31030',
    label: 'ISO 31030',
    title: 'ISO 31030:2021 Travel risk management — Guidance for organizations',
  },
  'soc-isae': {
    id: 'soc-isae',
    label: 'SOC / ISAE 3402',
    title: 'AICPA SOC 1 and SOC 2 reports; IAASB ISAE 3402, assurance reports on controls at a service organisation',
  },
  'pci-dss': {
    id: 'pci-dss',
    label: 'PCI DSS',
    title:
      'PCI Data Security Standard and the PCI SSC information supplement on protecting telephone-based payment card data',
  },
  itil: {
    id: 'itil',
    label: 'ITIL',
    title: 'ITIL 4 practices: service desk and incident management',
  },
  'irs-payroll': {
    id: 'irs-payroll',
    label: 'IRS payroll guidance',
    title: 'US Internal Revenue Service, Outsourcing payroll duties (employers remain liable for payroll taxes)',
  },
  'it-cmf': {
    id: 'it-cmf',
    label: 'IT-CMF',
    title: 'IT Capability Maturity Framework (IT-CMF), Innovation Value Institute',
  },
  practice: {
    id: 'practice',
    label: 'Practice',
    title: 'Common practice of outsourcing advisers, not a single published source',
  },
};

/**
 * What each numbered part of the two seed documents is about, in a few words of our own, so a badge can say
 * "Tip 1 · involve the C-suite" instead of a bare number.
 */
export const sourceTopics: Partial<Record<SourceId, Record<string, string>>> = {
  'seed-tips': {
    'Tip 1': 'involve the C-suite',
    'Tip 2': 'create a win-win',
    'Tip 3': 'share cost-centre history',
    'Tip 4': 'define partnership expectations',
    'Tip 5': 'invest in your BPO manager',
  },
  'seed-relationship': {
    'Question 1': 'culture fit',
    'Question 2': 'low-friction organisation',
    'Question 3': 'commitment to satisfaction',
    'Question 4': 'joint problem solving',
    'Question 5': 'transparency and communication',
    'Question 6': 'pricing model',
    'Question 7': 'freedom to change the program',
    'Question 8': 'onboarding and ramp-up',
    'Question 9': 'tailored to your business',
    'Question 10': 'technology for the relationship',
    'Question 11': 'experienced, involved leaders',
    'Question 12': 'running to your expectations',
    'Question 13': 'who the provider answers to first',
  },
};
