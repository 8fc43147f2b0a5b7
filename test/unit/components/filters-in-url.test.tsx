// @vitest-environment happy-dom
// List pages read their filters, sorting and search from the URL they are opened at, and write changes back to it.
import './i18n';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso/router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EnterpriseTable } from '../../../extension/components/console/enterprises/EnterpriseTable';
import { ProgressPage } from '../../../extension/components/console/progress/ProgressPage';
import { ResultsPage } from '../../../extension/components/console/results/ResultsPage';
import { DisagreementsPage } from '../../../extension/components/console/review/DisagreementsPage';
import { RequestsPage } from '../../../extension/components/console/tasks/RequestsPage';
import { RectificationGroups } from '../../../extension/components/console/tasks/rectify/RectificationGroups';
import { panelState } from './panel-fixture';
import { signedInReviewer } from './signed-in-reviewer';

signedInReviewer();

/** Every URL asked of the worker; the worker never answers, so only what the page asks first is seen. */
let asked: URL[] = [];
beforeEach(() => {
  asked = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    asked.push(new URL(input instanceof Request ? input.url : String(input)));
    return new Promise<Response>(() => {});
  });
});
const askedAt = (path: string) => asked.filter((u) => u.pathname === path).map((u) => Object.fromEntries(u.searchParams));
const openAt = (url: string, page: preact.ComponentChildren) => {
  history.replaceState(null, '', url);
  return render(<LocationProvider>{page}</LocationProvider>);
};

describe('the enterprise registry opened at a URL', () => {
  it('asks for the search, industry and order of the link, shows them, and writes a new order back', async () => {
    openAt('/enterprises?q=华鑫&industry=chemicals&sort=street&order=desc', <EnterpriseTable generation={0} onEdit={vi.fn()} />);
    await waitFor(() => expect(askedAt('/api/v1/enterprises')).toEqual([{ sort: 'street', order: 'desc', limit: '50', q: '华鑫', industry: 'chemicals' }]));
    expect((screen.getByTestId('enterprise-search') as HTMLInputElement).value).toBe('华鑫');
    expect((screen.getByRole('combobox', { name: 'Industry' }) as HTMLSelectElement).value).toBe('chemicals');
    act(() => void fireEvent.click(screen.getByRole('button', { name: /^Enterprise/ })));
    // By name, ascending, is the default order: the link is the shorter for it.
    expect(new URLSearchParams(location.search).toString()).toBe(new URLSearchParams({ q: '华鑫', industry: 'chemicals' }).toString());
    await waitFor(() => expect(askedAt('/api/v1/enterprises').at(-1)).toMatchObject({ sort: 'name', order: 'asc' }));
  });

  it('asks for the street of the link', async () => {
    openAt('/enterprises?streetId=3', <EnterpriseTable generation={0} onEdit={vi.fn()} />);
    await waitFor(() => expect(askedAt('/api/v1/enterprises')).toEqual([{ sort: 'name', order: 'asc', limit: '50', streetId: '3' }]));
  });

  it('shows the whole registry for a link with nonsense in it', async () => {
    openAt('/enterprises?industry=bakery&sort=<b>&order=sideways', <EnterpriseTable generation={0} onEdit={vi.fn()} />);
    await waitFor(() => expect(askedAt('/api/v1/enterprises')).toEqual([{ sort: 'name', order: 'asc', limit: '50' }]));
  });
});

describe('the progress page opened at a URL', () => {
  it('drills into the street of the link, in the order of the link', async () => {
    const round = panelState().round;
    openAt(`/rounds/${round.id}/progress?street=安亭镇&sort=overdue`, <ProgressPage round={round} linkResults />);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round.id}/progress/enterprises`)).toEqual([{ sort: 'overdue', street: '安亭镇', limit: '50' }]));
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('overdue');
    act(() => void fireEvent.click(screen.getByTestId('progress-street-chip')));
    expect(location.search).toBe('?sort=overdue');
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round.id}/progress/enterprises`).at(-1)).toEqual({ sort: 'overdue', limit: '50' }));
  });
});

describe('the results page opened at a URL', () => {
  it('asks for the ranking within streets of one street and grade', async () => {
    const round = panelState().round;
    openAt(`/rounds/${round.id}/results?by=street&streetId=3&grade=A`, <ResultsPage round={round} me={{ id: 1, login: 'a', displayName: 'A', isAdmin: true, memberships: [] }} />);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round.id}/results`)).toEqual([{ by: 'street', limit: '50', streetId: '3', grade: 'A' }]));
    expect((document.getElementById('rank-by') as HTMLSelectElement).value).toBe('street');
  });
});

describe('the work lists opened at a URL', () => {
  const round = () => panelState().round;
  const admin = { id: 1, login: 'a', displayName: 'A', isAdmin: true, memberships: [] };

  it('asks for the disagreements of the link in its order, and writes a new order back without touching the filters', async () => {
    openAt(`/rounds/${round().id}/disagreements?street=安亭镇&sort=spread`, <DisagreementsPage round={round()} />);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round().id}/queues/disagreements`)).toEqual([{ street: '安亭镇', sort: 'spread', limit: '20' }]));
    act(() => void fireEvent.change(screen.getByTestId('disagreement-sort'), { target: { value: 'enterprise' } }));
    expect(location.search).toBe(`?${new URLSearchParams({ street: '安亭镇' })}`);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round().id}/queues/disagreements`).at(-1)).toEqual({ street: '安亭镇', sort: 'enterprise', limit: '20' }));
  });

  it('asks for the rectification groups in the order of the link, and sorts on a column when asked', async () => {
    openAt(`/rounds/${round().id}/rectifications?sort=overdue`, <RectificationGroups round={round()} followsUp={false} />);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round().id}/rectifications/by-enterprise`)).toEqual([{ sort: 'overdue', limit: '50' }]));
  });

  it('asks for the documentation requests of the link’s street, overdue or not as the link says', async () => {
    openAt(`/rounds/${round().id}/requests?overdue=true&streetId=2`, <RequestsPage round={round()} me={admin} />);
    await waitFor(() => expect(askedAt(`/api/v1/rounds/${round().id}/documentation-requests`)).toEqual([{ limit: '50', overdue: 'true', streetId: '2' }]));
  });
});
