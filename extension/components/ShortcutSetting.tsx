/** The clip shortcut as the browser registered it, and the way to the browser's page for changing it. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { clipShortcut, openShortcutSettings } from '../lib/shortcut-settings';

export function ShortcutSetting() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    const read = () => void clipShortcut().then(setShortcut);
    read();
    // Changed in the browser's page: shown when the user comes back.
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  if (shortcut === undefined) return null;
  return (
    <section>
      <h2 style={{ fontSize: '14px', margin: '16px 0 4px' }}>{i18n.t('options.shortcut')}</h2>
      <p class="row">
        <span class="grow" data-testid="clip-shortcut">{shortcut ? <kbd>{shortcut}</kbd> : i18n.t('options.shortcutNotSet')}</span>
        <button type="button" class="link" data-testid="change-shortcut" onClick={() => void openShortcutSettings()}>{i18n.t('options.shortcutChange')}</button>
      </p>
      <p class="muted">{i18n.t('options.shortcutHint')}</p>
    </section>
  );
}
