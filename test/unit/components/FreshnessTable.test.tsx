// @vitest-environment happy-dom
import './i18n';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FreshnessItem } from '../../../shared/schemas/freshness';
import { FreshnessTable } from '../../../extension/components/console/review/FreshnessTable';

afterEach(cleanup);

const item = (evidenceId: number, status: FreshnessItem['freshness']['status'], extra: Partial<FreshnessItem> = {}, freshness: Partial<FreshnessItem['freshness']> = {}): FreshnessItem => ({
  evidenceId,
  enterprise: { id: 3, name: 'Huaxin', street: '安亭镇' },
  indicatorCode: 'STAFF.1.1',
  title: 'Social responsibility page',
  url: 'https://huaxin.example/csr',
  quote: 'Every employee has a written contract',
  freshness: { status, reason: null, nearestText: null, checkedAt: '2026-11-20T03:00:00.000Z', changedAt: '2026-11-20T03:00:00.000Z', previousStatus: 'stands', ...freshness },
  ...extra,
});

describe('FreshnessTable', () => {
  it('shows a changed item with the quote as clipped and the nearest text now on the source, both as text', () => {
    const nearest = '<img src=x onerror="alert(1)">Most employees have a written contract';
    const { container } = render(<FreshnessTable items={[item(7, 'changed', {}, { nearestText: nearest })]} />);
    const row = container.querySelector('tr[data-evidence-id="7"]')!;
    expect(row.getAttribute('data-status')).toBe('changed');
    expect(row.querySelector('[data-testid="nearest-text"]')!.textContent).toBe(nearest);
    expect(container.querySelector('img')).toBeNull();
    for (const text of ['Every employee has a written contract', 'Changed', 'Before: Stands', 'STAFF.1.1', '安亭镇']) expect(row.textContent).toContain(text);
    expect(row.querySelector('a')!.getAttribute('href')).toBe('https://huaxin.example/csr');
  });

  it('links only http(s) sources and says why an item could not be checked', () => {
    const { container } = render(<FreshnessTable items={[item(8, 'unchecked', { url: 'javascript:alert(1)' }, { reason: 'timeout', previousStatus: null })]} />);
    const row = container.querySelector('tr[data-evidence-id="8"]')!;
    expect(row.querySelector('a')).toBeNull();
    expect(row.textContent).toContain('Social responsibility page');
    expect(row.textContent).toContain('Reason: timeout');
    expect(row.textContent).not.toContain('Before:');
  });
});
