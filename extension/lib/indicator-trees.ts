// The indicator tree of a round's framework, kept on the device across openings (a pinned framework never changes),
// so a side panel opened again does not wait for it.
import type { IndicatorNode, Round } from '../../shared/schemas/round';
import { fetchIndicatorTree } from './api';
import type { Result } from './result';
import { indicatorTrees, serverUrl } from './storage';

/** Trees kept on the device (a district works on one or two frameworks at a time). */
const KEPT_TREES = 3;
const lastOf = <T>(record: Record<string, T>, n: number) => Object.fromEntries(Object.entries(record).slice(-n));

/** The tree of the round's framework: the one kept on the device, else the worker's (then kept). */
export async function loadIndicatorTree(roundId: number, framework: Round['framework']): Promise<Result<IndicatorNode[]>> {
  const [server, keptByKey] = await Promise.all([serverUrl.getValue(), indicatorTrees.getValue()]);
  const key = `${server}#${framework.id}.${framework.code}.${framework.version}`;
  const kept = keptByKey[key];
  if (kept) return { ok: true, value: kept };
  const fetched = await fetchIndicatorTree(roundId);
  // Kept for the next opening without holding this one up (writing 64 nodes to storage is not instant).
  if (fetched.ok) void indicatorTrees.getValue().then((trees) => indicatorTrees.setValue({ ...lastOf(trees, KEPT_TREES - 1), [key]: fetched.value }));
  return fetched;
}
