// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorNode } from '../../../shared/schemas/round';
import type { Street } from '../../../shared/schemas/streets';
import { GroupFilters } from '../../../extension/components/console/tasks/rectify/GroupFilters';

afterEach(cleanup);

const street = (id: number, name: string): Street => ({ id, code: null, name, nameEn: null, position: id, aliases: [], retiredAt: null, enterprises: 0, coordinators: 0, version: 1 });
const dimension = (id: number, code: string, en: string): IndicatorNode => ({
  id, parentId: null, level: 1, position: id, code, name: { zh: en, en }, guidance: null, kind: null, industries: [], weight: 1, maxScore: null, rubric: null, keywords: { zh: [], en: [] }, validity: null,
});
const tree = [dimension(1, 'STAFF', 'Employees'), dimension(2, 'ENV', 'Environment'), { ...dimension(11, 'STAFF.1', 'Contracts'), level: 2 as const, parentId: 1 }];

const renderFilters = (filters = {}) => {
  const onChange = vi.fn();
  const onText = vi.fn();
  render(<GroupFilters text="" onText={onText} filters={filters} onChange={onChange} streets={[street(1, '安亭镇'), street(2, '马陆镇')]} tree={tree} />);
  return { onChange, onText };
};

describe('GroupFilters', () => {
  it('offers the streets by name and only the dimensions of the tree', () => {
    renderFilters();
    const streets = screen.getByRole('combobox', { name: 'Street' }) as HTMLSelectElement;
    expect([...streets.options].map((o) => o.value)).toEqual(['', '安亭镇', '马陆镇']);
    const dimensions = screen.getByRole('combobox', { name: 'Dimension' }) as HTMLSelectElement;
    expect([...dimensions.options].map((o) => o.textContent)).toEqual(['All dimensions', 'STAFF Employees', 'ENV Environment']);
  });

  it('sets each filter, keeps the others and clears one chosen back to all', () => {
    const { onChange, onText } = renderFilters({ street: '安亭镇' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Dimension' }), { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith({ street: '安亭镇', dimensionId: 2 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'submitted' } });
    expect(onChange).toHaveBeenLastCalledWith({ street: '安亭镇', status: 'submitted' });
    fireEvent.change(screen.getByTestId('rectify-group-due-before'), { target: { value: '2027-06-30' } });
    expect(onChange).toHaveBeenLastCalledWith({ street: '安亭镇', dueBefore: '2027-06-30' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Street' }), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ street: undefined });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '华鑫' } });
    expect(onText).toHaveBeenLastCalledWith('华鑫');
  });
});
