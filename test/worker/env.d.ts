// Bindings the worker tests see: the worker's own plus the migrations handed over by vitest.config.ts.
import type { D1Migration } from '@cloudflare/vitest-plugin';
import type { Env as WorkerEnv } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
    }
    /** The worker's main module, so `exports.default` is typed as the worker itself. */
    interface GlobalProps {
      mainModule: typeof import('../../worker/index');
    }
  }
}

declare module 'vitest' {
  /** Origins of the local fixture site the freshness tests fetch (test/support/fixture-site.ts). */
  export interface ProvidedContext {
    freshnessSites: { primary: string; secondary: string };
  }
}
