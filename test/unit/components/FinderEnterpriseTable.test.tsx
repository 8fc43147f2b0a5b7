// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FinderEnterpriseTable } from '../../../extension/components/console/finder/FinderEnterpriseTable';
import type { FinderReport } from '../../../shared/schemas/finder';
import { panelState, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const at = '2026-12-06T08:00:00.000Z';
const report = (id: number, extra: Partial<FinderReport>): FinderReport => ({
  id, url: `https://huaxin.example/r${id}`, status: 'indexed', reason: null, message: null, format: 'html', title: `Report ${id}`, sha256: null,
  pageCount: 1, passageCount: 12, indexBytes: 9000, queuedAt: at, fetchedAt: at, indexedAt: at, updatedAt: at, ...extra,
});
const counts = { queued: 1, fetched: 0, indexed: 2, failed: 1 };

describe('FinderEnterpriseTable', () => {
  it('shows per enterprise the reports indexed, being read and failed and the suggestions waiting; a row opens its report states', async () => {
    const worker = await standInWorker();
    const { round } = panelState();
    render(<FinderEnterpriseTable round={round} enterprises={[{ enterpriseId: 10, name: 'Huaxin', reports: counts, unreviewed: 37, indicatorIds: [3] }]} />);
    const row = screen.getByTestId('finder-enterprises').querySelector('tr[data-enterprise-id="10"]')!;
    expect([...row.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)).toEqual(['Huaxin', '2', '1', '1', '37']);

    worker.reply(200, {
      items: [
        report(1, { format: 'pdf', pageCount: 48, passageCount: 310 }),
        report(2, { status: 'failed', reason: 'encrypted_pdf', message: 'The PDF is encrypted', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }),
        report(3, { status: 'queued', indexedAt: null }),
      ],
      counts,
      unreviewed: 37,
    });
    fireEvent.click(screen.getByTestId('finder-reports-toggle'));
    const list = await waitFor(() => screen.getByTestId('finder-reports'));
    expect(worker.sent[0]!.path).toBe('/api/v1/rounds/1/enterprises/10/finder/reports');
    const [indexed, failed, queued] = [...list.querySelectorAll('li')];
    expect(indexed!.textContent).toContain('48 pages, 310 passages');
    expect(failed!.dataset.reason).toBe('encrypted_pdf');
    expect(failed!.textContent).toContain('encrypted_pdf — The PDF is encrypted');
    // Fetched titles are text, and only http(s) sources are links.
    expect(failed!.querySelector('img, a')).toBeNull();
    expect(failed!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(queued!.textContent).toContain('Queued');
  });
});
