// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnrolmentForm } from '../../../extension/components/console/rounds/EnrolmentForm';
import { sessionItem } from '../../../extension/lib/storage';
import { panelState } from './panel-fixture';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

beforeEach(async () => {
  fakeBrowser.reset();
  await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 1, login: 'admin', displayName: 'Admin', isAdmin: true, memberships: [] } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('enrolling by a list of credit codes', () => {
  it('sends the pasted list as the CSV the API reads, and names the codes no registered enterprise has', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/streets')) return json({ items: [] });
      sent.push(JSON.parse(String(init?.body)));
      return json({ added: 1, enrolled: 61, invalid: [], notFound: [{ row: 2, code: '91310114MA1GU12340', problem: 'not_registered' }] });
    });
    render(<EnrolmentForm round={panelState().round} onEnrolled={() => {}} />);
    fireEvent.click(screen.getByDisplayValue('csv'));
    expect((screen.getByTestId('enrol') as HTMLButtonElement).disabled).toBe(true);
    const text = '91310114MA1GT35K7H\n91310114MA1GU12340';
    fireEvent.input(screen.getByTestId('credit-code-text'), { target: { value: text } });
    fireEvent.click(screen.getByTestId('enrol'));
    await waitFor(() => expect(screen.getByTestId('enrol-not-found').textContent).toContain('91310114MA1GU12340'));
    expect(sent).toEqual([{ by: 'csv', csv: text }]);
  });
});
