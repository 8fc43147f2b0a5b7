// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IndicatorSuggestions } from '../../../extension/components/IndicatorSuggestions';
import { SuggestionsContext, type PanelSuggestions } from '../../../extension/lib/panel-suggestions';
import type { Suggestion } from '../../../shared/schemas/finder';
import type { PanelState } from '../../../shared/schemas/panel';
import { PanelBodyAsReader } from './panel-body-as-reader';
import { evidenceItem, ids, panelState, renderInPanel, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hostile = '<img src=x onerror="alert(1)">全年劳动合同签订率100%';
const items: Suggestion[] = [
  { reportId: 7, passageKey: '0123456789abcdef', page: 3, start: 10, end: 40, quote: hostile, why: ['劳动合同', '签订率'], score: 9 },
  { reportId: 7, passageKey: 'fedcba9876543210', page: 4, start: 0, end: 20, quote: '员工均签订书面合同。', why: ['合同'], score: 5 },
];

function suggestions() {
  return {
    roundId: 1,
    enterpriseId: 10,
    of: (id: number) => (id === ids.contracts ? items : []),
    report: (_id: number) => ({ id: 7, url: 'https://huaxin.example.cn/csr.pdf', title: '2025 CSR report', format: 'pdf' as const, sha256: 'a'.repeat(64), pageCount: 8 }),
    decided: vi.fn<PanelSuggestions['decided']>(),
  } satisfies PanelSuggestions;
}

const renderSuggestions = (value: PanelSuggestions | null) => {
  const state = panelState();
  return renderInPanel(
    <SuggestionsContext.Provider value={value}>
      <IndicatorSuggestions indicatorId={ids.contracts} />
    </SuggestionsContext.Provider>,
    state,
  );
};

describe('IndicatorSuggestions', () => {
  it('labels the passages as suggestions and shows each as text, with its report, page and matched words, and the keys', () => {
    const { container } = renderSuggestions(suggestions());
    expect(screen.getByRole('heading').textContent).toBe('Suggested evidence (2)');
    expect(container.textContent).toContain('not evidence');
    const [first] = screen.getAllByTestId('suggestion');
    expect(first!.querySelector('[data-testid="suggestion-quote"]')!.textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(first!.textContent).toContain('2025 CSR report');
    expect(first!.textContent).toContain('Page 3');
    expect([...first!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['劳动合同', '签订率']);
    expect(screen.getByTestId('suggestion-keys').textContent).toContain('Enter or C confirms');
  });

  it('shows nothing where the reader sees no suggestions', () => {
    const { container } = renderSuggestions(null);
    expect(container.textContent).toBe('');
  });

  it('moves between suggestions with the arrow keys and dismisses the focused one with D', async () => {
    const worker = await standInWorker();
    const value = suggestions();
    renderSuggestions(value);
    const [first, second] = screen.getAllByTestId('suggestion');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    worker.reply(201, { indicatorId: ids.contracts, reportId: 7, passageKey: items[1]!.passageKey, decidedAt: '2026-12-06T00:00:00.000Z' });
    fireEvent.keyDown(second!, { key: 'd' });
    await waitFor(() => expect(value.decided).toHaveBeenCalledWith(ids.contracts, items[1]!.passageKey));
    expect(worker.sent.map((s) => [s.method, s.path, s.body])).toEqual([
      ['POST', '/api/v1/rounds/1/enterprises/10/finder/dismissals', { indicatorId: ids.contracts, reportId: 7, passageKey: items[1]!.passageKey }],
    ]);
  });

  it('confirms with the stance the expert chooses: the evidence joins the panel and its figures are asked again', async () => {
    const worker = await standInWorker();
    const value = suggestions();
    const view = renderSuggestions(value);
    const [first] = screen.getAllByTestId('suggestion');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'c' });
    // The stance choice takes the focus; nothing is sent until a stance is chosen.
    expect(document.activeElement).toBe(screen.getByTestId('stance-supports'));
    expect((screen.getByTestId('suggestion-confirm-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('stance-contradicts'));
    const evidence = evidenceItem(500, ids.contracts, { quote: hostile, stance: 'contradicts' });
    worker.reply(201, evidence);
    fireEvent.click(screen.getByTestId('suggestion-confirm-save'));
    await waitFor(() => expect(value.decided).toHaveBeenCalledWith(ids.contracts, items[0]!.passageKey));
    const [sent] = worker.sent;
    expect([sent!.method, sent!.path]).toEqual(['POST', '/api/v1/rounds/1/enterprises/10/finder/confirmations']);
    expect(sent!.body).toMatchObject({ indicatorId: ids.contracts, reportId: 7, passageKey: items[0]!.passageKey, stance: 'contradicts', idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/) });
    expect(view.context.update).toHaveBeenCalled();
    expect(view.context.refresh).toHaveBeenCalled();
  });
});

describe('the panel asks for suggestions', () => {
  const asked = (sent: { path: string }[]) => sent.some((s) => s.path.endsWith('/finder/suggestions'));

  it('never for a reader who may not decide on them (a reviewer)', async () => {
    const worker = await standInWorker();
    const state = panelState();
    renderInPanel(<PanelBodyAsReader state={state} />, state);
    await waitFor(() => expect(screen.getByTestId('evidence-count')).toBeTruthy());
    expect(asked(worker.sent)).toBe(false);
  });

  it('once for all indicators, for an expert who may decide on some while evidence is still collected (scoring not open)', async () => {
    const worker = await standInWorker();
    const base = panelState();
    const state: PanelState = {
      ...base,
      viewer: { ...base.viewer, role: 'expert', seesScores: false, seesResults: false },
      indicators: base.indicators.map((i) => ({ ...i, may: { ...i.may, score: false, decideSuggestions: true } })),
    };
    worker.reply(200, { reports: [], indicators: [] });
    renderInPanel(<PanelBodyAsReader state={state} />, state);
    await waitFor(() => expect(asked(worker.sent)).toBe(true));
    expect(worker.sent.filter((s) => s.path.endsWith('/finder/suggestions'))).toHaveLength(1);
  });
});
