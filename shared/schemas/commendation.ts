// Commendations: honours the admin gives enterprises from a round's results, shown with the results,
// in exports and on the public pages.
import { z } from 'zod';
import { Id } from './common';

const Title = z.object({ zh: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(80) });

/** The titles the console offers first; any other zh/en pair is accepted too. */
export const commendationPresets = [
  { zh: '优秀单位', en: 'Outstanding unit' },
  { zh: '示范点位', en: 'Pilot site' },
  { zh: '进步显著单位', en: 'Most improved unit' },
] as const;

export const CommendationCreate = z.object({ enterpriseId: Id, title: Title });
export type CommendationCreate = z.infer<typeof CommendationCreate>;

export const Commendation = z.object({
  id: Id,
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string() }),
  title: Title,
  createdAt: z.string(),
});
export type Commendation = z.infer<typeof Commendation>;

export const CommendationList = z.object({ items: z.array(Commendation) });
