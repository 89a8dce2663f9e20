import { z } from 'zod';
import { meetingFrequencies, reportingCadences, riskLevels } from './planLabels';
import { Id, Text } from './schemaParts';

export { reportingCadences, riskLevels } from './planLabels';

/** One SLA/KPI row: an outcome, how it is measured, where it starts and where it must get to. */
export const ExpectationSchema = z.object({
  id: Id,
  objective: Text(500).min(1),
  kpi: Text(300).default(''),
  baseline: Text(200).default(''),
  target: Text(200).default(''),
  measurement: Text(1000).default(''),
  cadence: z.enum(reportingCadences).default('monthly'),
  consequence: Text(1000).default(''),
});
export type Expectation = z.infer<typeof ExpectationSchema>;

export const MeetingSchema = z.object({
  id: Id,
  name: Text(200).min(1),
  frequency: z.enum(meetingFrequencies),
  attendees: Text(500).default(''),
  purpose: Text(1000).default(''),
});

export const GovernanceSchema = z.object({
  relationshipManager: z
    .object({
      name: Text(200).default(''),
      role: Text(200).default(''),
      /** Share of their working time given to the relationship, 0–1. */
      timeShare: z.number().min(0).max(1).nullable().default(null),
    })
    .default({ name: '', role: '', timeShare: null }),
  meetings: z.array(MeetingSchema).max(50).default([]),
  feedbackLoop: Text(2000).default(''),
  escalationPath: z.array(Text(300)).max(20).default([]),
  changeProcess: Text(2000).default(''),
});

export type Meeting = z.infer<typeof MeetingSchema>;
export type Governance = z.infer<typeof GovernanceSchema>;

export const RiskSchema = z.object({
  id: Id,
  description: Text(1000).min(1),
  likelihood: z.enum(riskLevels).default('medium'),
  impact: z.enum(riskLevels).default('medium'),
  mitigation: Text(2000).default(''),
  owner: Text(200).default(''),
});
export type Risk = z.infer<typeof RiskSchema>;

/** A company goal, and how handing the function over serves it (tip 1: show the strategic vision, not only the cost). */
export const StrategicGoalSchema = z.object({
  id: Id,
  goal: Text(300).min(1),
  contribution: Text(1000).default(''),
});
export type StrategicGoal = z.infer<typeof StrategicGoalSchema>;

export const PlanSchema = z.object({
  goals: z.array(StrategicGoalSchema).max(50).default([]),
  expectations: z.array(ExpectationSchema).max(500).default([]),
  risks: z.array(RiskSchema).max(500).default([]),
  governance: GovernanceSchema.default(GovernanceSchema.parse({})),
});
export type Plan = z.infer<typeof PlanSchema>;
