// Builds the web console (web/) into .output/web, which the worker serves as static assets (wrangler.toml [assets]).
// The same Preact components as the extension's console; the extension's runtime is replaced by a module that fails
// loudly if reached, and the extension's message catalogue is bundled per language.
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { defineConfig, type Plugin } from 'vite';
import { zodWithoutEval } from '../scripts/lib/zod-without-eval.ts';

const root = join(import.meta.dirname, '..');
const noExtensionRuntime = join(import.meta.dirname, 'no-extension-runtime.ts');
const PREFIX = 'virtual:console-messages/';

/** `virtual:console-messages/zh` and `/en`: extension/locales/*.yml as the extension's _locales JSON. */
function consoleMessages(): Plugin {
  const files = { zh: 'zh_CN.yml', en: 'en.yml' } as const;
  return {
    name: 'console-messages',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const language = id.slice(PREFIX.length + 1) as keyof typeof files;
      const file = join(root, 'extension', 'locales', files[language]);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(generateChromeMessages(await parseMessagesFile(file)))};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preact(), zodWithoutEval(), consoleMessages()],
  resolve: { alias: { 'wxt/browser': noExtensionRuntime, 'wxt/utils/storage': noExtensionRuntime } },
  build: { outDir: join(root, '.output', 'web'), emptyOutDir: true, target: 'es2022' },
});
