// The service worker: wires the first run, the clip commands, the messages pages send, the offline queue, jumps back to
// sources, the PDF redirect, what a sign-in forgets and fetches, and the side-panel state of the site at hand; the work
// lives in sibling files.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { defineBackground } from 'wxt/utils/define-background';
import { setupClipCommands } from './clip-commands';
import { setupClipMessages } from './clip-messages';
import { setupClipQueue } from './clip-queue';
import { setupEnterpriseDetection } from './enterprise-detection';
import { setupFirstRun } from './first-run';
import { setupPanelWarmUp } from './panel-warm-up';
import { setupPdfRedirect } from './pdf-redirect';
import { setupSignInWarmUp } from './sign-in-warm-up';
import { setupSourceJump } from './source-jump';

export default defineBackground(() => {
  setupFirstRun();
  setupClipCommands();
  setupClipMessages();
  setupClipQueue();
  setupEnterpriseDetection();
  setupSourceJump();
  setupPdfRedirect();
  setupSignInWarmUp();
  setupPanelWarmUp();
});
