// Vite plugin for the extension's and the web console's builds: zod never probes for `new Function` there (ADR-009, ADR-013).
import type { Plugin } from 'vite';

/** zod's probe: whether this realm lets it compile validators with `new Function` (its JIT). */
const probe = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/;

/**
 * Extension pages forbid eval (MV3's CSP), so zod's JIT can never run there; its probe only costs a CSP
 * violation report on every page and a `Function` constructor in the bundle that AMO's linter flags.
 * Answering "no" up front is what `z.config({ jitless: true })` does at run time, decided at build time.
 * A zod release that reshapes the probe fails the build here rather than shipping it unnoticed.
 */
export function zodWithoutEval(): Plugin {
  return {
    name: 'csr-clipper:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) throw new Error(`zod's allowsEval probe changed shape in ${id}: update scripts/lib/zod-without-eval.ts`);
      return { code: code.replace(probe, 'export const allowsEval = /* @__PURE__*/ cached(() => false);'), map: null };
    },
  };
}
