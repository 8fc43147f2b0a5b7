// The streets and towns of the registry with how many enterprises each holds (for enrolment by street and coordinators' bindings).
import { z } from 'zod';

export const StreetCount = z.object({ street: z.string(), enterprises: z.number().int() });
export const StreetList = z.object({ items: z.array(StreetCount) });
