// Where each enrolled enterprise in scope stands with a schedule: its report's state, its contact and the
// reminders given, read in three statements (enrolment with reports, reminders by enterprise, names).
import { and, eq, sql } from 'drizzle-orm';
import { byChaseOrder, reportStanding } from '../../shared/domain/reporting';
import type { Schedule, StandingRow } from '../../shared/schemas/report';
import type { Database } from '../db/client';
import { enterprise, enterpriseReport, reportReminder, roundEnterprise } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { enterpriseScopeFilter } from './enterprises';
import { displayNamesQuery, lookup } from './people';

export async function standingRows(db: Database, schedule: Schedule, scope: EnterpriseScope, today: string): Promise<StandingRow[]> {
  const [enrolled, reminders] = await db.batch([
    db
      .select({
        id: enterprise.id,
        name: enterprise.name,
        street: enterprise.street,
        contactName: enterprise.contactName,
        contactPhone: enterprise.contactPhone,
        contactEmail: enterprise.contactEmail,
        status: enterpriseReport.status,
        submittedAt: enterpriseReport.submittedAt,
      })
      .from(roundEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
      .leftJoin(enterpriseReport, and(eq(enterpriseReport.scheduleId, schedule.id), eq(enterpriseReport.enterpriseId, enterprise.id)))
      .where(and(eq(roundEnterprise.roundId, schedule.roundId), enterpriseScopeFilter(scope))),
    // SQLite takes reminded_by from the row holding max(reminded_at): the last reminder's author.
    db
      .select({ enterpriseId: reportReminder.enterpriseId, count: sql<number>`count(*)`, lastAt: sql<string>`max(${reportReminder.remindedAt})`, lastBy: reportReminder.remindedBy })
      .from(reportReminder)
      .where(eq(reportReminder.scheduleId, schedule.id))
      .groupBy(reportReminder.enterpriseId),
  ]);
  const byEnterprise = new Map(reminders.map((r) => [r.enterpriseId, r]));
  const names = lookup(await displayNamesQuery(db, reminders.map((r) => r.lastBy)), 'displayName');
  return enrolled
    .map((e): StandingRow => {
      const submitted = e.status === 'submitted' ? { submittedAt: e.submittedAt } : null;
      const reminded = byEnterprise.get(e.id);
      return {
        enterprise: { id: e.id, name: e.name, street: e.street },
        contact: { name: e.contactName, phone: e.contactPhone, email: e.contactEmail },
        ...reportStanding(schedule, submitted, today),
        draft: e.status === 'draft',
        submittedAt: submitted?.submittedAt ?? null,
        reminders: { count: reminded?.count ?? 0, lastAt: reminded?.lastAt ?? null, lastBy: reminded ? (names.get(reminded.lastBy) ?? null) : null },
      };
    })
    .sort(byChaseOrder);
}
