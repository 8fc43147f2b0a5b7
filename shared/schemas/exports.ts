// Downloads of a round's data: results, scores, evidence or inter-rater agreement, as CSV (UTF-8 with BOM) or XLSX.
import { z } from 'zod';
import { IdParam } from './common';

export const ExportDataset = z.enum(['results', 'scores', 'evidence', 'agreement']);
export type ExportDataset = z.infer<typeof ExportDataset>;

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportLang = z.enum(['zh-CN', 'en']);
export type ExportLang = z.infer<typeof ExportLang>;

export const ExportParam = z.object({ roundId: IdParam, dataset: ExportDataset });

export const ExportQuery = z.object({
  format: ExportFormat.default('csv'),
  /** Only this enterprise (scores and evidence of one enterprise, for its report). */
  enterpriseId: IdParam.optional(),
  /** The reader's language; without it the Accept-Language header decides, Chinese by default. */
  lang: ExportLang.optional(),
  /** The IANA time zone times are written in; the district's (Asia/Shanghai) by default. */
  tz: z.string().trim().min(1).max(64).optional(),
});
