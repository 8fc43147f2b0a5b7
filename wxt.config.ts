// The browser extension: WXT builds it for Chrome (MV3, side panel) and Firefox (MV3, sidebar) from extension/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { zodWithoutEval } from './scripts/lib/zod-without-eval';
import { managedSchemaJson } from './shared/schemas/managed';

/** pdf.js's data files the PDF viewer loads at run time: CJK CMaps, standard fonts, image decoders. */
const pdfjsAssets = ['cmaps', 'standard_fonts', 'wasm'].flatMap((dir) => {
  const from = join(import.meta.dirname, 'node_modules', 'pdfjs-dist', dir);
  return readdirSync(from)
    .filter((file) => !file.startsWith('LICENSE') && !file.startsWith('quickjs'))
    .map((file) => ({ absoluteSrc: join(from, file), relativeDest: `pdfjs/${dir}/${file}` }));
});

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/i18n/module'],
  // No browser is launched by `wxt` in dev: load .output/chrome-mv3-dev as an unpacked extension.
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact(), zodWithoutEval()] }),
  // `npm run zip`: csr-clipper-<version>-chrome.zip (Chrome Web Store and Edge Add-ons), -firefox.zip (AMO) and
  // -sources.zip, what AMO asks for to rebuild the Firefox package: `npm ci && npm run zip` in it (ADR-009).
  zip: {
    includeSources: [
      'README.md',
      'docs/adr-009-firefox-and-shipping.md',
      'package.json',
      'package-lock.json',
      'tsconfig.base.json',
      'wxt.config.ts',
      'extension/**',
      'shared/**',
      'scripts/check-node.mjs',
      'scripts/lib/zod-without-eval.ts',
    ],
  },
  hooks: {
    // Each page is built on its own, into one script and its lazily loaded parts, rather than all pages together into
    // chunks they share: the side panel loaded 12 files and the picker 10, and opening a page spent more time on
    // fetching and linking the files than on their size (ADR-007). Shared code is then copied into each page's script.
    'entrypoints:grouped': (_wxt, groups) => {
      groups.splice(0, groups.length, ...groups.flatMap((group) => (Array.isArray(group) ? group.map((page) => [page]) : [group])));
    },
    'build:publicAssets': (wxt, files) => {
      files.push(...pdfjsAssets);
      // Chrome and Edge read a district's policy for the extension only through this schema (Firefox needs none).
      if (wxt.config.browser !== 'firefox') files.push({ contents: managedSchemaJson(), relativeDest: 'managed-schema.json' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Clipping works on any site, PDFs are fetched from any site into the viewer, and the worker's
    // address is the user's choice: all three need access to every origin.
    host_permissions: ['<all_urls>'],
    // declarativeNetRequest: the optional redirect of PDF links to the viewer; unlimitedStorage: screenshots
    // of clips queued while the worker is unreachable.
    // sidePanel: Chrome's side panel; Firefox has its sidebar (sidebar_action) instead and rejects the permission.
    permissions: ['contextMenus', 'storage', 'tabs', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel']), 'alarms', 'declarativeNetRequestWithHostAccess', 'unlimitedStorage'],
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    commands: {
      'clip-selection': {
        // Chromium 156 keeps Alt+Shift+A/B/C/N/P/R/T/W/X/Z for itself (the binding stays empty) and Chrome and
        // Edge Alt+Shift+I; Alt+Shift+E is free in Chrome, Edge and Firefox (ADR-009).
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandClipSelection__',
      },
    },
    // The picker is framed into pages; the PDF viewer is where the PDF redirect lands.
    web_accessible_resources: [{ resources: ['picker.html', 'pdf-viewer.html'], matches: ['<all_urls>'] }],
    browser_specific_settings: {
      gecko: {
        id: 'csr-clipper@jiading.gov.cn',
        strict_min_version: '140.0',
        // Clipped page content and the sign-in go to the evaluation platform the user configured.
        data_collection_permissions: { required: ['websiteContent', 'authenticationInfo'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
