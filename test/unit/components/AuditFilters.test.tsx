// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditFilters, auditQueryOf, noAuditFilters } from '../../../extension/components/console/audit/AuditFilters';

afterEach(cleanup);

describe('AuditFilters', () => {
  it('leaves empty filters out and makes the days a range in Shanghai time, from the first day to the start of the day after the last', () => {
    expect(auditQueryOf(noAuditFilters)).toEqual({});
    const query = auditQueryOf({ ...noAuditFilters, action: ' session.failed ', clientIp: '203.0.113.9', fromDay: '2026-11-01', toDay: '2026-11-03' });
    expect(query).toEqual({ action: 'session.failed', clientIp: '203.0.113.9', from: '2026-10-31T16:00:00.000Z', to: '2026-11-03T16:00:00.000Z' });
  });

  it('offers the actions and resources as choices in the user’s words', () => {
    render(<AuditFilters onApply={vi.fn()} />);
    const action = screen.getByRole('combobox', { name: 'Action' }) as HTMLSelectElement;
    expect([...action.options].map((o) => o.value)).toContain('rectification.create');
    expect([...action.options].find((o) => o.value === 'rectification.create')!.textContent).toBe('Rectification task created');
    const resource = screen.getByRole('combobox', { name: 'Resource type' }) as HTMLSelectElement;
    expect([...resource.options].find((o) => o.value === 'documentation_request')!.textContent).toBe('Documentation request');
  });

  it('applies a quick choice at once', () => {
    const onApply = vi.fn();
    render(<AuditFilters onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign-in failed' }));
    expect(onApply).toHaveBeenLastCalledWith({ ...noAuditFilters, action: 'session.failed' });
    expect(auditQueryOf(onApply.mock.lastCall![0])).toEqual({ action: 'session.failed' });
  });
});
