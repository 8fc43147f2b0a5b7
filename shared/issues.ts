// Field problems as the API and the CSV import report them: zod's issue code or one of our own reasons, with
// the facts a client needs to say what is wrong in the user's language (limits, allowed values, suggestions).
// The English `message` is for logs and API users; clients show the text for the code or reason.
import type { z } from 'zod';

/** zod's issue codes (v4): what a schema check can report. */
export const zodIssueCodes = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type ZodIssueCode = (typeof zodIssueCodes)[number];

/** Our own reasons, each a check zod's codes cannot name: refinements of the shared schemas, the worker's checks of a field, the import's. */
export const issueReasons = [
  // Enterprises and streets
  'credit_code_length',
  'credit_code_characters',
  'credit_code_check_digit',
  'credit_code_area',
  'credit_code_zero',
  'domain_invalid',
  'domain_repeated',
  'phone_invalid',
  'street_unknown',
  'alias_repeated',
  'street_repeated',
  'street_name_taken',
  'street_code_taken',
  'street_order_incomplete',
  'industry_unknown',
  'industry_code_unknown',
  // Other requests
  'nothing_to_change',
  'scope_missing',
  'selector_order',
  'clip_quote_missing',
  'source_url_missing',
  'selector_quote_mismatch',
  'stance_or_note_missing',
  'reject_reason_missing',
  'answer_missing',
  'reopen_reason_missing',
  'due_before_opening',
  'due_date_past',
  'url_not_http',
  'date_not_real',
  'date_out_of_range',
  'evidence_foreign',
  'evidence_not_accepted',
  'dimension_unknown',
  'indicator_unknown',
  'indicator_not_scored',
  'enterprise_not_enrolled',
  'not_an_expert',
  'score_above_max',
  'rubric_level_mismatch',
  'adjustment_unknown',
  'draft_code_fixed',
  'rectification_mixed_edit',
  'cursor_invalid',
  'preview_token_mismatch',
  'evidence_already_filed_there',
  // Framework documents
  'weights_sum',
  'code_has_dot',
  'code_repeated',
  'code_shape',
  'industries_for_special',
  'industries_only_special',
  'rubric_starts_at_zero',
  'rubric_ascending',
  'rubric_below_max',
  'validity_age_missing',
  'grade_bands_descending',
  'grade_band_last_zero',
  'veto_grade_unknown',
  // The CSV import
  'required',
  'column_missing',
  'column_repeated',
  'credit_code_repeated_in_file',
  'domain_repeated_in_file',
  'domain_taken',
  'base64_invalid',
  // Downloads
  'time_zone_unknown',
] as const;
export type IssueReason = (typeof issueReasons)[number];

/** What the import only tells: a value it changed on the way in, or a column it did not use. */
export const importNoteReasons = ['credit_code_cleaned', 'street_alias', 'industry_code', 'column_unused'] as const;
export type ImportNoteReason = (typeof importNoteReasons)[number];

/** Facts about a problem, for the client's message: limits, the allowed values, what was typed, suggestions. */
export type IssueParams = Record<string, string | number | boolean | null | string[]>;

/** One problem of one field; `path` is dotted (`domains.2`), empty for the whole body. */
export type FieldIssue = { path: string; code: string; reason?: IssueReason; message: string; params?: IssueParams };

/** Error options for a zod refinement or custom issue that carries one of our reasons. */
export const because = (reason: IssueReason, message: string, params: IssueParams = {}) => ({ message, params: { ...params, reason } });

const scalar = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

/** The client-facing shape of a zod issue: the code, our reason if it has one, and the facts behind its message. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  const { code, path, message } = issue;
  const params: IssueParams = {};
  let reason: IssueReason | undefined;
  switch (issue.code) {
    case 'too_big':
      Object.assign(params, { maximum: scalar(issue.maximum) as number, origin: issue.origin, inclusive: issue.inclusive ?? true });
      break;
    case 'too_small':
      Object.assign(params, { minimum: scalar(issue.minimum) as number, origin: issue.origin, inclusive: issue.inclusive ?? true });
      break;
    case 'invalid_type':
      params.expected = issue.expected;
      break;
    case 'invalid_format':
      params.format = issue.format;
      break;
    case 'invalid_value':
      params.values = issue.values.map(String);
      break;
    case 'unrecognized_keys':
      params.keys = issue.keys;
      break;
    case 'not_multiple_of':
      params.divisor = issue.divisor;
      break;
    case 'custom': {
      const { reason: given, ...rest } = (issue.params ?? {}) as IssueParams & { reason?: IssueReason };
      reason = given;
      Object.assign(params, rest);
      break;
    }
  }
  const shaped: FieldIssue = { path: path.map(String).join('.'), code: code ?? 'custom', message };
  if (reason) shaped.reason = reason;
  if (Object.keys(params).length > 0) shaped.params = params;
  return shaped;
}
