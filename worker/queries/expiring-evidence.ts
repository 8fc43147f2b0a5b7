// A round's live evidence (not withdrawn or rejected) whose validity window ends by a day, soonest first.
import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ExpiringEvidence, ExpiringEvidenceQuery } from '../../shared/schemas/expiring-evidence';
import type { Database } from '../db/client';
import { enterprise, evidence, indicator } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';
import { validUntilSql } from './evidence-validity';

const validUntil = sql<string>`${validUntilSql('"evidence"', '"indicator"')}`;

export async function listExpiringEvidence(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof ExpiringEvidenceQuery>, today: string, until: string) {
  const order = [validUntil, sql`${evidence.id}`];
  const cursor = decodeCursor(query.cursor, order.length);
  const matching = and(
    eq(evidence.roundId, roundId),
    isNull(evidence.deletedAt),
    ne(evidence.status, 'rejected'),
    enterpriseScopeFilter(scope),
    query.streetId ? eq(enterprise.streetId, query.streetId) : undefined,
    sql`${validUntil} <= ${until}`,
  );
  const [rows, counted] = await Promise.all([
    db
      .select({
        evidence: { id: evidence.id, kind: evidence.kind, title: evidence.title, url: evidence.url, status: evidence.status },
        enterprise: { id: enterprise.id, name: enterprise.name, street: enterprise.street },
        indicator: { id: indicator.id, code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
        validUntil,
      })
      .from(evidence)
      .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
      .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
      .where(and(matching, cursor ? afterKey(order, cursor) : undefined))
      .orderBy(...order)
      .limit(query.limit + 1),
    db
      .select({ n: count() })
      .from(evidence)
      .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
      .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
      .where(matching),
  ]);
  const page = pageOf(rows, query.limit, (r) => [r.validUntil, r.evidence.id]);
  return {
    items: page.items.map(({ indicator: i, ...r }): ExpiringEvidence => ({
      ...r,
      indicator: { id: i.id, code: i.code, name: { zh: i.nameZh, en: i.nameEn } },
      status: r.validUntil < today ? 'expired' : 'expiring',
    })),
    nextCursor: page.nextCursor,
    total: counted[0]!.n,
  };
}
