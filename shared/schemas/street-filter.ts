// The one street filter every round-scale list takes (queues, rectification groups, account scopes): a street's
// name today. When streets become registry ids, this schema and worker/queries/street-filter.ts change, nothing else.
import { z } from 'zod';

export const StreetFilter = z.string().trim().min(1).max(40);
export type StreetFilter = z.infer<typeof StreetFilter>;
