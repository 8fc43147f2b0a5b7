// "Open PDFs in the CSR Clipper viewer": when the user turns it on, a declarativeNetRequest rule sends
// top-level navigations to *.pdf to the extension's viewer (MV3 has no blocking webRequest to do it).
import { browser } from 'wxt/browser';
import type { ClipSettings } from '../../../shared/schemas/clip';
import { VIEWER_PATH } from '../../lib/pdf-viewer-url';
import { clipSettings } from '../../lib/storage';

const RULE_ID = 1;

async function applyPdfRedirect({ pdfInViewer }: ClipSettings) {
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [RULE_ID],
    addRules: pdfInViewer
      ? [
          {
            id: RULE_ID,
            priority: 1,
            // The viewer takes the PDF's address raw in its fragment (\0: the whole matched URL).
            action: { type: 'redirect', redirect: { regexSubstitution: `${browser.runtime.getURL(VIEWER_PATH)}#\\0` } },
            condition: { regexFilter: '^https?://[^?#]*\\.[Pp][Dd][Ff](\\?[^#]*)?$', resourceTypes: ['main_frame'] },
          },
        ]
      : [],
  });
}

export function setupPdfRedirect() {
  void clipSettings.getValue().then(applyPdfRedirect);
  clipSettings.watch((settings) => void applyPdfRedirect(settings));
}
