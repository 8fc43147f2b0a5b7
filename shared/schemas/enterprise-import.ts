// Importing enterprises from a CSV file: the request, and the report of a dry run or a commit.
import { z } from 'zod';
import { EnterpriseCreate } from './enterprise';

/** Largest CSV accepted, in bytes before base64 (10,000 enterprises fit easily). */
export const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

export const EnterpriseImportRequest = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes as base64: UTF-8 with or without BOM, or GBK/GB18030 as Chinese spreadsheet tools export. */
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64'),
  /** Validate and preview without writing anything (the default). */
  dryRun: z.boolean().default(true),
});

/** What is wrong with one cell (or a whole row when column is null); rows count as a spreadsheet shows them (header = 1). */
export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportAction = z.enum(['create', 'update', 'unchanged']);
export type ImportAction = z.infer<typeof ImportAction>;

export const EnterpriseImportReport = z.object({
  fileName: z.string(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'gb18030']),
  dryRun: z.boolean(),
  committed: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  /** The first errors (up to 500), in file order. */
  errors: z.array(ImportRowError),
  /** The first rows as they would be stored. */
  preview: z.array(z.object({ row: z.number().int(), action: ImportAction, enterprise: EnterpriseCreate })),
  elapsedMs: z.number(),
  rowsPerSecond: z.number(),
});
export type EnterpriseImportReport = z.infer<typeof EnterpriseImportReport>;
