// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leafIndicators, MoveForm } from '../../../extension/components/console/review/MoveForm';
import { RejectForm } from '../../../extension/components/console/review/RejectForm';
import type { IndicatorNode } from '../../../shared/schemas/round';

afterEach(cleanup);

const node = (id: number, parentId: number | null, level: 1 | 2 | 3, code: string): IndicatorNode => ({
  id, parentId, level, position: id, code, name: { zh: code, en: `Indicator ${code}` }, guidance: null, kind: null, industries: [], weight: 1, maxScore: level === 3 ? 10 : null, rubric: null, keywords: { zh: [], en: [] }, validity: null,
});
const tree = [node(1, null, 1, 'STAFF'), node(2, 1, 2, 'STAFF.1'), node(3, 2, 3, 'STAFF.1.1'), node(4, 2, 3, 'STAFF.1.2'), node(5, null, 1, 'ENV'), node(6, 5, 2, 'ENV.1'), node(7, 6, 3, 'ENV.1.1')];
const reasons = { standard: [{ code: 'misfiled', label: { zh: '归错指标', en: 'Filed under the wrong indicator' } }], recent: ['照片看不清'] };

describe('RejectForm', () => {
  it('says why it cannot reject without a reason, and rejects with a common, recent or typed one', () => {
    const onReject = vi.fn();
    render(<RejectForm reasons={reasons} busy={false} onReject={onReject} onCancel={() => {}} />);
    expect((screen.getByTestId('confirm-reject') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('reject-needs-reason').textContent).not.toBe('');
    expect(screen.getByTestId('reject-reason').getAttribute('aria-describedby')).toBe('reject-needs-reason');
    fireEvent.submit(screen.getByTestId('reject-form'));
    expect(onReject).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('reject-reasons'), { target: { value: 'Filed under the wrong indicator' } });
    expect((screen.getByTestId('reject-reason') as HTMLInputElement).value).toBe('Filed under the wrong indicator');
    expect(screen.queryByTestId('reject-needs-reason')).toBeNull();
    // Enter on the reasons' select confirms the reason chosen.
    fireEvent.keyDown(screen.getByTestId('reject-reasons'), { key: 'Enter' });
    expect(onReject).toHaveBeenLastCalledWith('Filed under the wrong indicator');

    fireEvent.input(screen.getByTestId('reject-reason'), { target: { value: '  照片看不清  ' } });
    fireEvent.submit(screen.getByTestId('reject-form'));
    expect(onReject).toHaveBeenLastCalledWith('照片看不清');
  });

  it('goes back to the queue on Escape', () => {
    const onCancel = vi.fn();
    render(<RejectForm reasons={reasons} busy={false} onReject={() => {}} onCancel={onCancel} />);
    fireEvent.keyDown(screen.getByTestId('reject-reason'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('MoveForm', () => {
  it('offers the leaves of the framework, each with its dimension', () => {
    expect(leafIndicators(tree).map((leaf) => [leaf.code, leaf.dimensionId])).toEqual([['STAFF.1.1', 1], ['STAFF.1.2', 1], ['ENV.1.1', 5]]);
  });

  it('says why it cannot move before another indicator is chosen, then moves with Enter', () => {
    const onMove = vi.fn();
    render(<MoveForm tree={tree} from={3} busy={false} onMove={onMove} onCancel={() => {}} />);
    const confirm = screen.getByTestId('confirm-move') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByTestId('move-why').textContent).toBe('Choose the indicator to move it to first');
    fireEvent.change(screen.getByTestId('move-target'), { target: { value: '3' } });
    expect(screen.getByTestId('move-why').textContent).toBe('It is already filed under this indicator');
    fireEvent.keyDown(screen.getByTestId('move-target'), { key: 'Enter' });
    expect(onMove).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('move-target'), { target: { value: '7' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.keyDown(screen.getByTestId('move-target'), { key: 'Enter' });
    expect(onMove).toHaveBeenCalledWith({ id: 7, code: 'ENV.1.1', name: { zh: 'ENV.1.1', en: 'Indicator ENV.1.1' }, dimensionId: 5 });
  });
});
