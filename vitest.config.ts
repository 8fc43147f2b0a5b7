// Three test projects: pure unit tests in Node, worker tests inside workerd on a real D1, and
// browser end-to-end tests (Node driving Chromium against `wrangler dev`).
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('worker/migrations');
  return {
    test: {
      projects: [
        // WxtVitest: extension modules under test get WXT's fake browser (real storage events, alarms, badge).
        { plugins: [WxtVitest()], test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                // The freshness job and the evidence finder may fetch the local fixture site (test/support/fixture-site.ts),
                // quickly and again at once; requests queue no finder jobs (background reading of every test's evidence
                // would change tables under other tests' feet): the finder's tests send the jobs they mean to run.
                // Derived refreshes run as soon as they are sent (tests wait for them, test/worker/support/derived.ts)
                // and every rebuild takes several chunks.
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  FRESHNESS_ALLOW_HOSTS: '127.0.0.1,127.0.0.2',
                  FRESHNESS_HOST_SPACING_SECONDS: '0.3',
                  FRESHNESS_RECHECK_HOURS: '0',
                  DERIVED_DELAY_SECONDS: '0',
                  DERIVED_REBUILD_CHUNK: '25',
                  FINDER_ALLOW_HOSTS: '127.0.0.1,127.0.0.2',
                  FINDER_SEND_JOBS: 'false',
                },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['test/worker/**/*.test.ts'],
            setupFiles: ['test/worker/apply-migrations.ts'],
            globalSetup: ['test/support/fixture-site.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  };
});
