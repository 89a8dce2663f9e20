/** The briefing's sections and audiences: zod-free constants the model, the composer and the screen share. */

export const briefingAudiences = ['ceo', 'cfo', 'coo', 'board'] as const;
export type BriefingAudience = (typeof briefingAudiences)[number];

export const briefingSectionIds = [
  'summary',
  'strategy',
  'current-state',
  'business-case',
  'readiness',
  'vendors',
  'expectations',
  'governance',
  'risks',
  'questions',
  'next-steps',
  'method',
] as const;
export type BriefingSectionId = (typeof briefingSectionIds)[number];

export const briefingSectionTitles: Record<BriefingSectionId, string> = {
  summary: 'Executive summary',
  strategy: 'Strategic alignment',
  'current-state': 'Current state and cost history',
  'business-case': 'Business case',
  readiness: 'Readiness',
  vendors: 'Vendor evaluation',
  expectations: 'Expectations and service levels',
  governance: 'Governance',
  risks: 'Risks and mitigations',
  questions: 'Anticipated questions',
  'next-steps': 'Next steps',
  method: 'Appendix: method',
};

export const audienceLabels: Record<BriefingAudience, string> = {
  ceo: 'Chief Executive',
  cfo: 'Chief Financial Officer',
  coo: 'Chief Operating Officer',
  board: 'Board of directors',
};

/**
 * Each audience's default sections, in order: the CEO reads strategy, customers and the recommendation; the
 * CFO the money; the COO the operation; the board one page.
 */
export const audienceSections: Record<BriefingAudience, readonly BriefingSectionId[]> = {
  ceo: ['summary', 'strategy', 'questions', 'vendors', 'business-case', 'readiness', 'risks', 'next-steps', 'method'],
  cfo: [
    'summary',
    'business-case',
    'current-state',
    'vendors',
    'risks',
    'questions',
    'readiness',
    'next-steps',
    'method',
  ],
  coo: [
    'summary',
    'current-state',
    'expectations',
    'governance',
    'readiness',
    'vendors',
    'risks',
    'questions',
    'next-steps',
    'method',
  ],
  board: ['summary', 'business-case', 'risks'],
};
