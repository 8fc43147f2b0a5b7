// The benchmark's data: the demo world at a tier's size (the default framework, three experts' scores on
// every indicator, about 20 evidence items per enterprise), its first featured enterprise topped up to 300
// evidence items, results computed. Seeded once per tier and generator version into a template local D1
// under bench/.cache (git-ignored), then copied for every run, so a run starts from the same state.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { demoEnterprises, demoWorldOf } from '../../scripts/demo/world';
import { applyMigrations, root, seedLocal, withLocalD1 } from '../../scripts/lib/wrangler';
import { settleRound } from '../../worker/jobs/settle';
import { evidenceTopUpStatement } from '../../worker/seed/evidence-top-up';
import { localD1File, openLocalD1 } from '../../test/support/local-d1';

export type Tier = { name: string; enterprises: number };

/** About 20 evidence items per enterprise: a link on about a third of its 64 slots. */
const EVIDENCE_SHARE = 0.34;
/** The heavy enterprise's evidence: what the side panel is held to render. */
export const HEAVY_EVIDENCE = 300;
export const heavyCreditCode = demoEnterprises[0]!.creditCode;

/** Everything the seeded data is made from; a change to any of them seeds the tier again. */
const GENERATOR_SOURCES = [
  'worker/migrations',
  'worker/seed',
  'scripts/demo/world.ts',
  'shared/framework',
  'worker/queries/slots.ts',
  'worker/queries/enterprise-write.ts',
  'worker/queries/frameworks.ts',
  'worker/queries/results-sql.ts',
  'worker/queries/progress-sql.ts',
  'worker/jobs',
  'bench/lib/data.ts',
];

async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => filesUnder(join(path, e.name))));
  return nested.flat().sort();
}

/** A short hash of the generator's sources and the tier's size. */
async function generatorVersion(tier: Tier): Promise<string> {
  const hash = createHash('sha256').update(`${tier.enterprises}:${EVIDENCE_SHARE}:${HEAVY_EVIDENCE}`);
  for (const source of GENERATOR_SOURCES) {
    for (const file of await filesUnder(join(root, source))) hash.update(relative(root, file)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 12);
}

export const cacheDir = join(root, 'bench', '.cache');

/** Seeds the tier into a fresh directory: migrations, the world (its results rebuilt as it is seeded), then the heavy enterprise and its results. */
async function seedTemplate(tier: Tier, dir: string) {
  await applyMigrations(dir);
  await seedLocal(demoWorldOf({ enterprises: tier.enterprises, evidenceShare: EVIDENCE_SHARE }), dir);
  await withLocalD1(dir, async (db) => {
    const ids = await db.get<{ roundId: number; frameworkId: number; enterpriseId: number; first: number; second: number }>(sql`
      SELECT r.id AS roundId, r.framework_id AS frameworkId, (SELECT id FROM enterprise WHERE credit_code = ${heavyCreditCode}) AS enterpriseId,
             (SELECT id FROM user WHERE login = 'expert.env') AS first, (SELECT id FROM user WHERE login = 'expert.labour') AS second
      FROM round r LIMIT 1`);
    await db.run(evidenceTopUpStatement({ ...ids, total: HEAVY_EVIDENCE, capturedBy: [ids.first, ids.second] }));
    await settleRound(db, ids.roundId, 'bench seed');
  });
}

/**
 * The cached template was built on some earlier day; its copy counts as built today, or the first read would
 * (rightly) start the new day's rebuild in the middle of the figures. The rebuild is measured on its own.
 */
async function takeToday(persistTo: string) {
  const db = await openLocalD1(persistTo, { readOnly: false });
  try {
    db.prepare(`UPDATE results_state SET live_day = date('now') WHERE rebuild_status = 'idle'`).run();
  } finally {
    db.close();
  }
}

export type TierData = {
  /** A copy of the tier's template for this run (wrangler's --persist-to); removed by `dispose`. */
  persistTo: string;
  /** The template was seeded by this run (not found in the cache). */
  seededNow: boolean;
  seedSeconds: number | null;
  dispose(): Promise<void>;
};

/** The tier's data in a directory of its own, from the cache or seeded now (and cached). */
export async function tierData(tier: Tier, log: (line: string) => void): Promise<TierData> {
  const version = await generatorVersion(tier);
  const template = join(cacheDir, `${tier.name}-${version}`);
  let seededNow = false;
  let seedSeconds: number | null = null;
  const cached = await stat(join(template, 'ready')).then(() => true, () => false);
  if (!cached) {
    // Older versions of this tier are stale now.
    await mkdir(cacheDir, { recursive: true });
    for (const old of await readdir(cacheDir)) if (old.startsWith(`${tier.name}-`)) await rm(join(cacheDir, old), { recursive: true, force: true });
    log(`seeding the ${tier.name} tier (${tier.enterprises} enterprises) into ${relative(root, template)} …`);
    const started = performance.now();
    await seedTemplate(tier, template);
    seedSeconds = (performance.now() - started) / 1000;
    await cp(join(root, 'package.json'), join(template, 'ready'));
    seededNow = true;
    log(`  seeded in ${seedSeconds.toFixed(1)} s`);
  }
  const persistTo = await mkdtemp(join(tmpdir(), `csr-bench-${tier.name}-`));
  await cp(join(template, 'v3'), join(persistTo, 'v3'), { recursive: true });
  await takeToday(persistTo);
  return { persistTo, seededNow, seedSeconds, dispose: () => rm(persistTo, { recursive: true, force: true }) };
}

export type DataFacts = { roundId: number; enterprises: number; indicators: number; scores: number; evidence: number; heavyEnterpriseId: number; fileMiB: number };

/** What the tier holds, read from its SQLite file. */
export async function dataFacts(persistTo: string): Promise<DataFacts> {
  const db = await openLocalD1(persistTo);
  try {
    const row = db
      .prepare(
        `SELECT (SELECT id FROM round LIMIT 1) AS roundId, (SELECT count(*) FROM round_enterprise) AS enterprises,
                (SELECT count(*) FROM indicator WHERE level = 3) AS indicators, (SELECT count(*) FROM score) AS scores,
                (SELECT count(*) FROM evidence) AS evidence, (SELECT id FROM enterprise WHERE credit_code = ?) AS heavyEnterpriseId`,
      )
      .get(heavyCreditCode) as Omit<DataFacts, 'fileMiB'>;
    return { ...row, fileMiB: Math.round((await stat(await localD1File(persistTo))).size / 2 ** 20) };
  } finally {
    db.close();
  }
}
