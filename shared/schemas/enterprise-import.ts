// Importing enterprises from a CSV file: the request, and the report of a dry run or a commit.
import { z } from 'zod';
import { IMPORT_ACTIONS } from './values';
import { importNoteReasons, type IssueReason, type ZodIssueCode } from '../issues';
import { RegistryEnterprise } from './enterprise';

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

const IssueParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]));

/**
 * What is wrong with one cell (or the header, row 1): rows count as a spreadsheet shows them (header = 1).
 * `reason` is zod's issue code or one of shared/issues.ts; `params` hold what the client's message needs
 * (the value typed, the allowed values, the nearest streets); `message` is English, for logs.
 */
export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
  message: z.string(),
  params: IssueParamsSchema.optional(),
});
export type ImportRowError = z.infer<typeof ImportRowError> & { reason: IssueReason | ZodIssueCode };

/** Something the import did that is not a problem: a code cleaned, an alias read as its street, a column left unused. */
export const ImportNote = z.object({ row: z.number().int(), column: z.string().nullable(), reason: z.enum(importNoteReasons), params: IssueParamsSchema });
export type ImportNote = z.infer<typeof ImportNote>;

export const ImportAction = z.enum(IMPORT_ACTIONS);
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
  /** The first errors (up to 500), in file order: the header's and the rows' together. */
  errors: z.array(ImportRowError),
  noteCount: z.number().int(),
  /** The first notes (up to 500), in file order. */
  notes: z.array(ImportNote),
  /** The first rows as they would be stored. */
  preview: z.array(z.object({ row: z.number().int(), action: ImportAction, enterprise: RegistryEnterprise })),
  elapsedMs: z.number(),
  rowsPerSecond: z.number(),
});
export type EnterpriseImportReport = z.infer<typeof EnterpriseImportReport>;
