/** Constants of the vendor evaluation, zod-free so screens can import them cheaply. */
export const criterionGroups = ['relationship', 'delivery', 'commercial'] as const;

/** What makes a provider relational rather than transactional (seed 1): a criterion carries at most one. */
export const relationalSignals = [
  'culture',
  'customization',
  'change-flexibility',
  'collaboration',
  'transparency',
  'ownership-incentive',
  'leadership-involvement',
] as const;
