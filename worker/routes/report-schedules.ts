// Reporting schedules of a round: listed to its members, set by the admin; where each enterprise stands with
// one (the admin's whole round, a coordinator's street) and the reminders coordinators record.
import { Hono } from 'hono';
import { z } from 'zod';
import { reportStanding } from '../../shared/domain/reporting';
import { IdParam } from '../../shared/schemas/common';
import { ReminderCreate, ScheduleCreate, type Reminder } from '../../shared/schemas/report';
import { auditStatement, insertedRowId } from '../audit';
import { isUniqueViolation, runBatch } from '../db/batch';
import { database } from '../db/client';
import { reportReminder, reportSchedule } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { membershipIn } from '../policy/actor';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { findReport, findSchedule, listSchedules } from '../queries/reports';
import { standingRows } from '../queries/report-standing';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { today } from '../today';
import { derivedChange } from '../queries/results-change';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });
const ScheduleParam = z.object({ id: IdParam });

/** The schedule with the round the policy judges it by. */
async function loadSchedule(db: ReturnType<typeof database>, id: number) {
  const schedule = await findSchedule(db, id);
  return { schedule, round: await findRound(db, schedule.roundId) };
}

export const reportScheduleRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/report-schedules', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'schedule.read', { round });
    return c.json({ items: await listSchedules(db, round.id) });
  })
  .post('/rounds/:roundId/report-schedules', validate('param', RoundParam), validate('json', ScheduleCreate), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'schedule.manage', { round });
    const values = { ...c.req.valid('json'), roundId: round.id, createdBy: actor.userId };
    // A period already past due makes every enrolled enterprise's report overdue at once: their counters are recounted.
    const change = await derivedChange(db, values.dueOn < today() ? [{ round, rebuild: 'reporting period' }] : []);
    let inserted;
    try {
      const results = await runBatch(db, [
        db.insert(reportSchedule).values(values),
        auditStatement(actor, { action: 'schedule.create', resourceType: 'report_schedule', resourceId: insertedRowId, roundId: round.id, after: values }),
        ...change.statements,
      ]);
      await change.schedule(c.env, results);
      [inserted] = results;
    } catch (err) {
      if (isUniqueViolation(err)) throw new ApiError(409, 'conflict', `The round already has a schedule for ${values.period}`);
      throw err;
    }
    return c.json(await findSchedule(db, inserted!.meta.last_row_id), 201);
  })
  .get('/report-schedules/:id/standing', validate('param', ScheduleParam), async (c) => {
    const db = database(c.env.DB);
    const { schedule, round } = await loadSchedule(db, c.req.valid('param').id);
    const actor = authorize(c, 'report.standing', { round });
    const scope = enterpriseScope(actor, round.id);
    const street = scope.kind === 'street' ? (membershipIn(actor, round.id)?.street ?? null) : null;
    return c.json({ schedule, today: today(), street, items: await standingRows(db, schedule, scope, today()) });
  })
  .post('/report-schedules/:id/reminders', validate('param', ScheduleParam), validate('json', ReminderCreate), async (c) => {
    const db = database(c.env.DB);
    const { schedule, round } = await loadSchedule(db, c.req.valid('param').id);
    const { enterpriseId, note } = c.req.valid('json');
    const enterprise = await findEnrolledEnterprise(db, round.id, enterpriseId);
    const actor = authorize(c, 'report.remind', { round, enterprise });
    const report = await findReport(db, schedule.id, enterprise.id);
    const { state } = reportStanding(schedule, report?.status === 'submitted' ? report : null, today());
    if (state !== 'late' && state !== 'open') throw new ApiError(409, 'report_state', `Nothing to remind ${enterprise.name} of: its report is ${state.replace('_', ' ')}`);
    const values = { scheduleId: schedule.id, enterpriseId: enterprise.id, remindedBy: actor.userId, note: note || null };
    const [inserted] = await runBatch(db, [
      db.insert(reportReminder).values(values),
      auditStatement(actor, { action: 'report.remind', resourceType: 'report_reminder', resourceId: insertedRowId, roundId: round.id, after: { ...values, state } }),
    ]);
    return c.json({ id: inserted!.meta.last_row_id, ...values, state } satisfies Reminder, 201);
  });
