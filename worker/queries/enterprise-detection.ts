// The enrolled enterprises a page and a quote name, found by exact matches only (credit code, registered
// name, registered domain), each through its index: no LIKE (D1 limits its patterns to 50 bytes, and a
// registered name may be longer) and no scan of the round.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rankDetections } from '../../shared/domain/enterprise-detection';
import { domainCandidates } from '../../shared/domain/hostname';
import type { EnrolledEnterprise } from '../../shared/schemas/enterprise';
import type { EnterpriseDetectRequest, SiteDirectory } from '../../shared/schemas/enterprise-detection';
import type { Database } from '../db/client';
import { enterprise, enterpriseDomain, roundEnterprise } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { enrolledEnterpriseColumns, enterpriseScopeFilter } from './enterprises';

const inJson = (column: typeof enterprise.name | typeof enterprise.creditCode, values: string[]) =>
  values.length === 0 ? undefined : sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** At most this many enterprises come back: a page naming more is a list, not one enterprise's page. */
const LIMIT = 20;

export async function detectEnterprises(db: Database, roundId: number, scope: EnterpriseScope, request: z.output<typeof EnterpriseDetectRequest>) {
  const domains = request.host ? domainCandidates(request.host) : [];
  const codes = [...new Set([...request.quote.creditCodes, ...request.page.creditCodes].map((c) => c.toUpperCase()))];
  const names = [...new Set([...request.quote.names, ...request.page.names])];
  const matches: (SQL | undefined)[] = [
    inJson(enterprise.creditCode, codes),
    inJson(enterprise.name, names),
    domains.length === 0
      ? undefined
      : inArray(enterprise.id, db.select({ id: enterpriseDomain.enterpriseId }).from(enterpriseDomain).where(inArray(enterpriseDomain.domain, domains))),
  ].filter(Boolean);
  if (matches.length === 0) return { items: [] };
  const rows = await db
    .select(enrolledEnterpriseColumns)
    .from(enterprise)
    .innerJoin(roundEnterprise, and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterprise.id)))
    .where(and(or(...matches), enterpriseScopeFilter(scope)))
    .limit(LIMIT);
  const found: EnrolledEnterprise[] = rows.map((r) => ({ ...r, domains: JSON.parse(r.domains) as string[] }));
  return { items: rankDetections(found, request) };
}

/** The round's enrolled enterprises in `scope` that have a registered domain, with their domains (one statement). */
export async function siteDirectory(db: Database, roundId: number, scope: EnterpriseScope): Promise<SiteDirectory> {
  const rows = await db
    .select({ id: enterprise.id, name: enterprise.name, domains: sql<string>`json_group_array(${enterpriseDomain.domain})` })
    .from(roundEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .innerJoin(enterpriseDomain, eq(enterpriseDomain.enterpriseId, enterprise.id))
    .where(and(eq(roundEnterprise.roundId, roundId), enterpriseScopeFilter(scope)))
    .groupBy(enterprise.id)
    .orderBy(enterprise.id);
  return { items: rows.map((r) => ({ ...r, domains: (JSON.parse(r.domains) as string[]).sort() })) };
}
