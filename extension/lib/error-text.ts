// Errors as the user reads them, in the UI's language: the text for the worker's error code, and each field
// problem worded from zod's issue code or our reason with the facts the worker sent. Never zod's or the worker's
// English sentence, never a raw code: every place that shows an error goes through here.
import { i18n } from './ports/messages';
import { creditCodeProblemParams, type CreditCodeProblem } from '../../shared/domain/credit-code';
import { errorCodes, type ErrorCode } from '../../shared/errors';
import { zodIssueCodes, type FieldIssue, type IssueParams, type IssueReason, type ZodIssueCode } from '../../shared/issues';
import type { ImportNote, ImportRowError } from '../../shared/schemas/enterprise-import';
import { enumLabel, type LabelledEnum } from './enum-labels';
import { uiLanguage } from './locale';
import type { Failure } from './result';

/** The text for an error code; one the extension does not know (a newer worker) reads as a server error. */
export function errorText(error: Pick<Failure, 'code'>): string {
  const code = error.code === 'network' || (errorCodes as readonly string[]).includes(error.code) ? error.code : 'internal';
  return i18n.t(`errors.${code as ErrorCode | 'network'}`);
}

/** Fields whose values are enumerated, so a list of allowed values is worded, not shown as codes. */
const enumOfField: Record<string, LabelledEnum> = {
  industry: 'industry',
  size: 'size',
  partyOrgType: 'partyOrgType',
  stance: 'stance',
  kind: 'evidenceKind',
  status: 'reviewStatus',
  role: 'role',
};

/** The field a path names (its last part that is not an index). */
const fieldOf = (path: string) => path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';

const fieldLabels: Record<string, () => string> = {
  creditCode: () => i18n.t('fields.creditCode'),
  name: () => i18n.t('fields.name'),
  nameEn: () => i18n.t('fields.nameEn'),
  industry: () => i18n.t('fields.industry'),
  street: () => i18n.t('fields.street'),
  streetId: () => i18n.t('fields.street'),
  size: () => i18n.t('fields.size'),
  partyOrgType: () => i18n.t('fields.partyOrgType'),
  domains: () => i18n.t('fields.domains'),
  contactName: () => i18n.t('fields.contactName'),
  contactPhone: () => i18n.t('fields.contactPhone'),
  contactEmail: () => i18n.t('fields.contactEmail'),
  contentBase64: () => i18n.t('fields.file'),
  fileName: () => i18n.t('fields.file'),
  login: () => i18n.t('fields.login'),
  displayName: () => i18n.t('fields.displayName'),
  password: () => i18n.t('fields.password'),
  newPassword: () => i18n.t('fields.newPassword'),
  currentPassword: () => i18n.t('fields.currentPassword'),
  code: () => i18n.t('fields.code'),
  aliases: () => i18n.t('fields.aliases'),
  ids: () => i18n.t('fields.streetOrder'),
  comment: () => i18n.t('fields.comment'),
  reason: () => i18n.t('fields.reason'),
  value: () => i18n.t('fields.value'),
  rationale: () => i18n.t('fields.rationale'),
  rubricLevel: () => i18n.t('fields.rubricLevel'),
  evidenceIds: () => i18n.t('fields.evidence'),
  quote: () => i18n.t('fields.quote'),
  url: () => i18n.t('fields.url'),
  links: () => i18n.t('fields.links'),
  title: () => i18n.t('fields.title'),
  note: () => i18n.t('fields.note'),
  stance: () => i18n.t('fields.stance'),
  statement: () => i18n.t('fields.statement'),
  plan: () => i18n.t('fields.plan'),
  followUp: () => i18n.t('fields.followUp'),
  requiredAction: () => i18n.t('fields.requiredAction'),
  dueOn: () => i18n.t('fields.dueOn'),
  opensOn: () => i18n.t('fields.opensOn'),
  period: () => i18n.t('fields.period'),
  year: () => i18n.t('fields.year'),
  weight: () => i18n.t('fields.weight'),
  maxScore: () => i18n.t('fields.maxScore'),
  dimensionCodes: () => i18n.t('fields.dimensions'),
  indicatorCodes: () => i18n.t('fields.indicators'),
  indicatorIds: () => i18n.t('fields.indicators'),
  enterpriseIds: () => i18n.t('fields.enterprises'),
  expertId: () => i18n.t('fields.expert'),
  tz: () => i18n.t('fields.timeZone'),
  status: () => i18n.t('fields.status'),
  role: () => i18n.t('fields.role'),
  clientIp: () => i18n.t('fields.clientIp'),
  bureau: () => i18n.t('fields.bureau'),
  retiredAt: () => i18n.t('fields.retiredAt'),
  disabled: () => i18n.t('fields.disabled'),
  isAdmin: () => i18n.t('fields.isAdmin'),
  row: () => i18n.t('fields.row'),
  kind: () => i18n.t('fields.kind'),
  position: () => i18n.t('fields.position'),
  lockedUntil: () => i18n.t('fields.lockedUntil'),
  publishedAt: () => i18n.t('fields.publishedAt'),
  enterpriseId: () => i18n.t('fields.enterpriseId'),
  streetIds: () => i18n.t('fields.streetIds'),
  industries: () => i18n.t('fields.industries'),
  by: () => i18n.t('fields.by'),
  decision: () => i18n.t('fields.decision'),
  expiresOn: () => i18n.t('fields.expiresOn'),
  reviewedAt: () => i18n.t('fields.reviewedAt'),
  reviewComment: () => i18n.t('fields.reviewComment'),
  capturedAt: () => i18n.t('fields.capturedAt'),
  signedOffAt: () => i18n.t('fields.signedOffAt'),
  signOffComment: () => i18n.t('fields.signOffComment'),
  frameworkId: () => i18n.t('fields.frameworkId'),
};

