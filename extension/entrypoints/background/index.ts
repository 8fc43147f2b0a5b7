// The service worker: wires the first run, the clip commands, the messages pages send, the offline queue, jumps back to
// sources and the PDF redirect; the work lives in sibling files.
import { defineBackground } from 'wxt/utils/define-background';
import { setupClipCommands } from './clip-commands';
import { setupClipMessages } from './clip-messages';
import { setupClipQueue } from './clip-queue';
import { setupFirstRun } from './first-run';
import { setupPdfRedirect } from './pdf-redirect';
import { setupSourceJump } from './source-jump';

export default defineBackground(() => {
  setupFirstRun();
  setupClipCommands();
  setupClipMessages();
  setupClipQueue();
  setupSourceJump();
  setupPdfRedirect();
});
