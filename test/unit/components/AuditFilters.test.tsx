// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditFilters, auditQueryOf, noAuditFilters } from '../../../extension/components/console/AuditFilters';

afterEach(cleanup);

describe('AuditFilters', () => {
  it('leaves empty filters out and makes the days a range from the first day to the start of the day after the last', () => {
    expect(auditQueryOf(noAuditFilters)).toEqual({});
    const query = auditQueryOf({ ...noAuditFilters, action: ' session.failed ', clientIp: '203.0.113.9', fromDay: '2026-11-01', toDay: '2026-11-03' });
    expect(query).toEqual({ action: 'session.failed', clientIp: '203.0.113.9', from: new Date('2026-11-01T00:00:00').toISOString(), to: new Date('2026-11-04T00:00:00').toISOString() });
  });

  it('applies a quick choice at once', () => {
    const onApply = vi.fn();
    render(<AuditFilters onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Failed sign-in' }));
    expect(onApply).toHaveBeenLastCalledWith({ ...noAuditFilters, action: 'session.failed' });
    expect(auditQueryOf(onApply.mock.lastCall![0])).toEqual({ action: 'session.failed' });
  });
});
