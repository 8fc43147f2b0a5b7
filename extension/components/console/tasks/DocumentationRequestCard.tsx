/** One documentation request: what was asked on which indicator by when, its state, the enterprise's answer
 * and the decision; the answer form for the enterprise while it waits, accept / reopen for the evaluator. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { DocumentationRequest } from '../../../../shared/schemas/documentation-request';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';
import { RequestAnswerForm } from './RequestAnswerForm';

export type DocumentationRequestCardProps = { item: DocumentationRequest; mayAnswer: boolean; mayDecide: boolean; onChanged: () => void };

export function DocumentationRequestCard({ item, mayAnswer, mayDecide, onChanged }: DocumentationRequestCardProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const decide = async (decision: 'accept' | 'reopen') => {
    const json = { decision, version: item.version, ...(comment.trim() && { comment: comment.trim() }) };
    const saved = await request((api) => api.api.v1['documentation-requests'][':id'].decision.$post({ param: { id: String(item.id) }, json }));
    setError(saved.ok ? null : saved.error);
    if (saved.ok) onChanged();
  };
  const waiting = item.status === 'open' || item.status === 'reopened';
  return (
    <article class="panel task" data-request-id={item.id} data-status={item.status} data-testid="documentation-request">
      <header class="row wrap">
        <span class="code">{item.indicator.code}</span>
        <strong class="grow">{localized(item.indicator.name)}</strong>
        <span class={`badge request-${item.status}`} data-testid="request-status">{i18n.t(`rigour.requests.status_${item.status}`)}</span>
        {item.overdue && <span class="badge bad">{i18n.t('rigour.requests.overdue')}</span>}
        <span class="muted">{i18n.t('rigour.requests.due', [item.dueOn])}</span>
      </header>
      <p class="muted">{item.enterprise.name} · {item.enterprise.street}{item.askedBy && ` · ${item.askedBy.displayName}`}</p>
      <p>{item.question}</p>
      {item.answerStatement && <p data-testid="request-answer">{i18n.t('rigour.requests.answered', [item.answerStatement])}</p>}
      {item.decisionComment && <p class="muted">{i18n.t('rigour.requests.decision', [item.decisionComment])}</p>}
      {mayAnswer && waiting && <RequestAnswerForm item={item} onSaved={onChanged} />}
      {mayDecide && item.status === 'answered' && (
        <div class="row wrap">
          <input aria-label={i18n.t('rigour.requests.reopenComment')} placeholder={i18n.t('rigour.requests.reopenComment')} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          <button type="button" class="primary" data-testid="request-accept" onClick={() => void decide('accept')}>{i18n.t('rigour.requests.accept')}</button>
          <button type="button" disabled={!comment.trim()} onClick={() => void decide('reopen')}>{i18n.t('rigour.requests.reopen')}</button>
        </div>
      )}
      {error && <FailureNote error={error} />}
    </article>
  );
}
