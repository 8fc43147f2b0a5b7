// @vitest-environment happy-dom
// The side panel follows the active tab: the page found last time (same user, round and address), or what its site's
// domain named on another page, is handed over at once, before the background's look answers, and the look's answer
// wins and is remembered.
import './i18n';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Result } from '../../../extension/lib/result';
import { detectedPages, offlineCopies } from '../../../extension/lib/storage';
import { useActiveTabEnterprise } from '../../../extension/lib/use-active-tab-enterprise';
import type { DetectedEnterprise } from '../../../shared/schemas/enterprise-detection';
import type { Round } from '../../../shared/schemas/round';

const round = { id: 4 } as Round;
const url = 'https://huaxin-auto.example/csr-2025.html';
const detected = (id: number, basis: DetectedEnterprise['basis']) =>
  ({ id, name: `企业${id}`, creditCode: '91310000MA1FL0XX0X', street: null, status: 'enrolled', signedOffAt: null, basis, foundIn: basis === 'domain' ? 'site' : 'page' }) as unknown as DetectedEnterprise;

// The background's look at the tab (its only message here), answered when the test says so.
const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../extension/lib/messaging', () => ({ sendMessage }));

function lookAnsweredLater() {
  let answer: (found: DetectedEnterprise[]) => void = () => {};
  const asked = vi.fn();
  sendMessage.mockImplementation((type: string, data: unknown) => {
    asked(type, data);
    return new Promise<Result<DetectedEnterprise[]>>((resolve) => (answer = (found) => resolve({ ok: true, value: found })));
  });
  return { asked, answer: (found: DetectedEnterprise[]) => answer(found) };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no focused window to answer `lastFocusedWindow`: the site's tab is the active one.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 5, url, active: true }]) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useActiveTabEnterprise', () => {
  it('hands over the page found last time at once, then the look’s answer, which is remembered', async () => {
    await detectedPages.setValue({ 7: { [`4 ${url}`]: detected(11, 'domain') } });
    const look = lookAnsweredLater();
    const found = vi.fn();
    const looked = vi.fn();
    renderHook(() => useActiveTabEnterprise(round, 7, found, looked));
    await waitFor(() => expect(look.asked).toHaveBeenCalled());
    expect(found.mock.calls.map(([e]) => e.id)).toEqual([11]);
    expect(looked).not.toHaveBeenCalled();

    look.answer([detected(12, 'creditCode')]);
    await waitFor(() => expect(looked).toHaveBeenCalledOnce());
    expect(found.mock.calls.map(([e]) => [e.id, e.basis])).toEqual([[11, 'domain'], [12, 'creditCode']]);
    await waitFor(async () => expect((await detectedPages.getValue())[7]?.[`4 ${url}`]?.id).toBe(12));
  });

  it('looks only once `lookAfter` resolved when it handed over a remembered page, at once when it had none', async () => {
    await detectedPages.setValue({ 7: { [`4 ${url}`]: detected(11, 'domain') } });
    const look = lookAnsweredLater();
    const found = vi.fn();
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    renderHook(() => useActiveTabEnterprise(round, 7, found, undefined, settled));
    await waitFor(() => expect(found).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(look.asked).not.toHaveBeenCalled();
    settle();
    await waitFor(() => expect(look.asked).toHaveBeenCalledOnce());

    cleanup();
    const unknown = lookAnsweredLater();
    renderHook(() => useActiveTabEnterprise(round, 8, vi.fn(), undefined, new Promise(() => {})));
    await waitFor(() => expect(unknown.asked).toHaveBeenCalledOnce());
  });

  it('hands over what the site’s domain said on another of its pages at once, then the look’s answer', async () => {
    await offlineCopies.setValue({ 'detected:4:huaxin-auto.example': { items: [detected(11, 'domain')] } });
    const look = lookAnsweredLater();
    const found = vi.fn();
    renderHook(() => useActiveTabEnterprise(round, 7, found));
    await waitFor(() => expect(look.asked).toHaveBeenCalled());
    expect(found.mock.calls.map(([e]) => e.id)).toEqual([11]);
    look.answer([detected(11, 'domain')]);
    await waitFor(() => expect(found).toHaveBeenCalledTimes(2));
  });

  it('remembers nothing for another user or round, and forgets a page the look no longer finds', async () => {
    await detectedPages.setValue({ 7: { [`4 ${url}`]: detected(11, 'domain') } });
    const look = lookAnsweredLater();
    const found = vi.fn();
    renderHook(() => useActiveTabEnterprise(round, 8, found));
    await waitFor(() => expect(look.asked).toHaveBeenCalled());
    look.answer([]);
    await waitFor(async () => expect((await detectedPages.getValue())[8] ?? {}).toEqual({}));
    expect(found).not.toHaveBeenCalled();

    cleanup();
    const again = lookAnsweredLater();
    renderHook(() => useActiveTabEnterprise(round, 7, found));
    await waitFor(() => expect(again.asked).toHaveBeenCalled());
    expect(found.mock.calls.map(([e]) => e.id)).toEqual([11]);
    again.answer([]);
    await waitFor(async () => expect((await detectedPages.getValue())[7] ?? {}).toEqual({}));
  });
});
