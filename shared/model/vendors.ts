import { z } from 'zod';
import { Id, Money, NonNegative, Text } from './schemaParts';
import { criterionGroups, relationalSignals } from './vendorLabels';

export const QuoteSchema = z.object({
  pricingModel: z.enum(['all-inclusive', 'itemised']).default('all-inclusive'),
  /** All-inclusive price per year for the program. */
  annualFee: NonNegative.nullable().default(null),
  /** Itemised lines, each per year. */
  lines: z
    .array(z.object({ id: Id, label: Text(200), annualAmount: Money }))
    .max(200)
    .default([]),
  changeRequestsPerYear: NonNegative.default(0),
  changeFee: NonNegative.default(0),
  /** Months until the provider works at 100% productivity. */
  rampMonths: z.number().min(0).max(60).default(0),
  /** In-house cost per month kept running in parallel during the ramp. */
  parallelRunMonthlyCost: NonNegative.default(0),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const VendorSchema = z.object({
  id: Id,
  name: Text(200).min(1),
  contact: Text(500).default(''),
  website: Text(500).default(''),
  notes: Text().default(''),
  quote: QuoteSchema.default(QuoteSchema.parse({})),
});
export type Vendor = z.infer<typeof VendorSchema>;

export { criterionGroups, relationalSignals } from './vendorLabels';

export const CriterionSchema = z.object({
  id: Id,
  name: Text(200).min(1),
  question: Text(1000).default(''),
  group: z.enum(criterionGroups),
  /** What an answer scoring 1, 3 and 5 sounds like. */
  rubric: z.object({ 1: Text(1000), 3: Text(1000), 5: Text(1000) }).default({ 1: '', 3: '', 5: '' }),
  /** Direct weight in points; normalised when used. */
  weight: NonNegative.default(1),
  /** Knock-out: a vendor whose aggregated score is below this is disqualified. */
  mustHaveThreshold: z.number().min(1).max(5).nullable().default(null),
  relationalSignal: z.enum(relationalSignals).nullable().default(null),
  source: Text(200).default(''),
  custom: z.boolean().default(false),
});
export type Criterion = z.infer<typeof CriterionSchema>;

/** Saaty's 1–9 scale: how much more important `a` is than `b` (reciprocals below 1). */
export const PairwiseJudgmentSchema = z.object({
  a: Id,
  b: Id,
  value: z
    .number()
    .min(1 / 9)
    .max(9),
});

export const WeightingSetSchema = z.object({
  id: Id,
  name: Text(100).min(1),
  /** Criterion id → points. */
  weights: z.record(Id, NonNegative),
});

export const WeightingSchema = z.object({
  method: z.enum(['direct', 'ahp']).default('direct'),
  pairwise: z.array(PairwiseJudgmentSchema).max(2000).default([]),
  sets: z.array(WeightingSetSchema).max(50).default([]),
  activeSetId: Id.nullable().default(null),
});

export const EvaluatorSchema = z.object({
  id: Id,
  name: Text(200).min(1),
  role: Text(200).default(''),
});

export const ScoreSchema = z.object({
  vendorId: Id,
  criterionId: Id,
  evaluatorId: Id,
  score: z.number().int().min(1).max(5),
  note: Text(2000).default(''),
});
export type Score = z.infer<typeof ScoreSchema>;

/** 40 vendors × 30 criteria × 5 evaluators is 6,000; a file with more than this many is not a real engagement. */
export const maxScores = 200_000;

export const VendorEvaluationSchema = z.object({
  vendors: z.array(VendorSchema).max(500).default([]),
  criteria: z.array(CriterionSchema).max(500).default([]),
  weighting: WeightingSchema.default(WeightingSchema.parse({})),
  evaluators: z.array(EvaluatorSchema).max(100).default([]),
  scores: z.array(ScoreSchema).max(maxScores).default([]),
  aggregation: z.enum(['mean', 'median']).default('mean'),
  /** Seed for the Monte Carlo sensitivity analysis, so results are reproducible. */
  sensitivitySeed: z.number().int().default(20131),
});
export type VendorEvaluation = z.infer<typeof VendorEvaluationSchema>;
