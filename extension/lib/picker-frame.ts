// The picker lives in an extension page inside an iframe: the page cannot read or script it.
import { browser } from 'wxt/browser';

let frame: HTMLIFrameElement | null = null;
let shownDraft: string | null = null;

export function openPicker(draftId: string) {
  closePicker();
  shownDraft = draftId;
  frame = document.createElement('iframe');
  frame.setAttribute('data-csr-clipper', 'picker');
  frame.title = 'CSR Clipper';
  frame.src = `${browser.runtime.getURL('/picker.html')}#${encodeURIComponent(draftId)}`;
  frame.style.cssText = [
    'all: initial',
    'position: fixed',
    'top: 16px',
    'right: 16px',
    'width: 400px',
    'height: min(640px, calc(100vh - 32px))',
    'border: 0',
    'border-radius: 10px',
    'box-shadow: 0 8px 32px rgba(0,0,0,.28)',
    'z-index: 2147483647',
    'background: #fff',
    'color-scheme: light',
  ].join(';');
  document.documentElement.append(frame);
  frame.focus();
}

/** Closes the picker; given a draft, only if it is that draft's (a late close must not hit a newer clip). */
export function closePicker(draftId?: string) {
  if (draftId !== undefined && draftId !== shownDraft) return;
  frame?.remove();
  frame = null;
  shownDraft = null;
}

/** Hides the picker for a screenshot of the page and resolves once the page has repainted without it. */
export async function setPickerHidden(hidden: boolean) {
  frame?.style.setProperty('visibility', hidden ? 'hidden' : 'visible');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
