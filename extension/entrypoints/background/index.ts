// The service worker: wires the first run, the clip commands, the messages pages send, the offline queue, jumps back to
// sources and the PDF redirect; the work lives in sibling files.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetCopiesOnUserChange } from '../../lib/offline-copy';
import { setupClipCommands } from './clip-commands';
import { setupClipMessages } from './clip-messages';
import { setupClipQueue } from './clip-queue';
import { setupEnterpriseDetection } from './enterprise-detection';
import { setupFirstRun } from './first-run';
import { setupPdfRedirect } from './pdf-redirect';
import { setupSourceJump } from './source-jump';

export default defineBackground(() => {
  setupFirstRun();
  setupClipCommands();
  setupClipMessages();
  setupClipQueue();
  setupEnterpriseDetection();
  setupSourceJump();
  setupPdfRedirect();
  forgetCopiesOnUserChange();
});
