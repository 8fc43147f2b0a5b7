// The CSV import: decode, read, compare with the registry, and (unless a dry run) write it all in one batch.
import { decodeCsvBytes } from '../../shared/domain/csv';
import { readEnterpriseCsv } from '../../shared/domain/enterprise-csv';
import type { EnterpriseImportReport } from '../../shared/schemas/enterprise-import';
import { bulkAuditStatements } from '../audit';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { planEnterpriseImport } from '../domain/enterprise-import-plan';
import type { Env } from '../env';
import type { Actor } from '../policy/actor';
import { derivedChange } from './results-change';
import { openRoundsEnrolling } from './rounds';
import { invalidField } from '../errors';
import { domainOwners, findByCreditCodes } from './enterprises';
import { activeStreetEntries } from './streets';
import { enterpriseIdByCode, enterpriseWriteStatements } from './enterprise-write';

const MAX_ERRORS = 500;
const PREVIEW_ROWS = 20;

/** The file's bytes; base64 the browser could not have written (a stray "=" or a lone last character) is a 400, not a crash. */
function fromBase64(text: string) {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    throw invalidField('contentBase64', 'base64_invalid', 'The file is not valid base64: send the bytes as base64 with its padding');
  }
}

export async function importEnterprises(db: Database, env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, actor: Actor, request: { fileName: string; contentBase64: string; dryRun: boolean }) {
  const started = Date.now();
  const { text, encoding } = decodeCsvBytes(fromBase64(request.contentBase64));
  const csv = readEnterpriseCsv(text, await activeStreetEntries(db));
  const domains = csv.rows.flatMap((r) => r.enterprise.domains);
  const [existing, owners] = await Promise.all([findByCreditCodes(db, csv.rows.map((r) => r.enterprise.creditCode)), domainOwners(db, domains)]);
  const plan = planEnterpriseImport(csv.rows, existing, owners, csv.columns.domains ?? null);
  const errors = [...csv.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  const changed = plan.rows.filter((r) => r.action !== 'unchanged');

  const committed = !request.dryRun && errors.length === 0;
  if (committed && changed.length > 0) {
    // Updated enterprises may be enrolled: their rounds are rebuilt (an import can touch thousands).
    const rounds = new Map((await openRoundsEnrolling(db, changed.filter((r) => r.action === 'update').map((r) => r.enterprise.creditCode))).map((r) => [r.round.id, r.round]));
    const change = await derivedChange(db, [...rounds.values()].map((round) => ({ round, rebuild: 'registry import' })));
    const results = await runBatch(db, [
      ...enterpriseWriteStatements(changed.map((r) => r.enterprise)),
      ...bulkAuditStatements(actor, {
        action: 'enterprise.import',
        resourceType: 'enterprise',
        entries: changed.map((r) => ({ key: r.enterprise.creditCode, before: r.before, after: { ...r.enterprise, fileName: request.fileName, row: r.row } })),
        resourceId: enterpriseIdByCode,
      }),
      ...change.statements,
    ]);
    await change.schedule(env, results);
  }
  const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
  const elapsedMs = Date.now() - started;
  const report: EnterpriseImportReport = {
    fileName: request.fileName,
    encoding,
    dryRun: request.dryRun,
    committed,
    rows: csv.dataRows,
    valid: plan.rows.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    errorCount: errors.length,
    errors: errors.slice(0, MAX_ERRORS),
    noteCount: csv.notes.length,
    notes: csv.notes.slice(0, MAX_ERRORS),
    preview: plan.rows.slice(0, PREVIEW_ROWS).map(({ row, action, enterprise }) => ({ row, action, enterprise })),
    elapsedMs,
    rowsPerSecond: Math.round(csv.dataRows / Math.max(elapsedMs, 1) * 1000),
  };
  return report;
}
