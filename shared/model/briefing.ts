import { z } from 'zod';
import { briefingAudiences, briefingSectionIds } from '../briefing/sections';
import { Text } from './schemaParts';

export { briefingAudiences } from '../briefing/sections';

const SectionLayoutSchema = z
  .array(z.object({ id: z.enum(briefingSectionIds), included: z.boolean() }))
  .max(briefingSectionIds.length);

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
  /** Per audience, the sections in the user's order and whether each is in; absent means the audience's default. */
  layouts: z.partialRecord(z.enum(briefingAudiences), SectionLayoutSchema).default({}),
  /** The user's own words added to a section, for every audience. */
  sectionNotes: z.partialRecord(z.enum(briefingSectionIds), Text(4000)).default({}),
});
export type BriefingSettings = z.infer<typeof BriefingSettingsSchema>;
