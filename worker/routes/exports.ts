// Downloads of a round's results, scores, evidence and agreement as CSV or XLSX, decided and narrowed by the
// policy on the server (a coordinator's file holds their street, an enterprise's its own data). CSV is
// streamed page by page in bounded memory whatever the round's size; XLSX is written whole, so a download
// larger than XLSX_MAX_ROWS is refused with a pointer to its CSV.
import { Hono } from 'hono';
import { ExportParam, ExportQuery } from '../../shared/schemas/exports';
import { database } from '../db/client';
import { csvStream, tableOf } from '../domain/export-table';
import { exportLocaleOf, isTimeZone } from '../domain/export-locale';
import { ApiError, invalidField } from '../errors';
import { xlsxOf } from '../domain/export-xlsx';
import type { AppEnv } from '../env';
import { authorize, namesEvaluators } from '../policy/authorize';
import { blindExpert, enterpriseScope } from '../policy/scope';
import { exportSource } from '../queries/exports';
import { findFramework } from '../queries/frameworks';
import { findEnrolment } from '../queries/panel';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

/**
 * The most rows an XLSX download may hold (the var EXPORT_XLSX_MAX_ROWS where set): the workbook is built in
 * the worker's memory (ADR 008; the benchmark measures it), far below Excel's 1,048,576 rows a sheet, so one
 * sheet always suffices.
 */
const XLSX_MAX_ROWS = 100_000;
const xlsxMaxRows = (env: AppEnv['Bindings']) => Number(env.EXPORT_XLSX_MAX_ROWS ?? XLSX_MAX_ROWS) || XLSX_MAX_ROWS;

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const exportRoutes = new Hono<AppEnv>().get('/rounds/:roundId/exports/:dataset', validate('param', ExportParam), validate('query', ExportQuery), async (c) => {
  const { roundId, dataset } = c.req.valid('param');
  const { format, enterpriseId, lang, tz } = c.req.valid('query');
  const db = database(c.env.DB);
  // One round trip for both when the download is one enterprise's.
  const { round, enterprise } = enterpriseId === undefined ? { round: await findRound(db, roundId), enterprise: undefined } : await findEnrolment(db, roundId, enterpriseId);
  const actor = authorize(c, `export.${dataset}`, { round });
  if (enterprise) authorize(c, 'enterprise.read', { round, enterprise });
  if (tz !== undefined && !isTimeZone(tz)) throw invalidField('tz', 'time_zone_unknown', `${tz} is not a time zone`, { value: tz });
  const locale = exportLocaleOf(lang, tz, c.req.header('accept-language'));
  const framework = await findFramework(db, round.framework.id);
  const source = await exportSource[dataset](db, {
    round,
    scope: enterpriseScope(actor, round.id),
    enterpriseId,
    blindExpert: blindExpert(actor, round),
    showExperts: namesEvaluators(c, round, framework.settings),
    locale,
  });
  const limit = xlsxMaxRows(c.env);
  if (format === 'xlsx' && source.rowsAtMost > limit) {
    throw new ApiError(422, 'export_too_large', `This download has up to ${source.rowsAtMost} rows; an XLSX file here holds at most ${limit}. Download it as CSV instead.`, {
      rows: source.rowsAtMost,
      limit,
      format: 'csv',
    });
  }
  const name = `round-${round.id}-${dataset}${enterprise ? `-enterprise-${enterprise.id}` : ''}.${format}`;
  c.header('content-type', contentTypes[format]);
  c.header('content-disposition', `attachment; filename="${name}"`);
  c.header('cache-control', 'private, no-store');
  c.header('x-export-rows-at-most', String(source.rowsAtMost));
  return format === 'csv' ? c.body(csvStream(source)) : c.body(await xlsxOf(await tableOf(source)));
});
