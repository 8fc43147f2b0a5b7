/** One audit entry: when, who (or "unknown" for a failed sign-in), in what role, what was done to what, and
 * the state before and after as JSON text. Audit contents can carry untrusted text: never rendered as HTML. */
import { i18n } from '#i18n';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { actionLabel, hasActionLabel } from '../../lib/audit-actions';
import { formatDateTime } from '../../lib/locale';

/** Pretty JSON of a before or after value, or null when there is none to show. */
const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 2));

export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const before = jsonText(entry.before);
  const after = jsonText(entry.after);
  return (
    <tr data-audit-id={entry.id} data-action={entry.action}>
      <td class="muted">{formatDateTime(entry.at)}</td>
      <td data-testid="audit-user">
        {entry.user ? <>{entry.user.displayName} <span class="muted code">{entry.user.login}</span></> : <span class="muted">{i18n.t('console.audit.unknownUser')}</span>}
      </td>
      <td>{entry.role ?? '—'}</td>
      <td>
        {actionLabel(entry.action)}
        {hasActionLabel(entry.action) && <div class="muted code">{entry.action}</div>}
      </td>
      <td class="code">
        {entry.resourceType}{entry.resourceId !== null && ` ${entry.resourceId}`}
        {entry.roundId !== null && <div class="muted">{i18n.t('console.audit.inRound', [String(entry.roundId)])}</div>}
      </td>
      <td>
        {before !== null && (
          <details>
            <summary>{i18n.t('console.audit.before')}</summary>
            <pre data-testid="audit-before">{before}</pre>
          </details>
        )}
        {after !== null && (
          <details>
            <summary>{i18n.t('console.audit.after')}</summary>
            <pre data-testid="audit-after">{after}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}
