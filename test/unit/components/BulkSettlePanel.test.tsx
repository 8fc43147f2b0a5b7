// @vitest-environment happy-dom
import './i18n';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { SettlePreview } from '../../../shared/schemas/disagreements';
import { BulkSettlePanel } from '../../../extension/components/console/review/BulkSettlePanel';
import { panelState } from './panel-fixture';
import { signedInReviewer } from './signed-in-reviewer';

const round = panelState().round;

/** The worker's preview of a slot list: each slot settled at 5 (the median of 4 and 6), a token per request. */
function previewOf(slots: string, token: string): SettlePreview {
  const items = slots.split(',').map((pair) => {
    const [enterpriseId, indicatorId] = pair.split(':').map(Number) as [number, number];
    return { enterpriseId, indicatorId, enterpriseName: `企业${enterpriseId}`, street: '南翔镇', indicatorCode: `STAFF.${indicatorId}`, values: [4, 6], value: 5, rubricLevel: 2, scoresVersion: `${enterpriseId}:1` };
  });
  return { rule: 'median', items, matched: items.length, skipped: [], token };
}

type Call = { method: string; url: URL; body: { token: string; reason: string; items: unknown[] } | null };

/** A worker that previews every slot list and answers each confirmation with `confirmations` in turn. */
function worker(confirmations: (() => Response)[]) {
  const calls: Call[] = [];
  let previews = 0;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const text = init?.body ? String(init.body) : input instanceof Request ? await input.text() : '';
    calls.push({ method, url, body: text ? JSON.parse(text) : null });
    if (method === 'GET') return Response.json(previewOf(url.searchParams.get('slots')!, String(++previews).repeat(64)));
    return confirmations.shift()!();
  });
  return calls;
}

const keys = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `${from + i}:7`);

signedInReviewer();

describe('BulkSettlePanel', () => {
  it('previews 150 selected slots in two requests, settles nothing before the confirm click, then sends each batch with its token and one reason', async () => {
    const settled = (n: number) => () => Response.json({ settled: n, items: [] }, { status: 201 });
    const calls = worker([settled(100), settled(50)]);
    const onSettled = vi.fn();
    render(<BulkSettlePanel round={round} selection={{ kind: 'slots', keys: keys(150) }} onSettled={onSettled} onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('bulk-preview-item')).toHaveLength(150));
    expect(calls.map((c) => [c.method, c.url.pathname, c.url.searchParams.get('slots')!.split(',').length, c.url.searchParams.get('rule')])).toEqual([
      ['GET', '/api/v1/rounds/1/settlements/preview', 100, 'median'],
      ['GET', '/api/v1/rounds/1/settlements/preview', 50, 'median'],
    ]);
    // Which item, the experts' values, the value it will get and the level that falls in.
    expect([...screen.getAllByTestId('bulk-preview-item')[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['企业1 南翔镇', 'STAFF.7', '4 / 6', '5', 'Level 3']);
    const confirm = screen.getByTestId('bulk-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByTestId('bulk-reason'), { target: { value: '两位专家相差不超过一个等级,取中位数' } });
    expect(confirm.disabled).toBe(false);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.click(confirm);
    await screen.findByTestId('bulk-settled');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url.pathname, c.body!.token, c.body!.items.length, c.body!.reason])).toEqual([
      ['/api/v1/rounds/1/settlements', '1'.repeat(64), 100, '两位专家相差不超过一个等级,取中位数'],
      ['/api/v1/rounds/1/settlements', '2'.repeat(64), 50, '两位专家相差不超过一个等级,取中位数'],
    ]);
    expect(screen.getByTestId('bulk-settled').textContent).toContain('150 items settled.');
    expect(onSettled).toHaveBeenCalledWith(keys(150));
  });

  it('shows what changed when the worker refuses a stale preview, and previews the slots not yet settled again', async () => {
    const stale = () =>
      Response.json({ error: { code: 'preview_stale', message: '1 of the 3 items changed', details: { changed: [{ enterpriseId: 2, indicatorId: 7, why: 'scores_changed' }] } } }, { status: 409 });
    const calls = worker([stale]);
    const onSettled = vi.fn();
    render(<BulkSettlePanel round={round} selection={{ kind: 'slots', keys: keys(3) }} onSettled={onSettled} onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('bulk-preview-item')).toHaveLength(3));
    fireEvent.input(screen.getByTestId('bulk-reason'), { target: { value: '取中位数' } });
    fireEvent.click(screen.getByTestId('bulk-confirm'));
    await screen.findByTestId('bulk-stale');
    expect(screen.getAllByTestId('bulk-stale-item').map((li) => li.textContent)).toEqual(["企业2 · STAFF.7: an expert's score changed"]);
    expect(onSettled).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('bulk-fresh-preview'));
    await waitFor(() => expect(screen.getAllByTestId('bulk-preview-item')).toHaveLength(3));
    expect(calls.at(-1)!.url.searchParams.get('slots')).toBe('1:7,2:7,3:7');
  });

  it('previews everything the filters match as one batch, says how many matched, and offers the next batch once it is settled', async () => {
    const calls: URL[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      calls.push(url);
      if ((init?.method ?? (input instanceof Request ? input.method : 'GET')) === 'GET') return Response.json({ ...previewOf(keys(100).join(','), 'a'.repeat(64)), matched: 230 });
      return Response.json({ settled: 100, items: [] }, { status: 201 });
    });
    render(<BulkSettlePanel round={round} selection={{ kind: 'filters', filters: { withinLevels: 1, street: '南翔镇' } }} onSettled={() => {}} onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('bulk-preview-item')).toHaveLength(100));
    expect(Object.fromEntries(calls[0]!.searchParams)).toEqual({ withinLevels: '1', street: '南翔镇', rule: 'median' });
    expect(screen.getByTestId('bulk-settle').textContent).toContain('230 disagreements match the filters; the first 100 are listed.');
    fireEvent.input(screen.getByTestId('bulk-reason'), { target: { value: '取中位数' } });
    fireEvent.click(screen.getByTestId('bulk-confirm'));
    fireEvent.click(await screen.findByTestId('bulk-next'));
    await waitFor(() => expect(calls.filter((c) => c.pathname.endsWith('/preview'))).toHaveLength(2));
  });
});
