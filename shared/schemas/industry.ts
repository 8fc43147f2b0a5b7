// An enterprise's industry, as requests and stored rows carry it: one of the district's industry codes.
import { z } from 'zod';
import { industryCodes } from '../industries';

export const Industry = z.enum(industryCodes);
export type Industry = z.infer<typeof Industry>;
