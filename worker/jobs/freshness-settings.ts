// The freshness job's limits, from the worker's vars where a deployment or a test may want them different.
import { parseAllowList } from '../domain/public-url';
import type { Env } from '../env';

export type FreshnessSettings = {
  /** Hosts fetched although local (FRESHNESS_ALLOW_HOSTS): tests and local development only. */
  allowList: string[];
  /** The only hosts fetched, when any (FETCH_ONLY_HOSTS): `npm run dev` keeps to its demo site. */
  onlyHosts: string[];
  /** Local development (DEV=true): the demo sites' *.localhost names may be fetched when allow-listed. */
  dev: boolean;
  /** Evidence items checked per run at most. */
  maxItems: number;
  /** Least time between two fetches from one host, within and across runs. */
  spacingMs: number;
  /** Items checked more recently than this are not checked again. */
  recheckMs: number;
  /** Published rounds stay under watch this long after publication. */
  publishedWatchMs: number;
  timeoutMs: number;
  maxBytes: number;
  /** No fetch is planned later than this after a run starts; the rest waits for the next run. */
  budgetMs: number;
  /** Hosts fetched at the same time. */
  concurrency: number;
};

const DAY = 86_400_000;

/** A non-negative number from a var, else the default. */
const numberOr = (text: string | undefined, fallback: number) => {
  const value = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
};

export function freshnessSettings(env: Env): FreshnessSettings {
  return {
    allowList: parseAllowList(env.FRESHNESS_ALLOW_HOSTS),
    onlyHosts: parseAllowList(env.FETCH_ONLY_HOSTS),
    dev: env.DEV === 'true',
    maxItems: Math.floor(numberOr(env.FRESHNESS_MAX_ITEMS, 60)),
    spacingMs: numberOr(env.FRESHNESS_HOST_SPACING_SECONDS, 10) * 1000,
    recheckMs: numberOr(env.FRESHNESS_RECHECK_HOURS, 20) * 3_600_000,
    publishedWatchMs: 90 * DAY,
    timeoutMs: 10_000,
    maxBytes: 2 * 1024 * 1024,
    budgetMs: 120_000,
    concurrency: 4,
  };
}
