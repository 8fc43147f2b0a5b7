// One tier of the worker's figures: its data copied from the cache, `wrangler dev` on it with the D1 meter,
// every probe over HTTP (probes.ts), a full background rebuild followed to its end (background.ts), the
// downloads with the worker's memory (exports.ts), then (the worker stopped) the raw-SQLite floor of the read
// probes on the same file. `during` runs while the worker is up (the browsers' figures: the web console's at every
// tier, the extension's at the 500 tier).
import { startWranglerDevOnFreePort } from '../../test/support/stack';
import { openLocalD1 } from '../../test/support/local-d1';
import type { WorkerProcess } from '../../scripts/lib/wrangler';
import { jobMeterLines, measureRebuild, summariseJobs, type JobSummary, type RebuildFigures } from './background';
import { dataFacts, tierData, type DataFacts, type Tier } from './data';
import { measureExports, type ExportFigures } from './exports';
import { workerdPid } from './memory';
import { probes, type ProbeWorld } from './probes';
import { queueWorld } from './queue-probes';
import { etagInNode, measureFloor, type Floor } from './raw-floor';
import { measureProbe, send, signIn, type Iterations, type ProbeFigures, type Session } from './worker-figures';

export type TierFigures = {
  tier: Tier;
  facts: DataFacts;
  seedSeconds: number | null;
  probes: (ProbeFigures & { kind: 'read' | 'write' | 'other'; floor: Floor | null })[];
  rebuild: RebuildFigures;
  /** Every background job of the tier's run, by kind: writes' refreshes, the rebuild, pruning, agreement. */
  jobs: JobSummary[];
  exports: ExportFigures[];
};

/** How many enterprises the typical probes rotate over (at most half the round: writes elsewhere need the rest). */
const SAMPLE = 50;

async function probeWorld(persistTo: string, facts: DataFacts): Promise<ProbeWorld> {
  const db = await openLocalD1(persistTo);
  try {
    const all = <T>(query: string, ...params: (number | string)[]) => db.prepare(query).all(...params) as T[];
    const enrolled = all<{ id: number }>('SELECT enterprise_id AS id FROM round_enterprise WHERE round_id = ? ORDER BY enterprise_id', facts.roundId)
      .map((r) => r.id)
      .filter((id) => id !== facts.heavyEnterpriseId);
    const size = Math.min(SAMPLE, Math.floor(enrolled.length / 2));
    const step = Math.max(1, Math.floor(enrolled.length / size));
    const sample = enrolled.filter((_, i) => i % step === 0).slice(0, size);
    const indicatorIds = all<{ id: number }>('SELECT i.id FROM indicator i JOIN round r ON r.framework_id = i.framework_id WHERE r.id = ? AND i.level = 3 ORDER BY i.id', facts.roundId).map((r) => r.id);
    const inSample = `(${sample.join(',')})`;
    // expert.labour's scores on the sample; disputes and pending evidence elsewhere, so the score probe never settles a dispute away.
    const scoreSlots = all<ProbeWorld['scoreSlots'][number]>(`SELECT s.enterprise_id AS enterpriseId, s.indicator_id AS indicatorId, s.version, i.max_score AS maxScore
      FROM score s JOIN indicator i ON i.id = s.indicator_id JOIN user u ON u.id = s.expert_id
      WHERE s.round_id = ? AND u.login = 'expert.labour' AND s.enterprise_id IN ${inSample} ORDER BY s.indicator_id, s.enterprise_id LIMIT 1000`, facts.roundId);
    const disputedSlots = all<ProbeWorld['disputedSlots'][number]>(`SELECT ri.enterprise_id AS enterpriseId, ri.indicator_id AS indicatorId, i.max_score AS maxScore
      FROM result_indicator ri JOIN indicator i ON i.id = ri.indicator_id
      WHERE ri.round_id = ? AND ri.generation = (SELECT live_generation FROM results_state WHERE round_id = ?) AND ri.disagreement AND NOT ri.settled
        AND ri.enterprise_id NOT IN ${inSample} AND ri.enterprise_id <> ? ORDER BY ri.enterprise_id, ri.indicator_id LIMIT 1000`, facts.roundId, facts.roundId, facts.heavyEnterpriseId);
    const pendingEvidence = all<ProbeWorld['pendingEvidence'][number]>(`SELECT ev.id, ev.version FROM evidence ev JOIN user u ON u.id = ev.captured_by
      WHERE ev.round_id = ? AND ev.status = 'pending' AND ev.deleted_at IS NULL AND u.login <> 'reviewer' AND ev.enterprise_id NOT IN ${inSample} AND ev.enterprise_id <> ?
      ORDER BY ev.id LIMIT 1000`, facts.roundId, facts.heavyEnterpriseId);
    const named = all<ProbeWorld['named'][number]>(`SELECT name, credit_code AS creditCode FROM enterprise WHERE id IN ${inSample} ORDER BY id`);
    return { roundId: facts.roundId, sample, heavyEnterpriseId: facts.heavyEnterpriseId, indicatorIds, scoreSlots, disputedSlots, pendingEvidence, named, queue: queueWorld(db, facts.roundId) };
  } finally {
    db.close();
  }
}

