// The service worker: wires the clip commands and the messages pages send; the work lives in sibling files.
import { defineBackground } from 'wxt/utils/define-background';
import { setupClipCommands } from './clip-commands';
import { setupClipMessages } from './clip-messages';

export default defineBackground(() => {
  setupClipCommands();
  setupClipMessages();
});
