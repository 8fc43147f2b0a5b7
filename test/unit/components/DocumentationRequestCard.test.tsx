// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DocumentationRequestCard } from '../../../extension/components/console/tasks/DocumentationRequestCard';
import type { DocumentationRequest } from '../../../shared/schemas/documentation-request';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const item = (extra: Partial<DocumentationRequest> = {}): DocumentationRequest => ({
  id: 7,
  roundId: 1,
  enterprise: { id: 10, name: 'Huaxin', street: 'Anting' },
  indicator: { id: 3, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Labour contracts' } },
  question: '<b onclick="x">Send the contract register</b>',
  dueOn: '2026-12-08',
  status: 'open',
  overdue: false,
  askedBy: null,
  askedAt: '2026-11-20T08:00:00.000Z',
  answerStatement: null,
  answerEvidenceIds: [],
  answeredAt: null,
  decidedBy: null,
  decidedAt: null,
  decisionComment: null,
  version: 1,
  ...extra,
});

describe('DocumentationRequestCard', () => {
  it('shows the question as text, its state, due date and overdue flag', () => {
    const { container } = render(<DocumentationRequestCard item={item({ overdue: true })} mayAnswer={false} mayDecide={false} onChanged={() => {}} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<b onclick="x">Send the contract register</b>');
    for (const text of ['Open', 'Overdue', 'due 2026-12-08', 'STAFF.1.1']) expect(container.textContent).toContain(text);
    expect(screen.queryByTestId('request-answer-form')).toBeNull();
  });

  it('lets the enterprise answer an open request with links and a statement at the version on screen', async () => {
    const worker = await standInWorker();
    worker.reply(200, item({ status: 'answered', version: 2 }));
    const onChanged = vi.fn();
    const { container } = render(<DocumentationRequestCard item={item()} mayAnswer mayDecide={false} onChanged={onChanged} />);
    fireEvent.input(container.querySelector('#answer-links-7')!, { target: { value: 'https://huaxin-auto.cn/a.pdf' } });
    fireEvent.input(container.querySelector('#answer-statement-7')!, { target: { value: 'All signed' } });
    fireEvent.submit(screen.getByTestId('request-answer-form'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/documentation-requests/7/answer', body: { version: 1, statement: 'All signed', links: [{ url: 'https://huaxin-auto.cn/a.pdf' }] } });
  });

  it('lets the evaluator accept an answered request, and reopen it only with a comment', async () => {
    const worker = await standInWorker();
    worker.reply(200, item({ status: 'accepted', version: 3 }));
    const onChanged = vi.fn();
    render(<DocumentationRequestCard item={item({ status: 'answered', answerStatement: 'All signed', version: 2 })} mayAnswer={false} mayDecide onChanged={onChanged} />);
    expect(screen.getByTestId('request-answer').textContent).toContain('All signed');
    expect((screen.getByRole('button', { name: 'Reopen' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('request-accept'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ path: '/api/v1/documentation-requests/7/decision', body: { decision: 'accept', version: 2 } });
  });
});
