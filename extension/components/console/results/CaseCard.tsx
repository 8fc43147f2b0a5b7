/** One case: its text, indicators and sources, the consent on record and the actions the user may take on it. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { Case } from '../../../../shared/schemas/case';
import { request } from '../../../lib/api';
import { industryLabel } from '../../../lib/labels';
import { formatDateTime, localized } from '../../../lib/locale';
import type { Failure, Result } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

export type CaseCardProps = { practice: Case; makes: boolean; publicBase: string | null; onChanged: () => void };

export function CaseCard({ practice, makes, publicBase, onChanged }: CaseCardProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const param = { id: String(practice.id) };
  const act = async (call: Promise<Result<unknown>>) => {
    const done = await call;
    setError(done.ok ? null : done.error);
    if (done.ok) onChanged();
  };
  const consent = (json: { method: 'enterprise' } | { method: 'offline'; note: string }) => act(request((api) => api.api.v1.cases[':id'].consent.$post({ param, json })));
  const withdraw = () => act(request((api) => api.api.v1.cases[':id'].consent.$delete({ param })));
  const publish = (published: boolean) => act(request((api) => api.api.v1.cases[':id'].publication.$post({ param, json: { published, version: practice.version } })));
  const remove = () => act(request((api) => api.api.v1.cases[':id'].$delete({ param })));
  const published = practice.publishedAt !== null;
  return (
    <article class="panel" data-case-id={practice.id} data-published={published}>
      <h2>{practice.title.zh}{practice.title.en && <span class="muted"> · {practice.title.en}</span>}</h2>
      <p class="muted">{practice.enterprise.name} · {practice.enterprise.street} · {industryLabel(practice.enterprise.industry)}</p>
      <p class="pre-wrap">{localized({ zh: practice.summary.zh, en: practice.summary.en ?? practice.summary.zh })}</p>
      <p>{practice.indicators.map((i) => <span key={i.id} class="badge"><span class="code">{i.code}</span> {localized(i.name)}</span>)}</p>
      <ul>
        {practice.sources.map((s) => {
          const url = httpUrlOrNull(s.url);
          return <li key={s.evidenceId}><span class="code">{s.indicatorCode}</span> {url ? <a href={url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}</li>;
        })}
      </ul>
      <p data-testid="case-consent">
        {practice.consent
          ? i18n.t(`console.cases.consent_${practice.consent.method}`, [practice.consent.by.displayName, formatDateTime(practice.consent.at)]) + (practice.consent.note ? ` — ${practice.consent.note}` : '')
          : i18n.t('console.cases.noConsent')}
      </p>
      <p>
        {published ? i18n.t('console.cases.publishedOn', [formatDateTime(practice.publishedAt!)]) : i18n.t('console.cases.notPublished')}{' '}
        {published && publicBase && <a href={`${publicBase}/${practice.id}`} target="_blank" rel="noopener noreferrer">{i18n.t('console.cases.openPublic')}</a>}
      </p>
      <div class="row wrap">
        {!makes && !practice.consent && <button type="button" onClick={() => void consent({ method: 'enterprise' })}>{i18n.t('console.cases.giveConsent')}</button>}
        {makes && !practice.consent && (
          <>
            <input aria-label={i18n.t('console.cases.consentNote')} placeholder={i18n.t('console.cases.consentNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <button type="button" disabled={!note.trim()} onClick={() => void consent({ method: 'offline', note: note.trim() })}>{i18n.t('console.cases.recordConsent')}</button>
          </>
        )}
        {practice.consent && <button type="button" onClick={() => void withdraw()}>{i18n.t('console.cases.withdrawConsent')}</button>}
        {makes && practice.consent && <button type="button" onClick={() => void publish(!published)}>{i18n.t(published ? 'console.cases.unpublish' : 'console.cases.publish')}</button>}
        {makes && !published && <button type="button" class="danger" onClick={() => void remove()}>{i18n.t('console.common.delete')}</button>}
      </div>
      {error && <FailureNote error={error} />}
    </article>
  );
}
