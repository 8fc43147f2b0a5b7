// Field problems in one shape (shared/issues.ts), whether the worker's 400 named them or a zod schema found them here first.
import type { z } from 'zod';
import { fieldIssueOf, type FieldIssue } from '../../shared/issues';

export type FieldProblem = FieldIssue;

/** The fields of a validation_failed error's details, as validate() writes them. */
export function fieldsOfDetails(details: unknown): FieldProblem[] {
  const fields = (details as { fields?: unknown } | null | undefined)?.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]).filter((f) => typeof f?.code === 'string' && typeof f.path === 'string') : [];
}

export const fieldsOfZod = (error: z.ZodError): FieldProblem[] => error.issues.map(fieldIssueOf);
