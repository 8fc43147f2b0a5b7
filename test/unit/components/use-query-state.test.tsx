// @vitest-environment happy-dom
// A list's filters in the URL: read with defaults whatever the link holds, written short, pushed or replaced.
import { act, cleanup, render } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readQuery, useQueryState, writeQuery, type SetQuery } from '../../../extension/lib/use-query-state';

const shape = {
  sort: z.enum(['total', 'name']).default('total'),
  street: z.coerce.number().int().positive().optional(),
  q: z.string().trim().min(1).max(10).optional(),
};

describe('readQuery', () => {
  it.each<[Record<string, string>, { sort: string; street?: number; q?: string }]>([
    [{}, { sort: 'total', street: undefined, q: undefined }],
    [{ sort: 'name', street: '3', q: '华鑫' }, { sort: 'name', street: 3, q: '华鑫' }],
    // What a hand-edited or stale link may hold falls back to the default, never throws.
    [{ sort: 'rank', street: 'abc', q: 'far too long a search' }, { sort: 'total', street: undefined, q: undefined }],
    [{ street: '-1' }, { sort: 'total', street: undefined, q: undefined }],
    [{ street: '' }, { sort: 'total', street: undefined, q: undefined }],
    [{ street: '2.5' }, { sort: 'total', street: undefined, q: undefined }],
    [{ street: '4', other: 'kept elsewhere' }, { sort: 'total', street: 4, q: undefined }],
  ])('%j reads as %j', (query, values) => {
    expect(readQuery(shape, query)).toEqual(values);
  });
});

describe('writeQuery', () => {
  it.each<[Record<string, string>, Parameters<typeof writeQuery<typeof shape>>[2], Record<string, string>]>([
    [{}, { street: 3 }, { street: '3' }],
    // A default is left out, so the plain view has the plain URL.
    [{ sort: 'name' }, { sort: 'total' }, {}],
    [{ street: '3', q: 'x' }, { street: undefined }, { q: 'x' }],
    [{ street: '3' }, { q: '' }, { street: '3' }],
    // Keys of other lists on the page stay.
    [{ tab: 'my-clips' }, { sort: 'name' }, { tab: 'my-clips', sort: 'name' }],
  ])('%j with %j is %j', (query, change, written) => {
    expect(writeQuery(shape, query, change)).toEqual(written);
  });
});

describe('useQueryState', () => {
  let seen: ReturnType<typeof readQuery<typeof shape>>[] = [];
  let set: SetQuery<typeof shape>;
  function Probe() {
    const [values, setValues] = useQueryState(shape);
    seen.push(values);
    set = setValues;
    return null;
  }
  const mount = (url: string) => {
    history.replaceState(null, '', url);
    seen = [];
    render(
      <LocationProvider>
        <Probe />
      </LocationProvider>,
    );
  };
  const last = () => seen.at(-1)!;
  const popTo = async (move: () => void) => {
    const popped = new Promise<void>((resolve) => addEventListener('popstate', () => resolve(), { once: true }));
    move();
    await act(() => popped);
  };
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(cleanup);

  it('reads the URL it is opened at', () => {
    mount('/rounds/3/results?sort=name&street=7');
    expect(last()).toEqual({ sort: 'name', street: 7, q: undefined });
  });

  it('pushes a deliberate change, which back undoes', async () => {
    mount('/rounds/3/results');
    const first = last();
    act(() => set({ street: 2 }));
    expect(location.pathname + location.search).toBe('/rounds/3/results?street=2');
    expect(last()).toEqual({ sort: 'total', street: 2, q: undefined });
    act(() => set({ sort: 'name' }));
    expect(location.search).toBe('?street=2&sort=name');
    await popTo(() => history.back());
    expect(last()).toEqual({ sort: 'total', street: 2, q: undefined });
    await popTo(() => history.back());
    expect(last()).toEqual(first);
  });

  it('keeps the same values object while its own keys stay the same (a load keyed on it does not start again)', () => {
    let setTab: SetQuery<{ tab: z.ZodOptional<z.ZodString> }> = () => {};
    function Other() {
      setTab = useQueryState({ tab: z.string().optional() })[1];
      return null;
    }
    history.replaceState(null, '', '/rounds/3/to-score?street=2');
    seen = [];
    render(
      <LocationProvider>
        <Probe />
        <Other />
      </LocationProvider>,
    );
    act(() => setTab({ tab: 'my-clips' }));
    expect(location.search).toBe('?street=2&tab=my-clips');
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
  });

  it('replaces the entry for a change made in place (typing), and adds none for a change that changes nothing', () => {
    mount('/enterprises');
    const before = history.length;
    act(() => set({ q: 'ab' }, { replace: true }));
    act(() => set({ q: 'abc' }, { replace: true }));
    act(() => set({ q: 'abc' }));
    expect(history.length).toBe(before);
    expect(location.search).toBe('?q=abc');
  });
});
