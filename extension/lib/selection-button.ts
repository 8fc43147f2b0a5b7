// A small "clip" button next to a selection, in a closed shadow root so the page can neither style nor
// script it. Turned off in the options page.
import { i18n } from './ports/messages';
import { clipSettings } from './storage';

const STYLE = `
button { all: initial; box-sizing: border-box; width: 28px; height: 28px; border-radius: 14px; cursor: pointer;
  background: #b4232a; color: #fff; font: 15px/28px system-ui, sans-serif; text-align: center;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
button:hover { background: #8f1c22; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }`;

const inEditable = (node: Node | null) => {
  const element = node instanceof Element ? node : node?.parentElement;
  return Boolean(element?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]'));
};

export function setupSelectionButton(onClip: () => void) {
  let enabled = true;
  void clipSettings.getValue().then((settings) => (enabled = settings.selectionButton));

  const host = document.createElement('csr-clipper-button');
  host.setAttribute('data-csr-clipper', 'selection-button');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483646; display: none';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '✂';
  button.title = i18n.t('menuClipSelection');
  button.setAttribute('aria-label', i18n.t('menuClipSelection'));
  root.append(style, button);

  const hide = () => host.style.setProperty('display', 'none');
  let pointerDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const place = () => {
    const selection = getSelection();
    if (!enabled || pointerDown || !selection || selection.isCollapsed || !selection.toString().trim() || inEditable(selection.anchorNode)) return hide();
    const rects = selection.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return hide();
    if (!host.isConnected) document.documentElement.append(host);
    host.style.setProperty('left', `${Math.min(innerWidth - 34, Math.max(4, last.right + 4))}px`);
    host.style.setProperty('top', `${Math.min(innerHeight - 34, Math.max(4, last.bottom + 4))}px`);
    host.style.setProperty('display', 'block');
  };
  const placeSoon = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(place, ms);
  };

  // Pressing keeps the selection; clicking clips it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    hide();
    onClip();
  });
  clipSettings.watch((settings) => {
    enabled = settings.selectionButton;
    if (!enabled) hide();
  });
  document.addEventListener('selectionchange', () => placeSoon(250));
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.composedPath().includes(host)) return;
      pointerDown = true;
      hide();
    },
    true,
  );
  document.addEventListener('pointerup', () => ((pointerDown = false), placeSoon(50)), true);
  addEventListener('scroll', hide, { passive: true, capture: true });
}
