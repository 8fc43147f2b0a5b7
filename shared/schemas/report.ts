// Regular reports between evaluations: the admin's schedule (a period with opening and due dates) for a
// round's enrolled enterprises, each enterprise's short structured report per dimension, where each one
// stands (on time, late, …) with the reminders given, and a report item taken into a round as evidence.
import { z } from 'zod';
import { REPORT_STATES } from './values';
import { because } from '../issues';
import { CalendarDate, HttpUrl, Id } from './common';

/** A half-year (2026-H1), a quarter (2026-Q3) or a month (2026-M07). */
export const ReportPeriod = z
  .string()
  .trim()
  .regex(/^\d{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2]))$/, 'Expected a period such as 2026-H1, 2026-Q3 or 2026-M07');

export const ScheduleCreate = z
  .object({ period: ReportPeriod, opensOn: CalendarDate, dueOn: CalendarDate })
  .refine((s) => s.dueOn >= s.opensOn, { ...because('due_before_opening', 'The due date comes on or after the opening date'), path: ['dueOn'] });
export type ScheduleCreate = z.infer<typeof ScheduleCreate>;

export const Schedule = z.object({ id: Id, roundId: Id, period: z.string(), opensOn: z.string(), dueOn: z.string(), createdAt: z.string() });
export type Schedule = z.infer<typeof Schedule>;

export const ReportFigure = z.object({ label: z.string().trim().min(1).max(60), value: z.string().trim().min(1).max(60) });
export type ReportFigure = z.infer<typeof ReportFigure>;

/** What the enterprise did in one dimension in the period, with figures and links to where it shows. */
export const ReportItemInput = z.object({
  dimensionCode: z.string().trim().min(1).max(40),
  done: z.string().trim().min(1).max(2000),
  figures: z.array(ReportFigure).max(10).default([]),
  links: z.array(HttpUrl).max(5).default([]),
});
export type ReportItemInput = z.input<typeof ReportItemInput>;

/** A stored item: numbered from 1 in the report. */
export const ReportItem = z.object({
  item: z.number().int().positive(),
  dimensionCode: z.string(),
  done: z.string(),
  figures: z.array(ReportFigure),
  links: z.array(z.string()),
});
export type ReportItem = z.infer<typeof ReportItem>;

/** A draft saved against the version the writer saw (0: the first save). */
export const ReportSave = z.object({ items: z.array(ReportItemInput).min(1).max(30), version: z.number().int().min(0) });
export type ReportSave = z.input<typeof ReportSave>;

export const ReportSubmit = z.object({ version: z.number().int().positive() });

export const ReportStatus = z.enum(['draft', 'submitted']);

/** An item taken into a round as evidence. */
export const ReportAdoption = z.object({ item: z.number().int(), roundId: Id, indicatorId: Id, indicatorCode: z.string(), evidenceId: Id });
export type ReportAdoption = z.infer<typeof ReportAdoption>;

export const Report = z.object({
  id: Id,
  schedule: Schedule,
  enterprise: z.object({ id: Id, name: z.string() }),
  status: ReportStatus,
  items: z.array(ReportItem),
  adoptions: z.array(ReportAdoption),
  submittedAt: z.string().nullable(),
  submittedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Report = z.infer<typeof Report>;

/** Where an enterprise stands with one schedule on a given day. */
export const ReportState = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof ReportState>;

export const StandingRow = z.object({
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  state: ReportState,
  /** A draft is saved but not submitted. */
  draft: z.boolean(),
  submittedAt: z.string().nullable(),
  /** Late: since the day after the due date, and for how many days (also for a report submitted late). */
  lateSince: z.string().nullable(),
  daysLate: z.number().int().nullable(),
  reminders: z.object({ count: z.number().int(), lastAt: z.string().nullable(), lastBy: z.string().nullable() }),
});
export type StandingRow = z.infer<typeof StandingRow>;

/** Every enterprise in the schedule's scope (a coordinator's street only), the late ones first. */
export const ReportStanding = z.object({ schedule: Schedule, today: z.string(), street: z.string().nullable(), items: z.array(StandingRow) });
export type ReportStanding = z.infer<typeof ReportStanding>;

export const ReminderCreate = z.object({ enterpriseId: Id, note: z.string().trim().max(500).optional() });

/** A recorded reminder, with where the enterprise stood when it was given. */
export const Reminder = z.object({ id: Id, scheduleId: Id, enterpriseId: Id, remindedBy: Id, note: z.string().nullable(), state: ReportState });
export type Reminder = z.infer<typeof Reminder>;

/** Take a report item into a round as evidence on one of its indicators. */
export const AdoptRequest = z.object({ roundId: Id, indicatorId: Id });
