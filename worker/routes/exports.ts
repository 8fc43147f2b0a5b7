// Downloads of a round's results, scores and evidence as CSV or XLSX, decided and narrowed by the policy
// on the server (a coordinator's file holds their street, an enterprise's its own data).
import { Hono } from 'hono';
import { ExportParam, ExportQuery } from '../../shared/schemas/exports';
import { database } from '../db/client';
import { csvOf } from '../domain/export-table';
import { exportLocaleOf, isTimeZone } from '../domain/export-locale';
import { invalidField } from '../errors';
import { xlsxOf } from '../domain/export-xlsx';
import type { AppEnv } from '../env';
import { authorize, namesEvaluators } from '../policy/authorize';
import { blindExpert, enterpriseScope } from '../policy/scope';
import { exportTable } from '../queries/exports';
import { findFramework } from '../queries/frameworks';
import { ensureFreshResults } from '../queries/results';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const exportRoutes = new Hono<AppEnv>().get('/rounds/:roundId/exports/:dataset', validate('param', ExportParam), validate('query', ExportQuery), async (c) => {
  const { roundId, dataset } = c.req.valid('param');
  const { format, enterpriseId, lang, tz } = c.req.valid('query');
  const db = database(c.env.DB);
  const round = await findRound(db, roundId);
  const enterprise = enterpriseId === undefined ? undefined : await findEnrolledEnterprise(db, round.id, enterpriseId);
  const actor = authorize(c, `export.${dataset}`, { round });
  if (enterprise) authorize(c, 'enterprise.read', { round, enterprise });
  if (tz !== undefined && !isTimeZone(tz)) throw invalidField('tz', 'time_zone_unknown', `${tz} is not a time zone`, { value: tz });
  const locale = exportLocaleOf(lang, tz, c.req.header('accept-language'));
  const framework = await findFramework(db, round.framework.id);
  if (dataset === 'results' || dataset === 'scores') await ensureFreshResults(db, round);
  const table = await exportTable[dataset](db, {
    round,
    scope: enterpriseScope(actor, round.id),
    enterpriseId,
    blindExpert: blindExpert(actor, round),
    showExperts: namesEvaluators(c, round, framework.settings),
    locale,
  });
  const name = `round-${round.id}-${dataset}${enterprise ? `-enterprise-${enterprise.id}` : ''}.${format}`;
  c.header('content-type', contentTypes[format]);
  c.header('content-disposition', `attachment; filename="${name}"`);
  c.header('cache-control', 'private, no-store');
  return format === 'csv' ? c.body(csvOf(table)) : c.body(await xlsxOf(table));
});
