// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InvitationSheet } from '../../../shared/schemas/enterprise-accounts';
import { AccountCreation } from '../../../extension/components/console/accounts/AccountCreation';
import { AccountScopeChooser, firstChoice, scopeOf, type ScopeChoice } from '../../../extension/components/console/accounts/AccountScopeChooser';
import { InvitationSheetView } from '../../../extension/components/console/accounts/InvitationSheetView';
import { roleQuery } from '../../../extension/components/console/accounts/UserRoleFilter';
import { UserRoles } from '../../../extension/components/console/accounts/UserRoles';
import { sessionItem } from '../../../extension/lib/storage';
import { panelState } from './panel-fixture';

const round = panelState().round;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The worker's chunk answers in turn; records each request's body. */
function chunks(...answers: Response[]) {
  const bodies: unknown[] = [];
  vi.stubGlobal('fetch', async (_input: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    return answers.shift() ?? json({ error: { code: 'internal', message: 'no more' } }, 500);
  });
  return bodies;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 1, login: 'admin', displayName: 'Admin', isAdmin: true, memberships: [] } });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('creating enterprise accounts', () => {
  it('runs the chunks to the end with the progress bar and running totals, and says when it finished', async () => {
    const bodies = chunks(
      json({ total: 250, done: 200, created: 198, rolesGiven: 0, skipped: 2, next: 311 }),
      json({ total: 250, done: 250, created: 49, rolesGiven: 1, skipped: 0, next: null }),
    );
    render(<AccountCreation round={round} scope={{ by: 'street', streets: ['安亭镇'] }} onRunning={() => {}} />);
    fireEvent.click(screen.getByTestId('accounts-create'));
    await waitFor(() => expect(screen.getByTestId('accounts-ended').textContent).toMatch(/^Finished at \d\d:\d\d:\d\d/));
    expect(bodies).toEqual([{ scope: { by: 'street', streets: ['安亭镇'] } }, { scope: { by: 'street', streets: ['安亭镇'] }, after: 311 }]);
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([250, 250]);
    expect(screen.getByTestId('accounts-progress').textContent).toContain('250 / 250 enterprises');
    expect(screen.getByTestId('accounts-totals').textContent).toBe('Accounts created 247 · roles given 1 · skipped 2 (already have staff)');
  });

  it('takes pasted credit codes as the scope, full-width ones read as stored, bad lines named with why, and says which codes the round lacks', async () => {
    let choice: ScopeChoice = { ...firstChoice(), by: 'codes' };
    const view = render(<AccountScopeChooser choice={choice} onChange={(next) => void (choice = next)} />);
    const text = ['统一社会信用代码', '９１３１０１１４ＭＡ１ＧＴ３５Ｋ７Ｈ', '91310114MA1GU12340', '91310114MA1GT35K7X'].join('\n');
    fireEvent.input(screen.getByTestId('credit-code-text'), { target: { value: text } });
    view.rerender(<AccountScopeChooser choice={choice} onChange={(next) => void (choice = next)} />);
    expect(scopeOf(choice)).toEqual({ by: 'codes', creditCodes: ['91310114MA1GT35K7H', '91310114MA1GU12340'] });
    expect(screen.getByTestId('credit-code-count').textContent).toBe('2 valid codes read, 1 lines hold no valid code');
    expect(screen.getByTestId('credit-code-problems').textContent).toMatch(/^Line 4, 91310114MA1GT35K7X: /);
    cleanup();

    chunks(json({ total: 1, done: 1, created: 1, rolesGiven: 0, skipped: 0, next: null, notEnrolled: ['91310114MA1GU12340'] }));
    render(<AccountCreation round={round} scope={scopeOf(choice)} onRunning={() => {}} />);
    fireEvent.click(screen.getByTestId('accounts-create'));
    await waitFor(() => expect(screen.getByTestId('accounts-not-enrolled').textContent).toContain('91310114MA1GU12340'));
  });

  it('shows a scope with no enrolled enterprise as done at once, with a full bar', async () => {
    chunks(json({ total: 0, done: 0, created: 0, rolesGiven: 0, skipped: 0, next: null }));
    render(<AccountCreation round={round} scope={{ by: 'list', enterpriseIds: [5] }} onRunning={() => {}} />);
    fireEvent.click(screen.getByTestId('accounts-create'));
    await waitFor(() => expect(screen.getByTestId('accounts-progress').dataset.finished).toBe('true'));
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.value / bar.max).toBe(1);
    expect(screen.getByTestId('accounts-progress').textContent).toContain('0 / 0 enterprises');
  });

  it('shows a failed chunk’s error and goes on from where it stopped, losing nothing', async () => {
    const bodies = chunks(
      json({ total: 450, done: 200, created: 200, rolesGiven: 0, skipped: 0, next: 200 }),
      json({ error: { code: 'forbidden', message: 'Creating accounts for the round is not allowed now' } }, 403),
      json({ total: 450, done: 400, created: 200, rolesGiven: 0, skipped: 0, next: 400 }),
      json({ total: 450, done: 450, created: 50, rolesGiven: 0, skipped: 0, next: null }),
    );
    render(<AccountCreation round={round} scope={{ by: 'round' }} onRunning={() => {}} />);
    fireEvent.click(screen.getByTestId('accounts-create'));
    await screen.findByRole('alert');
    expect(screen.getByTestId('accounts-ended').textContent).toContain('after 200 of 450 enterprises');
    expect(screen.getByTestId('accounts-create').textContent).toBe('Continue from where it stopped');
    fireEvent.click(screen.getByTestId('accounts-create'));
    await waitFor(() => expect(screen.getByTestId('accounts-progress').dataset.finished).toBe('true'));
    expect(bodies.map((b) => (b as { after?: number }).after)).toEqual([undefined, 200, 200, 400]);
    expect(screen.getByTestId('accounts-totals').textContent).toContain('Accounts created 450');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the printable invitation sheet', () => {
  const line = (id: number, name: string, street: string) => ({
    enterprise: { id, name, creditCode: `9131011400000000${id}X`, street },
    contactName: '张三',
    contactPhone: '021-5959 0000',
    login: `ent-9131011400000000${id}x`,
    code: `CODE-${id}`,
    link: `http://127.0.0.1/invite#CODE-${id}`,
  });
  const sheet: InvitationSheet = {
    expiresAt: '2026-12-20T00:00:00.000Z',
    count: 3,
    streets: [
      { street: '南翔镇', items: [line(1, '<b>华鑫</b>', '南翔镇'), line(2, '绿源', '南翔镇')] },
      { street: '安亭镇', items: [line(3, '嘉安', '安亭镇')] },
    ],
  };

  it('has one page per street with each enterprise’s login, code and link, registry text as text only', () => {
    render(<InvitationSheetView sheet={sheet} round={round} />);
    const pages = document.querySelectorAll('section.invitation-street');
    expect([...pages].map((p) => p.getAttribute('data-street'))).toEqual(['南翔镇', '安亭镇']);
    expect(pages[0]!.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(screen.getAllByTestId('invitation-code').map((c) => c.textContent)).toEqual(['CODE-1', 'CODE-2', 'CODE-3']);
    expect(screen.getByText('<b>华鑫</b>')).toBeTruthy();
    expect(document.querySelector('.invitation-sheet b')).toBeNull();
    expect(screen.getAllByText('张三 021-5959 0000')).toHaveLength(3);
  });

  it('prints with the browser', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<InvitationSheetView sheet={sheet} round={round} />);
    fireEvent.click(screen.getByTestId('invitations-print'));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('roles in the accounts list', () => {
  it('names each round and the role held there, with the street it is bound to', () => {
    render(<UserRoles rounds={[round]} memberships={[{ roundId: round.id, role: 'coordinator', streetId: 3, street: '安亭镇', bureau: null, enterpriseId: null }, { roundId: 99, role: 'enterprise', streetId: null, street: null, bureau: null, enterpriseId: 7 }]} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${round.name.en}: Coordinator · 安亭镇`, '#99: Enterprise staff']);
  });

  it.each([
    [{ role: null, roundId: null }, {}],
    [{ role: 'enterprise', roundId: null }, { role: 'enterprise' }],
    [{ role: 'enterprise', roundId: 3 }, { role: 'enterprise', roundId: '3' }],
    [{ role: null, roundId: 3 }, { roundId: '3' }],
    // Administrators hold their role in no round.
    [{ role: 'admin', roundId: 3 }, { role: 'admin' }],
  ] as const)('filters %j with the list query %j', (filter, query) => {
    expect(roleQuery(filter)).toEqual(query);
  });
});
