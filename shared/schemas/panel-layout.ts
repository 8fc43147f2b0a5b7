// How one user lays out the side panel, as the extension stores it: rows opened or closed by hand and
// whether other experts' rationales are unfolded.
import { z } from 'zod';

export const PanelLayout = z.object({
  /** Other experts' rationales shown in full (folded to a line by default). */
  rationalesOpen: z.boolean(),
  /** Tree rows (dimension, group, indicator ids) opened (true) or closed (false) by hand, per "roundId:enterpriseId". */
  rows: z.record(z.string(), z.record(z.string(), z.boolean())),
});
export type PanelLayout = z.infer<typeof PanelLayout>;

