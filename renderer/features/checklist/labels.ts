import type { ReadinessLevel } from '../../../shared/domain/readiness';

export const levelLabels: Record<ReadinessLevel, string> = {
  'not-ready': 'Not ready',
  preparing: 'Preparing',
  'ready-for-vendors': 'Ready for vendors',
  'ready-to-contract': 'Ready to contract',
};

/** What reaching each level lets the company do, in one line. */
export const levelMeanings: Record<ReadinessLevel, string> = {
  'not-ready': 'Nobody at the top owns the decision yet.',
  preparing: 'A sponsor owns it; the groundwork is under way.',
  'ready-for-vendors': 'You know your costs, process and the partner you want: talk to providers.',
  'ready-to-contract': 'Every must-have is done: you can negotiate and sign with confidence.',
};
