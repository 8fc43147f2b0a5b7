// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Member } from '../../../shared/schemas/members';
import type { Round } from '../../../shared/schemas/round';
import { MemberForm } from '../../../extension/components/console/rounds/MemberForm';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const round = { id: 4, status: 'collecting' } as Round;
const li = { id: 21, login: 'li', displayName: 'Li', isAdmin: false };
const member = (version: number): Member => ({
  roundId: 4,
  user: { id: 21, login: 'li', displayName: 'Li', disabled: false },
  role: 'reviewer',
  streetId: null,
  street: null,
  bureau: null,
  enterprise: null,
  version,
});

/** Renders the form and picks Li, whose users search the stand-in worker answers. */
async function pickLi(members: Member[], onSaved = vi.fn()) {
  const worker = await standInWorker();
  worker.reply(200, { items: [] });
  const view = render(<MemberForm round={round} members={members} onSaved={onSaved} />);
  worker.reply(200, { items: [li], nextCursor: null });
  fireEvent.input(view.container.querySelector('#member-user')!, { target: { value: 'li' } });
  fireEvent.click(await screen.findByRole('option', { name: 'Li (li)' }, { timeout: 2000 }));
  fireEvent.change(view.container.querySelector('#member-role')!, { target: { value: 'reviewer' } });
  return { worker, onSaved };
}

describe('MemberForm', () => {
  it('gives a new role without a version and changes a held one with the version the list showed', async () => {
    const fresh = await pickLi([]);
    fresh.worker.reply(201, member(1));
    fireEvent.submit(screen.getByTestId('member-form'));
    await waitFor(() => expect(fresh.onSaved).toHaveBeenCalled());
    expect(fresh.worker.sent.at(-1)).toMatchObject({ method: 'PUT', path: '/api/v1/rounds/4/members/21', body: { role: 'reviewer' } });
    expect(fresh.worker.sent.at(-1)!.body).not.toHaveProperty('version');
    cleanup();

    const held = await pickLi([member(3)]);
    expect(screen.getByTestId('member-current').textContent).toContain('Reviewer');
    held.worker.reply(200, member(4));
    fireEvent.submit(screen.getByTestId('member-form'));
    await waitFor(() => expect(held.onSaved).toHaveBeenCalled());
    expect(held.worker.sent.at(-1)!.body).toEqual({ role: 'reviewer', version: 3 });
  });

  it('on a 409 says the role changed meanwhile and reloads the list', async () => {
    const { worker, onSaved } = await pickLi([member(1)]);
    worker.reply(409, { error: { code: 'conflict', message: 'This role was changed meanwhile', details: { current: member(2) } } });
    fireEvent.submit(screen.getByTestId('member-form'));
    expect((await screen.findByTestId('member-conflict')).textContent).toContain('changed this person');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});
