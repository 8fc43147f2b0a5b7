// Runs in every page: reads the selection when asked, and hosts the clip picker in an isolated frame.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../lib/messaging';
import { captureSelection } from './capture';
import { closePicker, openPicker } from './picker-frame';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    onMessage('captureSelection', () => captureSelection());
    onMessage('openPicker', ({ data }) => openPicker(data.draftId));
    onMessage('closePicker', () => closePicker());
  },
});
