// Enterprises: the registry's records, and enrolled enterprises found by page host, name or page by page.
import { and, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { domainCandidates } from '../../shared/domain/hostname';
import type { EnrolledEnterprise, Enterprise, EnterpriseListQuery, EnterpriseLookupQuery } from '../../shared/schemas/enterprise';
import type { Database } from '../db/client';
import { enterprise, enterpriseDomain, roundEnterprise } from '../db/schema';
import { notFound } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseMatches } from './page';

/** The SQL form of what an actor may see (policy/scope.ts). */
export function enterpriseScopeFilter(scope: EnterpriseScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'street':
      return eq(enterprise.streetId, scope.streetId);
    case 'one':
      return eq(enterprise.id, scope.enterpriseId);
    case 'none':
      return sql`0`;
  }
}

/** A name (Chinese or English) or the credit code holding the text: a full registered name, a code, a fragment. */
const nameOrCode = (q: string) => enterpriseMatches(enterprise.id, q);
/** Qualified by hand: drizzle leaves columns unqualified in a one-table select. */
export const domainsOf = sql<string>`(SELECT json_group_array(domain) FROM (SELECT domain FROM enterprise_domain d WHERE d.enterprise_id = "enterprise"."id" ORDER BY domain))`;

/** An enrolled enterprise as a round's lists and detection show it (enterprise joined to its round_enterprise). */
export const enrolledEnterpriseColumns = {
  id: enterprise.id,
  name: enterprise.name,
  nameEn: enterprise.nameEn,
  creditCode: enterprise.creditCode,
  industry: enterprise.industry,
  street: enterprise.street,
  domains: domainsOf,
  status: roundEnterprise.status,
  signedOffAt: roundEnterprise.signedOffAt,
};

export async function lookupEnterprises(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof EnterpriseLookupQuery>) {
  const filters: (SQL | undefined)[] = [
    eq(roundEnterprise.roundId, roundId),
    enterpriseScopeFilter(scope),
    query.q === undefined ? undefined : nameOrCode(query.q),
    query.status === undefined ? undefined : eq(roundEnterprise.status, query.status),
    query.streetId === undefined ? undefined : eq(enterprise.streetId, query.streetId),
    query.industry === undefined ? undefined : eq(enterprise.industry, query.industry),
  ];
  let candidates: string[] = [];
  if (query.host !== undefined) {
    candidates = domainCandidates(query.host);
    if (candidates.length === 0) return { items: [], nextCursor: null };
    filters.push(
      inArray(enterprise.id, db.select({ id: enterpriseDomain.enterpriseId }).from(enterpriseDomain).where(inArray(enterpriseDomain.domain, candidates))),
    );
  }
  const order = [sql`${enterprise.name}`, sql`${enterprise.id}`];
  const cursor = decodeCursor(query.cursor, order.length);
  if (cursor) filters.push(afterKey(order, cursor));
  const rows = await db
    .select(enrolledEnterpriseColumns)
    .from(roundEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(and(...filters))
    .orderBy(...order)
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
  const items: EnrolledEnterprise[] = page.items.map((r) => ({ ...r, domains: JSON.parse(r.domains) as string[] }));
  if (candidates.length === 0) return { items, nextCursor: page.nextCursor };
  // The most specific registered domain wins: shop.a.cn beats a.cn.
  const specificity = (e: EnrolledEnterprise) => Math.max(...e.domains.filter((d) => candidates.includes(d)).map((d) => d.length));
  return { items: items.sort((a, b) => specificity(b) - specificity(a)), nextCursor: page.nextCursor };
}

/** Every column a client sees: the search key is the worker's own. */
const { searchKey: _searchKey, ...recordColumns } = getTableColumns(enterprise);
const registryColumns = { row: recordColumns, domains: domainsOf };
type RegistryRow = { row: Omit<typeof enterprise.$inferSelect, 'searchKey'>; domains: string };
const toEnterprise = ({ row, domains }: RegistryRow): Enterprise => ({ ...row, domains: JSON.parse(domains) as string[] });

/** Streets sort in the registry's official order, not by their names. */
const streetPosition = sql<number>`(SELECT s.position FROM street s WHERE s.id = "enterprise"."street_id")`;

const sortColumns = {
  name: enterprise.name,
  creditCode: enterprise.creditCode,
  street: streetPosition,
  industry: enterprise.industry,
  createdAt: enterprise.createdAt,
} as const;

export async function listRegistry(db: Database, query: z.infer<typeof EnterpriseListQuery>) {
  const sortColumn = sortColumns[query.sort];
  const order = [sql`${sortColumn}`, sql`${enterprise.id}`];
  const cursor = decodeCursor(query.cursor, order.length);
  const filters = [
    query.q === undefined ? undefined : nameOrCode(query.q),
    query.streetId === undefined ? undefined : eq(enterprise.streetId, query.streetId),
    query.industry === undefined ? undefined : eq(enterprise.industry, query.industry),
    query.size === undefined ? undefined : eq(enterprise.size, query.size),
  ];
  const direction = query.order === 'asc' ? sql`ASC` : sql`DESC`;
  const [rows, counted] = await Promise.all([
    db
      .select({ ...registryColumns, streetPosition })
      .from(enterprise)
      .where(and(...filters, cursor ? afterKey(order, cursor, query.order) : undefined))
      .orderBy(...order.map((column) => sql`${column} ${direction}`))
      .limit(query.limit + 1),
    db.select({ n: count() }).from(enterprise).where(and(...filters)),
  ]);
  const page = pageOf(rows, query.limit, ({ row, streetPosition: position }) => [query.sort === 'street' ? position : row[query.sort], row.id]);
  return { items: page.items.map(toEnterprise), nextCursor: page.nextCursor, total: counted[0]!.n };
}

export async function findEnterprise(db: Database, id: number): Promise<Enterprise> {
  const row = await db.select(registryColumns).from(enterprise).where(eq(enterprise.id, id)).get();
  if (!row) throw notFound('enterprise_not_found', `Enterprise ${id} does not exist`);
  return toEnterprise(row);
}

/** Registry records with these credit codes, by code. */
export async function findByCreditCodes(db: Database, codes: string[]) {
  const rows = await db
    .select(registryColumns)
    .from(enterprise)
    .where(sql`${enterprise.creditCode} IN (SELECT value FROM json_each(${JSON.stringify(codes)}))`);
  return new Map(rows.map((row) => [row.row.creditCode, toEnterprise(row)]));
}

/** The credit code of the current owner of each of `domains` that has one. */
export async function domainOwners(db: Database, domains: string[]) {
  if (domains.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ domain: enterpriseDomain.domain, creditCode: enterprise.creditCode })
    .from(enterpriseDomain)
    .innerJoin(enterprise, eq(enterprise.id, enterpriseDomain.enterpriseId))
    .where(sql`${enterpriseDomain.domain} IN (SELECT value FROM json_each(${JSON.stringify(domains)}))`);
  return new Map(rows.map((r) => [r.domain, r.creditCode]));
}
