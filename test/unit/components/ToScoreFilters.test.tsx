// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorNode } from '../../../shared/schemas/round';
import { ToScoreFilters } from '../../../extension/components/console/to-score/ToScoreFilters';
import { ok } from '../../../extension/lib/result';

afterEach(cleanup);

const node = (id: number, level: 1 | 2 | 3, parentId: number | null, code: string): IndicatorNode => ({
  id, parentId, level, position: id, code, name: { zh: code, en: code }, guidance: null, kind: null, industries: [], weight: 1, maxScore: null, rubric: null, keywords: { zh: [], en: [] }, validity: null,
});
const tree = [node(1, 1, null, 'STAFF'), node(2, 1, null, 'ENV'), node(11, 2, 1, 'STAFF.1'), node(21, 2, 2, 'ENV.1'), node(111, 3, 11, 'STAFF.1.1'), node(112, 3, 11, 'STAFF.1.2'), node(211, 3, 21, 'ENV.1.1')];
const huaxin = { id: 5, name: '上海华鑫汽车零部件有限公司' };

const renderFilters = (filters = {}) => {
  const onChange = vi.fn();
  const search = vi.fn(async (q: string) => ok(q === '华鑫' ? [huaxin] : []));
  const view = render(<ToScoreFilters filters={filters} onChange={onChange} streets={[]} tree={tree} searchEnterprises={search} />);
  return { onChange, search, view };
};
const indicatorCodes = () => [...(screen.getByTestId('to-score-indicator') as HTMLSelectElement).options].map((o) => o.textContent);

describe('ToScoreFilters', () => {
  it('offers every scored indicator, or those of the chosen dimension', () => {
    const { view, onChange } = renderFilters();
    expect(indicatorCodes()).toEqual(['All indicators', 'STAFF.1.1 STAFF.1.1', 'STAFF.1.2 STAFF.1.2', 'ENV.1.1 ENV.1.1']);
    fireEvent.change(screen.getByTestId('to-score-indicator'), { target: { value: '112' } });
    expect(onChange).toHaveBeenLastCalledWith({ indicatorId: 112 });
    view.rerender(<ToScoreFilters filters={{ dimensionId: 2 }} onChange={onChange} streets={[]} tree={tree} searchEnterprises={vi.fn()} />);
    expect(indicatorCodes()).toEqual(['All indicators', 'ENV.1.1 ENV.1.1']);
  });

  it('clears the indicator when another dimension is chosen', () => {
    const { onChange } = renderFilters({ dimensionId: 1, indicatorId: 111 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Dimension' }), { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith({ dimensionId: 2, indicatorId: undefined });
  });

  it('finds an enterprise by name, chooses it, and shows it chosen with a way to change it', async () => {
    const { onChange, search, view } = renderFilters({ street: '安亭镇' });
    fireEvent.input(screen.getByLabelText('Enterprise'), { target: { value: '华鑫' } });
    fireEvent.click(await screen.findByRole('option', { name: huaxin.name }));
    expect(search).toHaveBeenCalledWith('华鑫');
    expect(onChange).toHaveBeenLastCalledWith({ street: '安亭镇', enterprise: huaxin });
    view.rerender(<ToScoreFilters filters={{ street: '安亭镇', enterprise: huaxin }} onChange={onChange} streets={[]} tree={tree} searchEnterprises={search} />);
    expect(screen.getByTestId('to-score-enterprise-chosen').textContent).toBe(huaxin.name);
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(onChange).toHaveBeenLastCalledWith({ street: '安亭镇', enterprise: undefined });
  });
});
