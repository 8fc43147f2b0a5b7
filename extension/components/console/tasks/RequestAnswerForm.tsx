/** The enterprise's answer to a documentation request: links to the documents and / or a statement. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { DocumentationRequest } from '../../../../shared/schemas/documentation-request';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

export function RequestAnswerForm({ item, onSaved }: { item: DocumentationRequest; onSaved: () => void }) {
  const [links, setLinks] = useState('');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const urls = links.split(/\s+/).filter(Boolean);
  const send = async () => {
    const json = { version: item.version, links: urls.map((url) => ({ url, title: item.indicator.code })), ...(statement.trim() && { statement: statement.trim() }) };
    const saved = await request((api) => api.api.v1['documentation-requests'][':id'].answer.$post({ param: { id: String(item.id) }, json }));
    setError(saved.ok ? null : saved.error);
    if (saved.ok) onSaved();
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void send())} data-testid="request-answer-form">
      <label for={`answer-links-${item.id}`}>{i18n.t('rigour.requests.links')}</label>
      <textarea id={`answer-links-${item.id}`} rows={2} placeholder="https://" value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
      <label for={`answer-statement-${item.id}`}>{i18n.t('rigour.requests.statement')}</label>
      <textarea id={`answer-statement-${item.id}`} rows={3} value={statement} onInput={(e) => setStatement(e.currentTarget.value)} />
      <button type="submit" class="primary" disabled={urls.length === 0 && !statement.trim()}>{i18n.t('rigour.requests.sendAnswer')}</button>
      {error && <FailureNote error={error} />}
    </form>
  );
}
