// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Me } from '../../../shared/schemas/auth';
import { ExportButtons } from '../../../extension/components/console/common/ExportButtons';
import { sessionItem } from '../../../extension/lib/storage';
import { panelState } from './panel-fixture';

const me: Me = { id: 1, login: 'admin', displayName: 'Admin', isAdmin: true, memberships: [] } as unknown as Me;

/** A download the test feeds chunk by chunk, as a slow worker streams it. */
function streamedDownload() {
  let feed!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (controller) => void (feed = controller) });
  vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="round-1-scores.csv"' } }));
  return { send: (bytes: number) => feed.enqueue(new Uint8Array(bytes)), end: () => feed.close() };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 1, login: 'admin', displayName: 'Admin', isAdmin: true, memberships: [] } });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ExportButtons', () => {
  it('shows how much has arrived once a download takes more than a second, and says when it finished', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const download = streamedDownload();
    render(<ExportButtons round={panelState().round} me={me} />);
    fireEvent.click(screen.getByTestId('export-scores-csv'));
    download.send(300 * 1024);
    // Within the first second nothing but the busy button: most downloads are done by then.
    expect(screen.getByTestId('export-progress').textContent).toBe('');
    vi.advanceTimersByTime(1_000);
    await waitFor(() => expect(screen.getByTestId('export-progress').textContent).toBe('Receiving the file: 300.0 KB so far…'));
    download.send(2 * 1024 * 1024);
    await waitFor(() => expect(screen.getByTestId('export-progress').textContent).toContain('2.3 MB'));
    download.end();
    await waitFor(() => expect(screen.getByTestId('export-progress').textContent).toMatch(/^Downloaded 2\.3 MB, finished at \d\d:\d\d:\d\d$/));
    expect(screen.getByTestId('export-scores-csv').hasAttribute('disabled')).toBe(false);
  });

  it('says why a download was refused, such as an XLSX file too large to build', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ error: { code: 'export_too_large', message: 'Download it as CSV instead.' } }), { status: 422, headers: { 'content-type': 'application/json' } }),
    );
    render(<ExportButtons round={panelState().round} me={me} />);
    fireEvent.click(screen.getByTestId('export-scores-xlsx'));
    expect(await screen.findByText(/too large for an XLSX file/)).toBeTruthy();
  });
});
