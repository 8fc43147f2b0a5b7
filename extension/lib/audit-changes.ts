// What an audit entry changed, field by field, in the user's words: each field labelled, each value worded
// (enumerated values translated, times in the shown zone, yes/no, lists), never raw JSON. Audit contents can
// carry text clipped from the web: the result is plain strings, rendered as text.
import { i18n } from './ports/messages';
import { signInFailures } from '../../shared/audit-actions';
import type { AuditEntry } from '../../shared/schemas/audit';
import { enumLabel, type LabelledEnum } from './enum-labels';
import { fieldLabel } from './error-text';
import { formatDateTime, localized, uiLanguage } from './locale';

export type AuditChange = { field: string; label: string | null; before: string | null; after: string | null };

/** Bookkeeping every change moves: not what the person changed. */
const bookkeeping = new Set(['version', 'updatedAt', 'updated_at', 'createdAt', 'stateVersion']);

/** Enumerated fields by resource (a `status` means something else on evidence than on a round). */
const enumOf = (resourceType: string, field: string): LabelledEnum | 'failure' | null => {
  if (field === 'status') {
    const byResource: Record<string, LabelledEnum> = {
      evidence: 'reviewStatus',
      round: 'roundStatus',
      rectification: 'rectificationStatus',
      documentation_request: 'documentationRequestStatus',
      adjustment: 'adjustmentStatus',
      enterprise: 'enrolmentStatus',
    };
    return byResource[resourceType] ?? null;
  }
  const byField: Record<string, LabelledEnum | 'failure'> = {
    stance: 'stance',
    kind: 'evidenceKind',
    role: 'role',
    size: 'size',
    partyOrgType: 'partyOrgType',
    industry: 'industry',
    reason: 'failure',
  };
  return byField[field] ?? null;
};

const isInstant = (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text);
const isLocalized = (value: object): value is { zh: string; en: string } => 'zh' in value && 'en' in value && Object.keys(value).length === 2;

/** A value as the user reads it; null when there is none. */
export function auditValue(resourceType: string, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? i18n.t('console.common.yes') : i18n.t('console.common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const known = enumOf(resourceType, field);
    if (known === 'failure') return (signInFailures as readonly string[]).includes(value) ? i18n.t(`audit.failure.${value as (typeof signInFailures)[number]}`) : value;
    if (known) return enumLabel(known, value);
    return isInstant(value) ? formatDateTime(value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => auditValue(resourceType, field, v) ?? '—').join(uiLanguage === 'zh' ? '、' : ', ');
  if (typeof value === 'object' && isLocalized(value)) return localized(value);
  return JSON.stringify(value);
}

const fieldsOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null || value === undefined ? {} : { '': value };

/** The fields an entry changed (every field of a creation or a removal), each labelled and worded. */
export function auditChanges(entry: Pick<AuditEntry, 'resourceType' | 'before' | 'after'>): AuditChange[] {
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  const both = entry.before != null && entry.after != null;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !bookkeeping.has(f));
  return fields
    .filter((f) => !both || JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((field) => ({
      field,
      label: field === '' ? null : fieldLabel(field),
      before: auditValue(entry.resourceType, field, before[field]),
      after: auditValue(entry.resourceType, field, after[field]),
    }));
}
