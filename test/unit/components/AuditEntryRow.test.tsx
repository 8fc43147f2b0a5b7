// @vitest-environment happy-dom
import './i18n';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { AuditEntryRow } from '../../../extension/components/console/AuditEntryRow';

afterEach(cleanup);

const entry = (extra: Partial<AuditEntry>): AuditEntry => ({
  id: 41,
  at: '2026-11-20T03:00:00.000Z',
  user: { id: 2, login: 'admin', displayName: 'Wang' },
  role: 'admin',
  action: 'user.update',
  resourceType: 'user',
  resourceId: '7',
  roundId: null,
  before: null,
  after: null,
  ...extra,
});

const row = (e: AuditEntry) => render(<table><tbody><AuditEntryRow entry={e} /></tbody></table>).container;

describe('AuditEntryRow', () => {
  it('shows before and after as JSON text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const container = row(entry({ before: { displayName: hostile }, after: { displayName: 'Li', version: 3 } }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-testid="audit-before"]')!.textContent).toBe(JSON.stringify({ displayName: hostile }, null, 2));
    expect(container.querySelector('[data-testid="audit-after"]')!.textContent).toBe(JSON.stringify({ displayName: 'Li', version: 3 }, null, 2));
    for (const text of ['Wang', 'admin', 'Account changed', 'user.update', 'user 7']) expect(container.textContent).toContain(text);
  });

  it('says "Unknown" for a failed sign-in, whose resource is the login tried', () => {
    const container = row(entry({ user: null, role: null, action: 'session.failed', resourceType: 'session', resourceId: '<b>guess</b>', after: { clientIp: '203.0.113.9' } }));
    expect(container.querySelector('[data-testid="audit-user"]')!.textContent).toBe('Unknown');
    expect(container.textContent).toContain('Failed sign-in');
    expect(container.textContent).toContain('session <b>guess</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-testid="audit-before"]')).toBeNull();
    expect(container.querySelector('[data-testid="audit-after"]')!.textContent).toContain('203.0.113.9');
  });

  it('falls back to the raw code of an action without a label', () => {
    const container = row(entry({ action: 'docRequest.answer', roundId: 3 }));
    expect(container.textContent).toContain('docRequest.answer');
    expect(container.textContent).toContain('Round 3');
  });
});
