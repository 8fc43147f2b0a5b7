/** Clipping preferences: the button next to selections, and opening PDFs in the extension's viewer. */
import { i18n } from '../lib/ports/messages';
import type { ClipSettings } from '../../shared/schemas/clip';
import { clipSettings } from '../lib/storage';
import { useStored } from '../lib/use-stored';

export function ClipSettingsForm() {
  const settings = useStored(clipSettings);
  if (!settings) return null;
  const toggle = (name: keyof ClipSettings) => (event: Event) =>
    void clipSettings.setValue({ ...settings, [name]: (event.currentTarget as HTMLInputElement).checked });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '16px 0 0' }}>
      <legend style={{ fontWeight: 600 }}>{i18n.t('options.clipping')}</legend>
      <label class="row" style={{ fontWeight: 400 }}>
        <input type="checkbox" id="setting-selection-button" checked={settings.selectionButton} onChange={toggle('selectionButton')} />
        {i18n.t('options.selectionButton')}
      </label>
      <label class="row" style={{ fontWeight: 400 }}>
        <input type="checkbox" id="setting-pdf-viewer" checked={settings.pdfInViewer} onChange={toggle('pdfInViewer')} />
        {i18n.t('options.pdfInViewer')}
      </label>
    </fieldset>
  );
}
