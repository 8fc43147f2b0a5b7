/** What is being clipped: the quote (with its PDF page), or the page or link being attached. */
import { i18n } from '../lib/ports/messages';
import type { Capture } from '../../shared/schemas/clip';

export type ClipSourceProps = { capture: Capture };

export function ClipSource({ capture }: ClipSourceProps) {
  if (capture.selection) {
    return (
      <>
        <label>
          {i18n.t('picker.quote')}
          {capture.pdf && <span class="muted"> · {i18n.t('sidepanel.page', [String(capture.pdf.pageNumber)])}</span>}
        </label>
        <div class="quote clamped" data-testid="picker-quote">{capture.selection.quote}</div>
      </>
    );
  }
  return (
    <>
      <label>{i18n.t('picker.attachSource')}</label>
      <div class="quote" data-testid="picker-source">
        <strong>{capture.title}</strong>
        <div class="muted" style={{ overflowWrap: 'anywhere' }}>{capture.url}</div>
      </div>
    </>
  );
}
