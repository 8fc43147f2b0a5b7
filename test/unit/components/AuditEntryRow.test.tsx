// @vitest-environment happy-dom
import './i18n';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { AuditEntryRow } from '../../../extension/components/console/audit/AuditEntryRow';

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
  it('lists the fields a change made, labelled and worded, with the raw record folded away, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const container = row(entry({ before: { displayName: hostile, disabled: false, version: 2 }, after: { displayName: 'Li', disabled: true, version: 3 } }));
    expect(container.querySelector('img')).toBeNull();
    const changes = [...container.querySelectorAll('[data-testid="audit-changes"] > div')].map((d) => d.textContent);
    expect(changes).toEqual([`Name${hostile} → Li`, 'DisabledNo → Yes']);
    expect(container.querySelector('[data-testid="audit-before"]')!.textContent).toBe(JSON.stringify({ displayName: hostile, disabled: false, version: 2 }, null, 2));
    for (const text of ['Wang', 'admin', 'Administrator', 'Account changed', 'Account 7']) expect(container.textContent).toContain(text);
    expect(container.textContent).not.toContain('user.update');
  });

  it('words enumerated values and times: a round’s status, a review, a failed sign-in’s reason', () => {
    const round = row(entry({ action: 'round.transition', resourceType: 'round', before: { status: 'scoring' }, after: { status: 'reviewing' } }));
    expect(round.querySelector('[data-field="status"]')!.textContent).toBe('StatusScoring → Reviewing');
    const review = row(entry({ action: 'evidence.review', resourceType: 'evidence', before: { status: 'pending' }, after: { status: 'accepted', reviewedAt: '2026-11-20T16:30:00.000Z' } }));
    expect(review.querySelector('[data-field="status"]')!.textContent).toBe('StatusPending → Accepted');
    expect(review.querySelector('[data-field="reviewedAt"]')!.textContent).toContain('21 Nov 2026, 00:30');
  });

  it('says "Unknown" for a failed sign-in, whose resource is the login tried, with the reason worded', () => {
    const container = row(entry({ user: null, role: null, action: 'session.failed', resourceType: 'login', resourceId: '<b>guess</b>', after: { reason: 'wrong_password', clientIp: '203.0.113.9' } }));
    expect(container.querySelector('[data-testid="audit-user"]')!.textContent).toBe('Unknown');
    expect(container.textContent).toContain('Sign-in failed');
    expect(container.textContent).toContain('Login <b>guess</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-field="reason"]')!.textContent).toBe('ReasonWrong password');
    expect(container.querySelector('[data-field="clientIp"]')!.textContent).toBe('Client address203.0.113.9');
  });

  it('shows an action older rows hold under a retired name as recorded', () => {
    const container = row(entry({ action: 'docRequest.retired', roundId: 3 }));
    expect(container.textContent).toContain('docRequest.retired');
    expect(container.textContent).toContain('Round 3');
  });
});