export async function measureTier(
  tier: Tier,
  iterations: Iterations,
  log: (line: string) => void,
  during?: (worker: WorkerProcess, persistTo: string, facts: DataFacts) => Promise<void>,
): Promise<TierFigures> {
  const data = await tierData(tier, log);
  try {
    const facts = await dataFacts(data.persistTo);
    log(`${tier.name} tier: ${facts.enterprises} enterprises, ${facts.indicators} indicators, ${facts.scores} scores, ${facts.evidence} evidence items (${facts.fileMiB} MiB)`);
    const world = await probeWorld(data.persistTo, facts);
    const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const list = probes(world, iterations, runId);

    const meter = jobMeterLines();
    const worker = await startWranglerDevOnFreePort({ persistTo: data.persistTo, vars: { D1_METER: 'true' }, onOutput: meter.feed });
    let measured: ProbeFigures[];
    let session: Session;
    let rebuild: RebuildFigures;
    let exports: ExportFigures[];
    try {
      session = await signIn(worker.url);
      const byId = (id: string) => list.find((p) => p.id === id)!;
      world.heavyEtag = (await send(session, byId('a-heavy'), 0)).headers.get('etag') ?? undefined;
      world.rankingCursor = (JSON.parse((await send(session, byId('ranking'), 0)).text) as { nextCursor: string }).nextCursor;
      const counter = { next: 0 };
      measured = [];
      for (const probe of list) measured.push(await measureProbe(session, probe, counter, log));
      log(`▶ a full background rebuild of ${facts.enterprises.toLocaleString('en')} enterprises`);
      rebuild = await measureRebuild(session, facts.roundId, meter, log);
      log(`▶ downloads at ${facts.enterprises.toLocaleString('en')} enterprises`);
      exports = await measureExports(session, facts.roundId, await workerdPid(worker.child.pid!), log);
      await during?.(worker, data.persistTo, facts);
    } finally {
      await worker.stop();
    }

    // The browser may have changed the heavy enterprise (clips on its site): the poll's floor needs its ETag as of now.
    world.heavyEtag = await etagInNode(data.persistTo, session, list.find((p) => p.id === 'a-heavy')!);
    const figures: TierFigures['probes'] = [];
    for (const [i, probe] of list.entries()) {
      const floor = probe.floor ? await measureFloor(data.persistTo, session, probe) : null;
      if (floor) log(`  floor of ${probe.label}: p50 ${floor.summary.p50.toFixed(2)} ms over ${floor.statements} statements`);
      figures.push({ ...measured[i]!, kind: probe.kind, floor });
    }
    return { tier, facts, seedSeconds: data.seedSeconds, probes: figures, rebuild, jobs: summariseJobs(meter.lines), exports };
  } finally {
    await data.dispose();
  }
}