/** The field a path names, in the user's words; null for a path the UI has no word for. */
export function fieldLabel(path: string): string | null {
  return fieldLabels[fieldOf(path)]?.() ?? null;
}

/**
 * A message among keys of which some have placeholders and some none (chrome.i18n ignores extra arguments). The
 * key is built from a registry, so the translation test, which walks every entry, is what proves it exists.
 */
const withArgs = (key: string, args: string[]) => (i18n.t as unknown as (key: string, args: string[]) => string)(key, args);

const list = (values: readonly string[]) => values.join(uiLanguage === 'zh' ? '、' : ', ');
const param = (params: IssueParams | undefined, name: string) => {
  const value = params?.[name];
  return Array.isArray(value) ? list(value) : value === undefined || value === null ? '' : String(value);
};

/** Which params fill a reason's $1, $2 …: the value typed, unless the reason says otherwise. */
const reasonArgs: Partial<Record<IssueReason, string[]>> = {
  credit_code_length: ['length'],
  credit_code_characters: ['characters'],
  street_name_taken: ['value', 'street'],
  street_code_taken: ['value', 'street'],
  street_order_incomplete: ['expected'],
  evidence_foreign: ['values'],
  evidence_not_accepted: ['values'],
  dimension_unknown: ['values'],
  indicator_unknown: ['values'],
  indicator_not_scored: ['values'],
  enterprise_not_enrolled: ['values'],
  score_above_max: ['maximum'],
  rubric_level_mismatch: ['value', uiLanguage === 'zh' ? 'levelZh' : 'levelEn'],
  draft_code_fixed: ['expected'],
  code_shape: ['expected'],
  rubric_below_max: ['maximum'],
  column_missing: ['accepted'],
  column_repeated: ['first'],
  credit_code_repeated_in_file: ['first'],
  domain_repeated_in_file: ['value', 'first'],
  domain_taken: ['value', 'owner'],
};

/** The allowed values of an enumerated field, worded. */
const allowedValues = (issue: Pick<FieldIssue, 'path' | 'params'>) => {
  const values = (issue.params?.values as string[] | undefined) ?? [];
  const known = enumOfField[fieldOf(issue.path)];
  return list(values.map((v) => (known ? enumLabel(known, v) : v)));
};

function reasonText(reason: IssueReason, params: IssueParams | undefined): string {
  if (reason === 'street_unknown') {
    const suggestions = (params?.suggestions as string[] | undefined) ?? [];
    return suggestions.length > 0 ? i18n.t('issues.streetSuggest', [param(params, 'value'), list(suggestions)]) : i18n.t('issues.reasons.street_unknown', [param(params, 'value')]);
  }
  return withArgs(`issues.reasons.${reason}`, (reasonArgs[reason] ?? ['value']).map((name) => param(params, name)));
}

const sized = (origin: unknown) => (origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number');

function codeText(code: ZodIssueCode, issue: Pick<FieldIssue, 'path' | 'params' | 'message'>): string {
  const p = issue.params;
  switch (code) {
    case 'too_small':
      return withArgs(`issues.too_small_${sized(p?.origin)}`, [param(p, 'minimum')]);
    case 'too_big':
      return withArgs(`issues.too_big_${sized(p?.origin)}`, [param(p, 'maximum')]);
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? i18n.t('issues.reasons.required') : i18n.t('issues.invalid_type');
    case 'invalid_format':
      return p?.format === 'email' ? i18n.t('issues.invalid_email') : p?.format === 'url' ? i18n.t('issues.invalid_url') : i18n.t('issues.invalid_format');
    case 'invalid_value':
      return i18n.t('issues.invalid_value', [allowedValues(issue)]);
    case 'unrecognized_keys':
      return i18n.t('issues.unrecognized_keys', [param(p, 'keys')]);
    case 'not_multiple_of':
      return i18n.t('issues.not_multiple_of', [param(p, 'divisor')]);
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return i18n.t(`issues.${code}`);
  }
}

/** What is wrong with a field, in the user's words. */
export function issueText(issue: Pick<FieldIssue, 'path' | 'code' | 'reason' | 'params' | 'message'>): string {
  if (issue.reason) return reasonText(issue.reason, issue.params);
  return codeText(issue.code as ZodIssueCode, issue);
}

/** Why a listed code is not a credit code, in the user's words. */
export const creditCodeProblemText = (code: string, problem: CreditCodeProblem) => reasonText(`credit_code_${problem}`, creditCodeProblemParams(code, problem));

/** A problem of the CSV import's file, in the user's words (its reason is zod's code or one of ours). */
export function importProblemText(problem: Pick<ImportRowError, 'field' | 'params' | 'message'> & { reason: string }): string {
  const isReason = !(zodIssueCodes as readonly string[]).includes(problem.reason);
  return issueText({ path: problem.field ?? '', code: isReason ? 'custom' : problem.reason, reason: isReason ? (problem.reason as IssueReason) : undefined, params: problem.params, message: problem.message });
}

/** What the import did on the way in (a cleaned code, an alias read as its street), in the user's words. */
export function importNoteText(note: ImportNote): string {
  const p = note.params;
  switch (note.reason) {
    case 'credit_code_cleaned':
      return i18n.t('importNotes.credit_code_cleaned', [param(p, 'value'), param(p, 'code')]);
    case 'street_alias':
      return i18n.t('importNotes.street_alias', [param(p, 'value'), param(p, 'street')]);
    case 'industry_code':
      return i18n.t('importNotes.industry_code', [param(p, 'value'), enumLabel('industry', param(p, 'industry'))]);
    case 'column_unused':
      return i18n.t('importNotes.column_unused', [param(p, 'value')]);
  }
}
