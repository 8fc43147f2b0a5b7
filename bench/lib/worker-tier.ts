// One tier of the worker's figures: its data copied from the cache, `wrangler dev` on it with the D1 meter,
// every probe over HTTP, then (the worker stopped) the raw-SQLite floor of the read probes on the same file.
// `during` runs while the worker is up (the extension's figures use the 500-enterprise tier's worker).
import { startWranglerDevOnFreePort } from '../../test/support/stack';
import { openLocalD1 } from '../../test/support/local-d1';
import type { WorkerProcess } from '../../scripts/lib/wrangler';
import { dataFacts, tierData, type DataFacts, type Tier } from './data';
import { queueWorld } from './queue-probes';
import { etagInNode, measureFloor, type Floor } from './raw-floor';
import { measureProbe, probes, send, signIn, type Iterations, type ProbeFigures, type ProbeWorld, type Session } from './worker-figures';

export type TierFigures = {
  tier: Tier;
  facts: DataFacts;
  seedSeconds: number | null;
  probes: (ProbeFigures & { floor: Floor | null })[];
};

/** How many enterprises the typical panel and clip probes rotate over. */
const SAMPLE = 50;

async function probeWorld(persistTo: string, facts: DataFacts): Promise<ProbeWorld> {
  const db = await openLocalD1(persistTo);
  try {
    const enrolled = (db.prepare('SELECT enterprise_id AS id FROM round_enterprise WHERE round_id = ? ORDER BY enterprise_id').all(facts.roundId) as { id: number }[])
      .map((r) => r.id)
      .filter((id) => id !== facts.heavyEnterpriseId);
    const step = Math.max(1, Math.floor(enrolled.length / SAMPLE));
    const sample = enrolled.filter((_, i) => i % step === 0).slice(0, SAMPLE);
    const indicatorIds = (db.prepare('SELECT i.id FROM indicator i JOIN round r ON r.framework_id = i.framework_id WHERE r.id = ? AND i.level = 3 ORDER BY i.id').all(facts.roundId) as { id: number }[]).map((r) => r.id);
    const named = db.prepare(`SELECT name, credit_code AS creditCode FROM enterprise WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(sample)) as ProbeWorld['named'];
    return { roundId: facts.roundId, sample, heavyEnterpriseId: facts.heavyEnterpriseId, indicatorIds, queue: queueWorld(db, facts.roundId), named };
  } finally {
    db.close();
  }
}

export async function measureTier(
  tier: Tier,
  iterations: Iterations,
  log: (line: string) => void,
  during?: (worker: WorkerProcess, persistTo: string) => Promise<void>,
): Promise<TierFigures> {
  const data = await tierData(tier, log);
  try {
    const facts = await dataFacts(data.persistTo);
    log(`${tier.name} tier: ${facts.enterprises} enterprises, ${facts.indicators} indicators, ${facts.scores} scores, ${facts.evidence} evidence items (${facts.fileMiB} MiB)`);
    const world = await probeWorld(data.persistTo, facts);
    const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const list = probes(world, iterations, runId);

    const worker = await startWranglerDevOnFreePort({ persistTo: data.persistTo, vars: { D1_METER: 'true' } });
    let measured: ProbeFigures[];
    let session: Session;
    try {
      session = await signIn(worker.url);
      const heavy = list.find((p) => p.id === 'a-heavy')!;
      world.heavyEtag = (await send(session, heavy, 0)).headers.get('etag') ?? undefined;
      const counter = { next: 0 };
      measured = [];
      for (const probe of list) measured.push(await measureProbe(session, probe, counter, log));
      await during?.(worker, data.persistTo);
    } finally {
      await worker.stop();
    }

    // The browser may have changed the heavy enterprise (clips on its site): the poll's floor needs its ETag as of now.
    world.heavyEtag = await etagInNode(data.persistTo, session, list.find((p) => p.id === 'a-heavy')!);
    const figures: TierFigures['probes'] = [];
    for (const [i, probe] of list.entries()) {
      const floor = probe.floor ? await measureFloor(data.persistTo, session, probe) : null;
      if (floor) log(`  floor of ${probe.label}: p50 ${floor.summary.p50.toFixed(2)} ms over ${floor.statements} statements`);
      figures.push({ ...measured[i]!, floor });
    }
    return { tier, facts, seedSeconds: data.seedSeconds, probes: figures };
  } finally {
    await data.dispose();
  }
}
