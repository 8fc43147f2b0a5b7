// @vitest-environment happy-dom
import './i18n';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { DisagreementItem } from '../../../shared/schemas/disagreements';
import { DisagreementCard, type DisagreementCardProps } from '../../../extension/components/console/review/DisagreementCard';
import { signedInReviewer } from './signed-in-reviewer';

const hostile = '<img src=x onerror="alert(1)">';
const level = (min: number, zh: string, en: string) => ({ min, label: { zh, en }, description: { zh, en } });
const item: DisagreementItem = {
  enterprise: { id: 10, name: '上海华鑫汽车零部件有限公司', street: '南翔镇' },
  indicator: { id: 7, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Contracts' }, dimensionId: 1, maxScore: 10, rubric: [level(0, '不达标', 'Fails'), level(4, '基本达标', 'Basic'), level(8, '优秀', 'Excellent')] },
  computedConsensus: 6,
  minValue: 3,
  maxValue: 9,
  levelSpread: 2,
  scores: [
    { id: 1, expert: { id: 5, displayName: '李明' }, value: 3, rubricLevel: 0, rationale: `合同不全 ${hostile}`, evidenceIds: [40], version: 1 },
    { id: 2, expert: { id: 6, displayName: '王芳' }, value: 9, rubricLevel: 2, rationale: '制度完善', evidenceIds: [40], version: 2 },
  ],
  evidence: [{ id: 40, kind: 'clip', title: '年度报告', url: 'https://huaxin-auto.cn/csr', quote: `劳动合同签订率100% ${hostile}`, pageNumber: 3, stance: 'supports', status: 'accepted' }],
  scoresVersion: '1:1,2:2',
};

const props = (change: Partial<DisagreementCardProps> = {}): DisagreementCardProps => ({
  roundId: 1,
  item,
  current: false,
  selected: false,
  settling: false,
  onSelect: vi.fn(),
  onSettle: vi.fn(),
  onSettled: vi.fn(),
  ...change,
});

signedInReviewer();

describe('DisagreementCard', () => {
  it('shows each expert’s score, rubric level and rationale side by side, and the cited quotes as text only', () => {
    const { container } = render(<DisagreementCard {...props()} />);
    expect(screen.getAllByTestId('queue-expert-score').map((s) => s.textContent)).toEqual([`3Fails李明合同不全 ${hostile}`, '9Excellent王芳制度完善']);
    expect(screen.getByTestId('queue-cited-evidence').textContent).toBe(`年度报告 · page 3劳动合同签订率100% ${hostile}`);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('disagreement-spread').textContent).toBe("Experts' scores 3–9, consensus 6, levels apart 2");
  });

  it('selects the item for a bulk settle with its box', () => {
    const onSelect = vi.fn();
    render(<DisagreementCard {...props({ onSelect })} />);
    fireEvent.click(screen.getByTestId('disagreement-select'));
    expect(onSelect).toHaveBeenCalledWith(true);
  });

  it('settles with the value and reason when Enter is pressed in the reason, suggesting the consensus', async () => {
    const sent: { url: string; method: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : null;
      sent.push({ url: request?.url ?? String(input), method: init?.method ?? request?.method ?? 'GET', body: JSON.parse(init?.body ? String(init.body) : await request!.text()) });
      return Response.json({ value: 6, reason: 'x', version: 1 }, { status: 201 });
    });
    const onSettled = vi.fn();
    render(<DisagreementCard {...props({ settling: true, onSettled })} />);
    expect((screen.getByTestId('settle-value') as HTMLInputElement).value).toBe('6');
    const reason = screen.getByTestId('settle-reason');
    fireEvent.input(reason, { target: { value: '核实合同台账后取中间值' } });
    fireEvent.keyDown(reason, { key: 'Enter' });
    await waitFor(() => expect(onSettled).toHaveBeenCalled());
    expect(sent).toEqual([{ url: expect.stringContaining('/api/v1/rounds/1/enterprises/10/indicators/7/settlement'), method: 'PUT', body: { value: 6, reason: '核实合同台账后取中间值', version: 0 } }]);
  });

  it('keeps the form open with the worker’s reason when it refuses, and leaves the list as it is', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: { code: 'no_disagreement', message: "The experts' scores of STAFF.1.1 (6, 6) do not disagree" } }, { status: 409 }),
    );
    const onSettled = vi.fn();
    render(<DisagreementCard {...props({ settling: true, onSettled })} />);
    const reason = screen.getByTestId('settle-reason');
    fireEvent.input(reason, { target: { value: '核实合同台账后取中间值' } });
    fireEvent.keyDown(reason, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('settle-form').querySelector('[role="alert"]')?.getAttribute('data-error-code')).toBe('no_disagreement'));
    expect(onSettled).not.toHaveBeenCalled();
  });
});
