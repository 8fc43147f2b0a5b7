// The message catalogues web/vite.config.ts bundles, one module per language.
declare module 'virtual:console-messages/*' {
  const catalogue: import('./adapters/messages').Catalogue;
  export default catalogue;
}
