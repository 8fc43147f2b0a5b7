// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { User } from '../../../shared/schemas/users';
import { UserActions } from '../../../extension/components/console/accounts/UserActions';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const user = (extra: Partial<User> = {}): User => ({
  id: 7,
  login: 'li',
  displayName: 'Li',
  isAdmin: false,
  disabled: false,
  activated: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  version: 3,
  memberships: [],
  ...extra,
});

describe('UserActions', () => {
  it('disables an account at the version the list showed and reads the list again', async () => {
    const worker = await standInWorker();
    const onChanged = vi.fn();
    render(<UserActions user={user()} onChanged={onChanged} />);
    worker.reply(200, user({ disabled: true, version: 4 }));
    fireEvent.click(screen.getByTestId('toggle-disabled'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent.at(-1)).toMatchObject({ method: 'PATCH', path: '/api/v1/users/7', body: { disabled: true, version: 3 } });
  });

  it('enables a disabled account, and offers no invitation code for it', async () => {
    const worker = await standInWorker();
    const onChanged = vi.fn();
    render(<UserActions user={user({ disabled: true })} onChanged={onChanged} />);
    expect(screen.queryByTestId('new-invite')).toBeNull();
    worker.reply(200, user({ version: 4 }));
    fireEvent.click(screen.getByTestId('toggle-disabled'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent.at(-1)!.body).toEqual({ disabled: false, version: 3 });
  });

  it('shows a new invitation once, its set-password link and its code, each with a button that copies it', async () => {
    const worker = await standInWorker();
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<UserActions user={user()} onChanged={vi.fn()} />);
    worker.reply(201, { code: 'ABCDE-FGHIJ-KLMNO-PQRST', link: 'https://csr.example/invite#ABCDE-FGHIJ-KLMNO-PQRST', expiresAt: '2026-11-27T00:00:00.000Z', purpose: 'reset' });
    fireEvent.click(screen.getByTestId('new-invite'));
    expect((await screen.findByTestId('issued-code')).textContent).toBe('ABCDE-FGHIJ-KLMNO-PQRST');
    expect(worker.sent.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/users/7/invites' });
    expect(screen.getByRole('status').textContent).toContain('password reset code');
    expect(screen.getByTestId('invite-link').getAttribute('href')).toBe('https://csr.example/invite#ABCDE-FGHIJ-KLMNO-PQRST');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(writeText).toHaveBeenCalledWith('https://csr.example/invite#ABCDE-FGHIJ-KLMNO-PQRST');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('ABCDE-FGHIJ-KLMNO-PQRST');
  });

  it('ends all sessions and says how many', async () => {
    const worker = await standInWorker();
    render(<UserActions user={user()} onChanged={vi.fn()} />);
    worker.reply(200, { revoked: 2 });
    fireEvent.click(screen.getByTestId('end-sessions'));
    expect((await screen.findByRole('status')).textContent).toContain('2 sessions ended');
    expect(worker.sent.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/v1/users/7/sessions' });
  });

  it('on a 409 says so and reads the list again', async () => {
    const worker = await standInWorker();
    const onChanged = vi.fn();
    render(<UserActions user={user()} onChanged={onChanged} />);
    worker.reply(409, { error: { code: 'conflict', message: 'The user was changed meanwhile' } });
    fireEvent.click(screen.getByTestId('toggle-disabled'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
