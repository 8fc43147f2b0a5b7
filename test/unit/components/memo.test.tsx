// @vitest-environment happy-dom
// lib/memo: a memoised component renders again only when a prop changed, and still follows its context.
import { cleanup, render } from '@testing-library/preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memo, sameProps } from '../../../extension/lib/memo';

afterEach(cleanup);

describe('memo', () => {
  it('compares props key by key, by identity', () => {
    const list = [1];
    expect(sameProps({ a: 1, list }, { a: 1, list })).toBe(true);
    expect(sameProps({ a: 1, list }, { a: 1, list: [1] })).toBe(false);
    expect(sameProps({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameProps({ a: 1, b: undefined }, { a: 1 })).toBe(false);
  });

  it('renders again only when a prop changed, and when the context it reads changed', () => {
    const Theme = createContext('light');
    const renders = vi.fn();
    const Label = memo(function Label({ text }: { text: string }) {
      renders(text);
      return <span>{text} {useContext(Theme)}</span>;
    });
    const view = (text: string, theme: string, tick: number) => (
      <Theme.Provider value={theme}>
        <p data-tick={tick}><Label text={text} /></p>
      </Theme.Provider>
    );
    const { container, rerender } = render(view('a', 'light', 1));
    rerender(view('a', 'light', 2));
    expect(renders).toHaveBeenCalledTimes(1);
    rerender(view('b', 'light', 3));
    expect(container.textContent).toBe('b light');
    rerender(view('b', 'dark', 4));
    expect(container.textContent).toBe('b dark');
    expect(renders.mock.calls.map(([t]) => t)).toEqual(['a', 'b', 'b']);
  });
});
