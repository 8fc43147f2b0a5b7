// The browser extension: WXT builds it for Chrome (MV3, side panel) and Firefox (MV3, sidebar) from extension/.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/i18n/module'],
  // No browser is launched by `wxt` in dev: load .output/chrome-mv3-dev as an unpacked extension.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Clipping works on any site, PDFs are fetched from any site into the viewer, and the worker's
    // address is the user's choice: all three need access to every origin.
    host_permissions: ['<all_urls>'],
    permissions: ['contextMenus', 'storage', 'tabs', 'scripting', 'sidePanel', 'alarms'],
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandClipSelection__',
      },
    },
    web_accessible_resources: [{ resources: ['picker.html'], matches: ['<all_urls>'] }],
    browser_specific_settings: {
      gecko: {
        id: 'csr-clipper@jiading.gov.cn',
        strict_min_version: '140.0',
        // Clipped page content and the sign-in go to the evaluation platform the user configured.
        data_collection_permissions: { required: ['websiteContent', 'authenticationInfo'] },
      },
    },
  },
});
