/** The cost categories of a cost-centre baseline; zod-free so screens can import the labels cheaply. */
export const costCategoryIds = [
  'labour',
  'benefits',
  'facilities',
  'technology',
  'management',
  'hiring-attrition',
  'errors-rework',
  'other',
] as const;
export type CostCategoryId = (typeof costCategoryIds)[number];

export const costCategoryLabels: Record<CostCategoryId, string> = {
  labour: 'Labour',
  benefits: 'Benefits',
  facilities: 'Facilities',
  technology: 'Technology',
  management: 'Management overhead',
  'hiring-attrition': 'Hiring & attrition',
  'errors-rework': 'Errors & rework',
  other: 'Other',
};

/** One-time costs of moving the work to a provider. */
export const transitionCostKinds = [
  'vendor-selection',
  'knowledge-transfer',
  'severance-redeployment',
  'parallel-run',
  'contract-legal',
  'other',
] as const;
export type TransitionCostKind = (typeof transitionCostKinds)[number];

export const transitionCostKindLabels: Record<TransitionCostKind, string> = {
  'vendor-selection': 'Choosing the provider',
  'knowledge-transfer': 'Knowledge transfer',
  'severance-redeployment': 'Severance or redeployment',
  'parallel-run': 'Parallel run',
  'contract-legal': 'Contract and legal',
  other: 'Other',
};
