// What an import would do to the registry, row by row: create, update or leave unchanged (idempotent
// on the credit code), and which domains it cannot take because another enterprise keeps them.
import type { EnterpriseCsvRow } from '../../shared/domain/enterprise-csv';
import type { Enterprise, RegistryEnterprise } from '../../shared/schemas/enterprise';
import type { ImportAction, ImportRowError } from '../../shared/schemas/enterprise-import';

export type PlannedRow = EnterpriseCsvRow & { action: ImportAction; before: Enterprise | null };

const compared = ['name', 'nameEn', 'industry', 'streetId', 'size', 'partyOrgType', 'contactName', 'contactPhone', 'contactEmail'] as const;
const sameDomains = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((d, i) => d === [...b].sort()[i]);

/** Whether importing `incoming` would change nothing about `current`. */
export const unchanged = (current: Enterprise, incoming: RegistryEnterprise) =>
  compared.every((field) => current[field] === incoming[field]) && sameDomains(current.domains, incoming.domains);

/**
 * @param existing registry records of the file's credit codes, by code
 * @param owners current owner (credit code) of each domain the file names
 */
export function planEnterpriseImport(
  rows: readonly EnterpriseCsvRow[],
  existing: ReadonlyMap<string, Enterprise>,
  owners: ReadonlyMap<string, string>,
  domainsColumn: string | null,
): { rows: PlannedRow[]; errors: ImportRowError[] } {
  const incomingDomains = new Map(rows.map((r) => [r.enterprise.creditCode, new Set(r.enterprise.domains)]));
  const errors: ImportRowError[] = [];
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const { creditCode, domains } = row.enterprise;
    // A domain may move only from an enterprise that the same file releases it from.
    const taken = domains.find((d) => {
      const owner = owners.get(d);
      return owner !== undefined && owner !== creditCode && (incomingDomains.get(owner)?.has(d) ?? true);
    });
    if (taken) {
      errors.push({ row: row.row, column: domainsColumn, field: 'domains', reason: 'domain_taken', message: `${taken} belongs to the enterprise ${owners.get(taken)}`, params: { value: taken, owner: owners.get(taken)! } });
      continue;
    }
    const before = existing.get(creditCode) ?? null;
    const action: ImportAction = before === null ? 'create' : unchanged(before, row.enterprise) ? 'unchanged' : 'update';
    planned.push({ ...row, action, before });
  }
  return { rows: planned, errors };
}
