// @vitest-environment happy-dom
// The clip shortcut in the options page: as the browser registered it, and the way to the browser's page to change it.
import './i18n';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutSetting } from '../../../extension/components/ShortcutSetting';

// The fake browser types getAll as returning nothing: the browser's answer is given as it comes.
const registered = (shortcut: string) =>
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'clip-selection', description: 'Clip', shortcut }] as never);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ShortcutSetting', () => {
  it('shows the shortcut the browser registered', async () => {
    registered('Alt+Shift+E');
    render(<ShortcutSetting />);
    expect((await screen.findByTestId('clip-shortcut')).textContent).toBe('Alt+Shift+E');
  });

  it('says when the browser left it unset (a key the browser or another extension took)', async () => {
    registered('');
    render(<ShortcutSetting />);
    expect((await screen.findByTestId('clip-shortcut')).textContent).toContain('Not set');
  });

  it("opens Chrome's shortcut page", async () => {
    registered('Alt+Shift+E');
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ShortcutSetting />);
    fireEvent.click(await screen.findByTestId('change-shortcut'));
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }));
  });

  it('lets Firefox open its own shortcut manager', async () => {
    registered('Alt+Shift+E');
    const openShortcutSettings = vi.fn(async () => undefined);
    vi.stubGlobal('browser', { commands: { openShortcutSettings } });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ShortcutSetting />);
    fireEvent.click(await screen.findByTestId('change-shortcut'));
    await vi.waitFor(() => expect(openShortcutSettings).toHaveBeenCalled());
    expect(created).not.toHaveBeenCalled();
  });
});
