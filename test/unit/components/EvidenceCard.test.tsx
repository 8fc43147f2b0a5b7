// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EvidenceCard } from '../../../extension/components/EvidenceCard';
import { evidenceItem, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const reviewer = { review: true, edit: false, withdraw: false, flagSource: false };
const author = { review: false, edit: true, withdraw: true, flagSource: false };
const coordinator = { review: false, edit: false, withdraw: false, flagSource: true };

describe('EvidenceCard', () => {
  it('shows the quote as text, never as HTML, with source, kind, stance, page, status and who captured it when', () => {
    const quote = '<img src=x onerror="alert(1)">员工劳动合同签订率100%';
    const { container } = render(<EvidenceCard evidence={evidenceItem(1, 3, { quote, kind: 'report', stance: 'contradicts', pageNumber: 14, status: 'accepted' })} onChange={() => {}} />);
    expect(screen.getByTestId('evidence-quote').textContent).toBe(quote);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('2025 CSR report · Huaxin');
    for (const text of ['Report', 'Contradicts', 'Page 14', 'Accepted', 'Li (labour)']) expect(container.textContent).toContain(text);
    expect(screen.getByTestId('open-source')).toBeTruthy();
  });

  it('says an evaluator clipped it, by no name, when the worker withholds who', () => {
    render(<EvidenceCard evidence={evidenceItem(1, 3, { capturedBy: null })} onChange={() => {}} />);
    expect(screen.getByTestId('captured-by').textContent).toMatch(/^Clipped by an evaluator on /);
  });

  it.each([
    ['expired', 'expired (2025-06-30)'],
    ['expiring', 'expires 2025-06-30'],
  ] as const)('flags %s evidence with the last day it counts', (status, text) => {
    render(<EvidenceCard evidence={evidenceItem(1, 3, { validity: { status, validUntil: '2025-06-30' } })} onChange={() => {}} />);
    expect(screen.getByTestId('evidence-validity').textContent).toBe(text);
  });

  it.each([
    ['anchored', 'anchored-note', 'Found on the source'],
    ['changed', 'changed-note', 'Changed on the source'],
    ['orphan', 'orphan-note', 'Not found on the current page'],
  ] as const)('says what the last jump back found: %s', (anchorStatus, testId, text) => {
    render(<EvidenceCard evidence={evidenceItem(1, 3, { anchorStatus, lastSeenAt: '2026-11-20T08:00:00.000Z' })} onChange={() => {}} />);
    expect(screen.getByTestId(testId).textContent).toContain(text);
    for (const other of ['anchored-note', 'changed-note', 'orphan-note'].filter((id) => id !== testId)) expect(screen.queryByTestId(other)).toBeNull();
  });

  it('shows no validity flag on valid evidence', () => {
    render(<EvidenceCard evidence={evidenceItem(1, 3)} onChange={() => {}} />);
    expect(screen.queryByTestId('evidence-validity')).toBeNull();
  });

  it.each([
    ['a reviewer', reviewer, ['review-accept', 'review-reject'], ['edit-evidence', 'withdraw-evidence']],
    ['its author', author, ['edit-evidence', 'withdraw-evidence'], ['review-accept', 'review-reject']],
    ['anyone else', { review: false, edit: false, withdraw: false, flagSource: false }, ['open-source'], ['review-accept', 'edit-evidence', 'withdraw-evidence', 'source-flag']],
  ])('offers %s only what the worker allows', (_who, may, shown, absent) => {
    render(<EvidenceCard evidence={evidenceItem(1, 3, { may })} onChange={() => {}} />);
    for (const id of shown) expect(screen.queryByTestId(id), id).not.toBeNull();
    for (const id of absent) expect(screen.queryByTestId(id), id).toBeNull();
  });

  it('accepts with an optional comment at the version on screen, and hands back the reviewed evidence', async () => {
    const worker = await standInWorker();
    const onChange = vi.fn();
    render(<EvidenceCard evidence={evidenceItem(7, 3, { version: 4, may: reviewer })} onChange={onChange} />);
    fireEvent.click(screen.getByTestId('review-accept'));
    fireEvent.input(screen.getByTestId('review-comment'), { target: { value: '与原文一致' } });
    worker.reply(200, evidenceItem(7, 3, { status: 'accepted', reviewComment: '与原文一致', version: 5 }));
    fireEvent.click(screen.getByTestId('review-confirm'));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/evidence/7/review', body: { status: 'accepted', comment: '与原文一致', version: 4 } });
    expect(onChange.mock.calls[0]).toEqual([7, expect.objectContaining({ status: 'accepted', version: 5 })]);
  });

  it('rejects only with a reason, and shows the evidence as it is now when someone reviewed it first', async () => {
    const worker = await standInWorker();
    const onChange = vi.fn();
    render(<EvidenceCard evidence={evidenceItem(7, 3, { may: reviewer })} onChange={onChange} />);
    fireEvent.click(screen.getByTestId('review-reject'));
    expect(screen.getByTestId<HTMLButtonElement>('review-confirm').disabled).toBe(true);
    fireEvent.input(screen.getByTestId('review-comment'), { target: { value: '截图与来源不符' } });
    const current = evidenceItem(7, 3, { status: 'accepted', version: 2 });
    worker.reply(409, { error: { code: 'conflict', message: 'changed', details: { current } } });
    fireEvent.click(screen.getByTestId('review-confirm'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Someone else changed this meanwhile'));
    expect(onChange).toHaveBeenCalledWith(7, current);
  });

  it('lets the author withdraw after confirming in place', async () => {
    const worker = await standInWorker();
    const onChange = vi.fn();
    render(<EvidenceCard evidence={evidenceItem(8, 3, { may: author })} onChange={onChange} />);
    fireEvent.click(screen.getByTestId('withdraw-evidence'));
    worker.reply(204);
    fireEvent.click(screen.getByTestId('withdraw-evidence-confirm'));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(8, null));
    expect(worker.sent[0]).toMatchObject({ method: 'DELETE', path: '/api/v1/evidence/8' });
  });

  it('lets a coordinator tell the reviewers the source is not reachable, with a note, and offers it to no one else', async () => {
    const worker = await standInWorker();
    render(<EvidenceCard evidence={evidenceItem(9, 3, { may: reviewer })} onChange={() => {}} />);
    expect(screen.queryByTestId('source-flag')).toBeNull();
    cleanup();
    render(<EvidenceCard evidence={evidenceItem(9, 3, { may: coordinator })} onChange={() => {}} />);
    fireEvent.click(screen.getByTestId('source-flag'));
    fireEvent.input(screen.getByLabelText('What you saw instead (optional)'), { target: { value: 'the page now says 404' } });
    worker.reply(201, { id: 1 });
    fireEvent.click(screen.getByText('Tell the reviewers'));
    await waitFor(() => expect(screen.getByTestId('source-flag-sent')).toBeTruthy());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/evidence/9/source-flags', body: { note: 'the page now says 404' } });
  });
});
