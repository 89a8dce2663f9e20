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
