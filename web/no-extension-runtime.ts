// Stands in for WXT's browser and storage modules in the web build: the web console has no extension runtime, so
// any module that still reaches it fails loudly at the point of use, naming what it reached (a port is missing).
const refuse = (what: string): never => {
  throw new Error(`The web console reached the extension runtime (${what}): route it through a port (extension/lib/ports/)`);
};

/** Any property of `browser` fails when read. */
export const browser = new Proxy({}, { get: (_, name) => refuse(`browser.${String(name)}`) });

/** Storage items may be defined by modules the web bundle imports, but never read or written. */
export const storage = {
  defineItem: (key: string) => new Proxy({}, { get: (_, name) => (name === 'then' ? undefined : refuse(`storage ${key}.${String(name)}`)) }),
};
