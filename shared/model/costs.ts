import { z } from 'zod';
import { costCategoryIds, transitionCostKinds } from './costCategories';
import { Id, IsoDate, Money, NonNegative, Text } from './schemaParts';

export { costCategoryIds, transitionCostKinds, type CostCategoryId } from './costCategories';

export const CostPeriodSchema = z.object({
  id: Id,
  label: Text(100).min(1),
  kind: z.enum(['year', 'quarter']).default('year'),
  start: IsoDate,
  /** Amount per cost category in the project's currency; a missing category was not entered. */
  amounts: z.partialRecord(z.enum(costCategoryIds), Money).default({}),
  /** Units of work done in the period (contacts, invoices, trips…), when known. */
  volume: NonNegative.nullable().default(null),
});
export type CostPeriod = z.infer<typeof CostPeriodSchema>;

export const TransitionCostSchema = z.object({
  id: Id,
  kind: z.enum(transitionCostKinds),
  label: Text(200).default(''),
  amount: Money,
});

/** What stays in-house after the hand-over: the relationship manager, governance, contract management. */
export const RetainedCostSchema = z.object({
  id: Id,
  label: Text(200).min(1),
  annualAmount: Money,
});

export const CostsSchema = z.object({
  periods: z.array(CostPeriodSchema).max(200).default([]),
  volumeUnit: Text(50).default('units'),
  transitionCosts: z.array(TransitionCostSchema).max(200).default([]),
  retainedCosts: z.array(RetainedCostSchema).max(200).default([]),
  /** Per category: why money is lost there, what is not working (tip 3: share cost-centre history). */
  categoryNotes: z.partialRecord(z.enum(costCategoryIds), Text(2000)).default({}),
  horizonYears: z.number().int().min(1).max(15).default(3),
  discountRate: z.number().min(0).max(1).default(0.08),
});
export type Costs = z.infer<typeof CostsSchema>;
