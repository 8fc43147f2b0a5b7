// @vitest-environment happy-dom
// The picker's indicator list by keyboard: Enter takes the first entry (the last used) unless the user moved on.
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorNode } from '../../../shared/schemas/round';
import { IndicatorPicker } from '../../../extension/components/IndicatorPicker';

afterEach(cleanup);

const node = (id: number, code: string) => ({ id, parentId: null, level: 3, code, name: { zh: code, en: code }, keywords: { zh: [], en: [] } }) as unknown as IndicatorNode;
const indicators = [node(1, 'STAFF.1.1'), node(2, 'STAFF.1.2'), node(3, 'ENV.1.1')];

function picker() {
  const onSelect = vi.fn();
  render(<IndicatorPicker indicators={indicators} quote="" lastUsedId={1} selectedId={null} onSelect={onSelect} />);
  const item = (code: string) => screen.getByRole('listbox').querySelector(`li[data-code="${code}"]`)!;
  const enter = () => fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
  return { onSelect, item, enter };
}

describe('IndicatorPicker', () => {
  it('keeps the last used indicator for Enter when the list appears under a pointer that does not move', () => {
    const { onSelect, item, enter } = picker();
    fireEvent.mouseEnter(item('ENV.1.1'));
    fireEvent.mouseOver(item('ENV.1.1'));
    fireEvent.mouseMove(item('ENV.1.1'), { movementX: 0, movementY: 0 });
    enter();
    expect(onSelect).toHaveBeenCalledWith(indicators[0]);
  });

  it('takes the entry the user moves the pointer onto', () => {
    const { onSelect, item, enter } = picker();
    fireEvent.mouseMove(item('ENV.1.1'), { movementX: 4, movementY: 1 });
    enter();
    expect(onSelect).toHaveBeenCalledWith(indicators[2]);
  });

  it('moves with the arrow keys', () => {
    const { onSelect, enter } = picker();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'ArrowDown' });
    enter();
    expect(onSelect).toHaveBeenCalledWith(indicators[1]);
  });
});
