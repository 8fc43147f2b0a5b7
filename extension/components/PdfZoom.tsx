/** The PDF's zoom: smaller, larger, a level to pick, or the page fitted to the window's width. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PageViews } from '../lib/pdf/page-views';

export type PdfZoomProps = { views: PageViews };

/** CSS pixels per PDF point at 100 % (96 dpi over 72 points per inch), as PDF readers count. */
const AT_100 = 96 / 72;
const LEVELS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const MIN = 0.25;
const MAX = 4;

export function PdfZoom({ views }: PdfZoomProps) {
  const [scale, setScale] = useState(() => views.scale());
  const zoom = (next: number) => {
    const clamped = Math.min(MAX * AT_100, Math.max(MIN * AT_100, next));
    views.setScale(clamped);
    setScale(clamped);
  };
  const percent = Math.round((scale / AT_100) * 100);
  const fitted = scale === views.fitScale;
  return (
    <div class="row pdf-zoom" role="group" aria-label={i18n.t('viewer.zoom')}>
      <button type="button" class="icon" data-testid="pdf-zoom-out" aria-label={i18n.t('viewer.zoomOut')} onClick={() => zoom(scale / 1.25)}>−</button>
      <select data-testid="pdf-zoom" aria-label={i18n.t('viewer.zoom')} value={fitted ? 'fit' : String(percent)} onChange={(e) => zoom(e.currentTarget.value === 'fit' ? views.fitScale : (Number(e.currentTarget.value) / 100) * AT_100)}>
        <option value="fit">{i18n.t('viewer.fitWidth')}</option>
        {!fitted && !LEVELS.some((l) => Math.round(l * 100) === percent) && <option value={String(percent)}>{`${percent}%`}</option>}
        {LEVELS.map((level) => (
          <option key={level} value={String(Math.round(level * 100))}>{`${Math.round(level * 100)}%`}</option>
        ))}
      </select>
      <button type="button" class="icon" data-testid="pdf-zoom-in" aria-label={i18n.t('viewer.zoomIn')} onClick={() => zoom(scale * 1.25)}>+</button>
    </div>
  );
}
