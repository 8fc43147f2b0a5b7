/** Rectification tasks as a table: enterprise, indicator and reason, what is required, due date, state, the
 * enterprise's plan and evidence links, the follow-up; each row opens the follow-up form where allowed. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { Rectification } from '../../../../shared/schemas/rectification';
import { localized } from '../../../lib/locale';
import { FollowUpForm } from './FollowUpForm';

export type RectificationTableProps = { tasks: Rectification[]; followsUp?: boolean; onChanged?: () => void };

const today = () => new Date().toISOString().slice(0, 10);

export function RectificationTable({ tasks, followsUp = false, onChanged }: RectificationTableProps) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <table class="data" data-testid="rectification-table">
      <thead>
        <tr>
          <th>{i18n.t('console.enterprises.name')}</th>
          <th>{i18n.t('console.diff.indicator')}</th>
          <th>{i18n.t('console.rectify.required')}</th>
          <th>{i18n.t('console.rectify.due')}</th>
          <th>{i18n.t('console.rectify.status')}</th>
          <th>{i18n.t('console.rectify.answer')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.flatMap((t) => [
          <tr key={t.id} data-task-id={t.id} data-status={t.status}>
            <td>{t.enterprise.name}<div class="muted">{t.enterprise.street}</div></td>
            <td><span class="code">{t.indicator.code}</span> {localized(t.indicator.name)}<div><span class={`badge ${t.reason === 'veto' ? 'bad' : 'warn'}`}>{i18n.t(`console.rectify.reason_${t.reason}`)}</span></div></td>
            <td>{t.requiredAction}</td>
            <td class={t.dueOn < today() && ['open', 'planned'].includes(t.status) ? 'error' : ''}>{t.dueOn}</td>
            <td><span class={`badge task-${t.status}`}>{i18n.t(`console.rectify.status_${t.status}`)}</span></td>
            <td>
              {t.plan && <p>{t.plan}</p>}
              {t.evidenceLinks.map((link) => {
                const url = httpUrlOrNull(link);
                return url ? <div key={link}><a href={url} target="_blank" rel="noopener noreferrer">{url}</a></div> : null;
              })}
              {t.followUp && <p class="muted">{i18n.t('console.rectify.followUpSaid', [t.followUp])}</p>}
              {followsUp && !['verified', 'closed', 'waived'].includes(t.status) && (
                <button type="button" class="link" onClick={() => setOpen(open === t.id ? null : t.id)}>{i18n.t('console.rectify.followUp')}</button>
              )}
            </td>
          </tr>,
          ...(open === t.id ? [<tr key={`f${t.id}`}><td colSpan={6}><FollowUpForm task={t} onSaved={() => (setOpen(null), onChanged?.())} /></td></tr>] : []),
        ])}
      </tbody>
    </table>
  );
}
