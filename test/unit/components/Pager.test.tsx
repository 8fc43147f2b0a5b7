// @vitest-environment happy-dom
import './i18n';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pager, totalText } from '../../../extension/components/console/common/Pager';
import type { CursorPages } from '../../../extension/lib/use-cursor-pages';

afterEach(cleanup);

const onPage = (page: number): CursorPages => ({ cursor: page > 1 ? 'c' : undefined, page, hasPrevious: page > 1, previous: vi.fn(), next: vi.fn() });

describe('Pager', () => {
  it('says how many the list holds in all and which page of how many is shown', () => {
    render(<Pager pages={onPage(2)} nextCursor="n" empty={false} total={12_345} pageSize={50} />);
    expect(screen.getByTestId('list-total').textContent).toBe('12,345 in all');
    expect(screen.getByTestId('page-of').textContent).toBe('Page 2 of 247');
  });

  it('shows the total alone when one page holds everything', () => {
    render(<Pager pages={onPage(1)} nextCursor={null} empty={false} total={7} pageSize={50} />);
    expect(screen.getByTestId('list-total').textContent).toBe('7 in all');
    expect(screen.queryByTestId('page-of')).toBeNull();
  });

  it('reads a total past the counting cap as “more than 10,000” only for a list counted up to it', () => {
    expect(totalText(10_001, true)).toBe('More than 10,000');
    expect(totalText(10_000, true)).toBe('10,000 in all');
    expect(totalText(10_001)).toBe('10,001 in all');
  });

  it('gives the page number alone where pages may hold fewer rows than their size', () => {
    render(<Pager pages={onPage(3)} nextCursor="n" empty={false} total={undefined} />);
    expect(screen.queryByTestId('list-total')).toBeNull();
    expect(screen.getByTestId('page-of').textContent).toBe('Page 3');
  });

  it('never counts fewer pages than the reader has turned (rows added while paging)', () => {
    render(<Pager pages={onPage(4)} nextCursor={null} empty={false} total={120} pageSize={50} />);
    expect(screen.getByTestId('page-of').textContent).toBe('Page 4 of 4');
  });
});
