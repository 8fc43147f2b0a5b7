// @vitest-environment happy-dom
// The enterprise tells the reviewers a source is not reachable (a note optional, nothing else changed), and the
// reviewers read those flags beside their queue, the notes as text.
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Round } from '../../../shared/schemas/round';
import { SourceFlagButton } from '../../../extension/components/SourceFlagButton';
import { SourceFlagList } from '../../../extension/components/console/review/SourceFlagList';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SourceFlagButton', () => {
  it('sends the flag with the note and says the reviewers were told', async () => {
    const worker = await standInWorker();
    render(<SourceFlagButton evidenceId={41} />);
    fireEvent.click(screen.getByTestId('source-flag'));
    fireEvent.input(screen.getByLabelText('What you saw instead (optional)'), { target: { value: '  打开是登录页  ' } });
    worker.reply(201, { id: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Tell the reviewers' }));
    await screen.findByTestId('source-flag-sent');
    expect(worker.sent.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/evidence/41/source-flags', body: { note: '打开是登录页' } });
  });

  it('keeps the form and shows why when the worker refuses', async () => {
    const worker = await standInWorker();
    render(<SourceFlagButton evidenceId={41} />);
    fireEvent.click(screen.getByTestId('source-flag'));
    worker.reply(403, { error: { code: 'forbidden', message: 'Only enterprise staff or the street coordinator may flag a source' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tell the reviewers' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(screen.queryByTestId('source-flag-sent')).toBeNull();
    expect(worker.sent.at(-1)!.body).toEqual({ note: null });
  });
});

describe('SourceFlagList', () => {
  it('lists each flag with who flagged it and the note as text', async () => {
    const worker = await standInWorker();
    worker.reply(200, {
      items: [{ id: 1, evidenceId: 41, enterpriseId: 3, enterpriseName: '上海华鑫汽车零部件有限公司', indicatorCode: 'ENV.1.1', title: '环境报告', url: 'https://huaxin.example/env', role: 'enterprise', note: '<img src=x onerror=alert(1)>', flaggedAt: '2026-12-01T08:00:00.000Z' }],
    });
    render(<SourceFlagList round={{ id: 5 } as Round} />);
    await screen.findByText('上海华鑫汽车零部件有限公司');
    expect(screen.getByText('Evidence whose source an enterprise could not open (1)')).toBeTruthy();
    expect(screen.getByRole('link', { name: '环境报告' }).getAttribute('href')).toBe('https://huaxin.example/env');
    expect(screen.getByText('<img src=x onerror=alert(1)>').tagName).toBe('P');
    expect(document.querySelector('img')).toBeNull();
    expect(worker.sent[0]).toMatchObject({ method: 'GET', path: '/api/v1/rounds/5/source-flags' });
  });
});
