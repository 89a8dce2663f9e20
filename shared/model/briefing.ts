import { z } from 'zod';
import { Text } from './schemaParts';

export const briefingAudiences = ['ceo', 'cfo', 'coo', 'board'] as const;

/** What the user decides about the executive briefing; the content itself is composed from the project. */
export const BriefingSettingsSchema = z.object({
  audience: z.enum(briefingAudiences).default('ceo'),
  /** The decision the executives are asked to take. */
  decisionRequested: Text(2000).default(''),
  /** The user's own words for the recommendation; empty means "compose it from the analysis". */
  recommendation: Text(4000).default(''),
  /** How the outsourcing serves the company's strategy, in the user's words. */
  strategicGoals: Text(4000).default(''),
  preparedBy: Text(200).default(''),
});
export type BriefingSettings = z.infer<typeof BriefingSettingsSchema>;
