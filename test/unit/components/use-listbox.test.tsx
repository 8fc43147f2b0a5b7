// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnterpriseField } from '../../../extension/components/EnterpriseField';
import { IndicatorPicker } from '../../../extension/components/IndicatorPicker';
import { useListbox } from '../../../extension/lib/use-listbox';
import type { IndicatorNode } from '../../../shared/schemas/round';

afterEach(cleanup);

function Harness({ items, onChoose, onEscape, onOuterKey }: { items: string[]; onChoose: (item: string) => void; onEscape?: () => void; onOuterKey: (key: string) => void }) {
  const [query, setQuery] = useState('');
  const list = useListbox({ id: 'things', count: items.length, onChoose: (i) => onChoose(items[i]!), onEscape, resetOn: query });
  return (
    <div onKeyDown={(e) => onOuterKey(e.key)}>
      <input data-testid="box" value={query} {...list.inputProps} onInput={(e) => setQuery(e.currentTarget.value)} />
      <ul {...list.listProps}>
        {items.map((item, i) => <li key={item} {...list.optionProps(i)}>{item}</li>)}
      </ul>
    </div>
  );
}

const active = (box: HTMLElement) => document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent;

describe('useListbox', () => {
  it('moves the active option with ↑ ↓ (announced by aria-activedescendant), chooses it with Enter and leaves Ctrl+Enter alone', () => {
    const onChoose = vi.fn();
    const outer = vi.fn();
    render(<Harness items={['甲', '乙', '丙']} onChoose={onChoose} onOuterKey={outer} />);
    const box = screen.getByTestId('box');
    expect(box.getAttribute('role')).toBe('combobox');
    expect(box.getAttribute('aria-controls')).toBe('things');
    expect(active(box)).toBe('甲');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(active(box)).toBe('丙');
    expect(screen.getByText('丙').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('甲').getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('乙');
  });

  it('starts again at the first option when the query changes, and chooses by mouse too', () => {
    const onChoose = vi.fn();
    render(<Harness items={['甲', '乙']} onChoose={onChoose} onOuterKey={vi.fn()} />);
    const box = screen.getByTestId('box');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.input(box, { target: { value: '乙' } });
    expect(active(box)).toBe('甲');
    fireEvent.click(screen.getByText('乙'));
    expect(onChoose).toHaveBeenCalledWith('乙');
  });

  it('dismisses the list with Escape without letting it close the dialog around; with nothing to dismiss Escape goes on', () => {
    const onEscape = vi.fn();
    const outer = vi.fn();
    const { rerender } = render(<Harness items={['甲']} onChoose={vi.fn()} onEscape={onEscape} onOuterKey={outer} />);
    fireEvent.keyDown(screen.getByTestId('box'), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
    rerender(<Harness items={[]} onChoose={vi.fn()} onOuterKey={outer} />);
    const box = screen.getByTestId('box');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(outer).toHaveBeenCalledWith('Escape');
  });
});

const node = (id: number, code: string, name: string, zh: string[]): IndicatorNode => ({
  id,
  parentId: 1,
  level: 3,
  position: id,
  code,
  name: { zh: name, en: name },
  guidance: null,
  kind: 'voluntary',
  industries: [],
  weight: 1,
  maxScore: 10,
  rubric: null,
  keywords: { zh, en: [] },
  validity: null,
});
const solar = node(11, 'ENV.3.1', 'Renewable energy', ['光伏', '清洁能源']);
const waste = node(12, 'ENV.2.2', 'Hazardous waste', ['危险废物', '危废']);
const contracts = node(13, 'STAFF.1.1', 'Labour contracts', ['劳动合同']);

describe('IndicatorPicker', () => {
  const quote = '屋顶分布式光伏年发电量约68万千瓦时。';

  it('lists the quote’s suggestion first and active, the last used second: Enter files a solar-power sentence under the suggestion', () => {
    const onSelect = vi.fn();
    const { container } = render(<IndicatorPicker indicators={[contracts, waste, solar]} quote={quote} lastUsedId={waste.id} selectedId={null} onSelect={onSelect} />);
    expect([...container.querySelectorAll('li[role="option"]')].map((li) => li.getAttribute('data-code'))).toEqual(['ENV.3.1', 'ENV.2.2', 'STAFF.1.1']);
    expect(screen.getByText('Suggested').closest('li')!.dataset.code).toBe('ENV.3.1');
    expect(screen.getByText('Last used').closest('li')!.dataset.code).toBe('ENV.2.2');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(solar);
  });

  it('searches as typed; Escape clears the search (and keeps the picker open)', () => {
    const onSelect = vi.fn();
    render(<IndicatorPicker indicators={[contracts, waste, solar]} quote={quote} lastUsedId={waste.id} selectedId={null} onSelect={onSelect} />);
    const box = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.input(box, { target: { value: '劳动' } });
    expect(screen.getAllByRole('option').map((o) => o.dataset.code)).toEqual(['STAFF.1.1']);
    const outer = vi.fn();
    box.parentElement!.parentElement!.addEventListener('keydown', outer);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(outer).not.toHaveBeenCalled();
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});

describe('EnterpriseField', () => {
  const found = [
    { id: 1, name: '上海华鑫汽车零部件有限公司', nameEn: null, creditCode: '91310114MA1GT35K7H', industry: 'manufacturing', street: '安亭镇', domains: [] },
    { id: 2, name: '上海华鑫物流有限公司', nameEn: null, creditCode: '91310114MA1GW5678U', industry: 'logistics', street: '安亭镇', domains: [] },
  ];

  it('finds enterprises as typed and chooses one with ↓ and Enter', async () => {
    const onChange = vi.fn();
    render(<EnterpriseField value={null} basis={null} search={async () => found} onChange={onChange} />);
    const box = screen.getByRole('combobox');
    fireEvent.input(box, { target: { value: '华鑫' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ id: 2, name: '上海华鑫物流有限公司' });
  });

  it('says why an enterprise was detected', () => {
    render(<EnterpriseField value={{ id: 1, name: found[0]!.name }} basis="creditCode" search={async () => []} onChange={vi.fn()} />);
    expect(screen.getByTestId('enterprise-basis').textContent).toBe('Detected by: credit code');
  });
});
