/** One audit entry: when, who (or "unknown" for a failed sign-in), in what role, what was done to what, and the
 * fields it changed, labelled and worded in the UI's language, with the raw record folded away beneath. Audit
 * contents can carry untrusted text: never rendered as HTML. */
import { i18n } from '../../../lib/ports/messages';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { actionLabel, resourceLabel } from '../../../lib/audit-actions';
import { auditChanges } from '../../../lib/audit-changes';
import { enumLabel } from '../../../lib/enum-labels';
import { formatDateTime } from '../../../lib/locale';

/** Pretty JSON of a before or after value, or null when there is none to show. */
const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 2));

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = auditChanges(entry);
  if (entry.before == null && entry.after == null) return null;
  if (changes.length === 0) return <p class="muted">{i18n.t('audit.noChange')}</p>;
  const empty = i18n.t('audit.emptyValue');
  return (
    <dl class="audit-changes" data-testid="audit-changes">
      {changes.map((c) => (
        <div key={c.field} data-field={c.field}>
          <dt>{c.label ?? <span class="code">{c.field}</span>}</dt>
          <dd>
            {entry.before != null && entry.after != null ? (
              <>
                <del>{c.before ?? empty}</del> → <ins>{c.after ?? empty}</ins>
              </>
            ) : (
              (c.after ?? c.before ?? empty)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const before = jsonText(entry.before);
  const after = jsonText(entry.after);
  return (
    <tr data-audit-id={entry.id} data-action={entry.action}>
      <td class="muted">{formatDateTime(entry.at)}</td>
      <td data-testid="audit-user">
        {entry.user ? <>{entry.user.displayName} <span class="muted code">{entry.user.login}</span></> : <span class="muted">{i18n.t('console.audit.unknownUser')}</span>}
      </td>
      <td>{entry.role ? enumLabel('role', entry.role) : '—'}</td>
      <td>{actionLabel(entry.action)}</td>
      <td>
        {resourceLabel(entry.resourceType)}
        {entry.resourceId !== null && <span class="code"> {entry.resourceId}</span>}
        {entry.roundId !== null && <div class="muted">{i18n.t('console.audit.inRound', [String(entry.roundId)])}</div>}
      </td>
      <td>
        <Changes entry={entry} />
        {(before !== null || after !== null) && (
          <details>
            <summary class="muted">{i18n.t('audit.raw')}</summary>
            {before !== null && (
              <>
                <div class="muted">{i18n.t('console.audit.before')}</div>
                <pre data-testid="audit-before">{before}</pre>
              </>
            )}
            {after !== null && (
              <>
                <div class="muted">{i18n.t('console.audit.after')}</div>
                <pre data-testid="audit-after">{after}</pre>
              </>
            )}
          </details>
        )}
      </td>
    </tr>
  );
}
