// The evidence finder's limits: what its fetcher may reach and read, and how much of a report it indexes.
import { parseAllowList } from '../domain/public-url';
import type { Env } from '../env';

export type FinderSettings = {
  /** Hosts fetched although local (FINDER_ALLOW_HOSTS): tests and local development only. */
  allowList: string[];
  /** The only hosts fetched, when any (FETCH_ONLY_HOSTS): `npm run dev` keeps to its demo site. */
  onlyHosts: string[];
  /** Local development (DEV): *.localhost reports are fetched, as the freshness job does. */
  dev: boolean;
  timeoutMs: number;
  /** Largest report fetched; a larger one fails with this cap in its message. */
  maxBytes: number;
  /** PDFs: pages read at most (the rest are left out and the report says so). */
  maxPages: number;
  /** PDFs: what all compressed streams may inflate to together, and any one of them (a decompression bomb is refused). */
  maxInflatedBytes: number;
  maxStreamBytes: number;
  /** Passages indexed per report at most. */
  maxPassages: number;
  /** Deliveries of one job before the report is given up as failed (1 + the queue's max_retries). */
  maxAttempts: number;
};

const MB = 1024 * 1024;

export const finderSettings = (env: Env): FinderSettings => ({
  allowList: parseAllowList(env.FINDER_ALLOW_HOSTS),
  onlyHosts: parseAllowList(env.FETCH_ONLY_HOSTS),
  dev: env.DEV === 'true',
  timeoutMs: 30_000,
  maxBytes: 32 * MB,
  maxPages: 600,
  maxInflatedBytes: 128 * MB,
  maxStreamBytes: 32 * MB,
  maxPassages: 8_000,
  maxAttempts: 4,
});

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
