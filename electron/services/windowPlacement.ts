import { z } from 'zod';

/** Where the main window was when it last closed: restored at the next start, within a visible display. */
export const WindowPlacementSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowPlacement = z.infer<typeof WindowPlacementSchema>;
