// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../../shared/schemas/case';
import { CaseCard } from '../../../extension/components/console/results/CaseCard';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const person = { id: 5, displayName: 'Coordinator' };
const practice = (extra: Partial<Case> = {}): Case => ({
  id: 31,
  roundId: 1,
  enterprise: { id: 3, name: 'Huaxin', street: '安亭镇', industry: 'manufacturing' },
  title: { zh: '全员劳动合同', en: 'Contracts for all' },
  summary: { zh: '<script>x</script>全员签订', en: null },
  indicators: [{ id: 8, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Labour contracts' }, dimensionCode: 'STAFF' }],
  sources: [
    { evidenceId: 70, title: 'CSR page', url: 'https://huaxin.example/csr', indicatorCode: 'STAFF.1.1' },
    { evidenceId: 71, title: 'Odd link', url: 'javascript:alert(1)', indicatorCode: 'STAFF.1.1' },
  ],
  consent: null,
  publishedAt: null,
  createdBy: person,
  createdAt: '2026-11-01T00:00:00.000Z',
  version: 2,
  ...extra,
});
const show = (c: Case, makes: boolean, onChanged = vi.fn()) => ({ ...render(<CaseCard practice={c} makes={makes} publicBase="http://127.0.0.1:8787/public/cases" onChanged={onChanged} />), onChanged });
const buttons = (container: Element) => [...container.querySelectorAll('button')].map((b) => b.textContent);

describe('CaseCard', () => {
  it('shows text as text, links only http(s) sources, and offers the maker to record consent before publishing', () => {
    const { container } = show(practice(), true);
    expect(container.textContent).toContain('<script>x</script>全员签订');
    expect(container.querySelector('script')).toBeNull();
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://huaxin.example/csr']);
    expect(container.textContent).toContain('No consent from the enterprise yet');
    expect(buttons(container)).toEqual(['Record the consent', 'Delete']);
  });

  it('records a consent given offline with its note', async () => {
    const worker = await standInWorker();
    const { onChanged } = show(practice(), true);
    fireEvent.input(screen.getByPlaceholderText(/How the enterprise consented/), { target: { value: 'Signed letter of 3 Nov' } });
    worker.reply(200, {});
    fireEvent.click(screen.getByRole('button', { name: 'Record the consent' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/cases/31/consent', body: { method: 'offline', note: 'Signed letter of 3 Nov' } });
  });

  it('lets the enterprise consent itself, and never publish', () => {
    const { container } = show(practice(), false);
    expect(buttons(container)).toEqual(['Consent to publishing this case']);
  });

  it('publishes a consented case against its version, and links the public page of a published one', async () => {
    const worker = await standInWorker();
    const consent = { method: 'enterprise' as const, by: person, at: '2026-11-02T00:00:00.000Z', note: null };
    const { onChanged } = show(practice({ consent }), true);
    worker.reply(200, {});
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/cases/31/publication', body: { published: true, version: 2 } });
    cleanup();
    const { container } = show(practice({ consent, publishedAt: '2026-11-03T00:00:00.000Z' }), true);
    expect(buttons(container)).toEqual(['Withdraw the consent', 'Unpublish']);
    expect(screen.getByRole('link', { name: 'Open the public page' }).getAttribute('href')).toBe('http://127.0.0.1:8787/public/cases/31');
  });
});
