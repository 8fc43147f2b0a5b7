// Finding enrolled enterprises by page host or by name, within what the actor may see.
import { and, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { domainCandidates } from '../../shared/domain/hostname';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { Database } from '../db/client';
import { enterprise, enterpriseDomain, roundEnterprise } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';

function scopeFilter(scope: EnterpriseScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'street':
      return eq(enterprise.street, scope.street);
    case 'one':
      return eq(enterprise.id, scope.enterpriseId);
    case 'none':
      return sql`0`;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const likeEscaped = (column: AnyColumn, pattern: string) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;

export async function lookupEnterprises(
  db: Database,
  roundId: number,
  scope: EnterpriseScope,
  query: { host?: string; q?: string },
): Promise<EnterpriseSummary[]> {
  const filters: (SQL | undefined)[] = [eq(roundEnterprise.roundId, roundId), scopeFilter(scope)];
  let candidates: string[] = [];
  if (query.host !== undefined) {
    candidates = domainCandidates(query.host);
    if (candidates.length === 0) return [];
    filters.push(
      inArray(enterprise.id, db.select({ id: enterpriseDomain.enterpriseId }).from(enterpriseDomain).where(inArray(enterpriseDomain.domain, candidates))),
    );
  }
  if (query.q !== undefined) {
    const text = escapeLike(query.q);
    filters.push(or(likeEscaped(enterprise.name, `%${text}%`), likeEscaped(enterprise.creditCode, `${text.toUpperCase()}%`)));
  }
  const rows = await db
    .select({
      id: enterprise.id,
      name: enterprise.name,
      nameEn: enterprise.nameEn,
      creditCode: enterprise.creditCode,
      industry: enterprise.industry,
      street: enterprise.street,
      domains: sql<string>`(SELECT json_group_array(domain) FROM enterprise_domain d WHERE d.enterprise_id = ${enterprise.id})`,
    })
    .from(roundEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(and(...filters))
    .orderBy(enterprise.name)
    .limit(50);
  const items = rows.map((r) => ({ ...r, domains: JSON.parse(r.domains) as string[] }));
  if (candidates.length === 0) return items;
  // The most specific registered domain wins: shop.a.cn beats a.cn.
  const specificity = (e: EnterpriseSummary) => Math.max(...e.domains.filter((d) => candidates.includes(d)).map((d) => d.length));
  return items.sort((a, b) => specificity(b) - specificity(a));
}
