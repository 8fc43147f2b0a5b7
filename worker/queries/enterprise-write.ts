// Writing enterprises in bulk by credit code (the CSV import and the seeds): insert new ones, overwrite
// the fields of known ones, and replace their domains, in a handful of statements whatever the count.
import { sql, type SQL } from 'drizzle-orm';
import { searchKey } from '../../shared/domain/search-text';
import type { EnterpriseCreate, RegistryEnterprise } from '../../shared/schemas/enterprise';
import { jsonChunks } from '../db/json-rows';

const upsert = (rows: string) => sql`
  INSERT INTO enterprise (credit_code, name, name_en, industry, street, street_id, size, party_org_type, contact_name, contact_phone, contact_email, search_key)
  SELECT j.value ->> 'creditCode', j.value ->> 'name', j.value ->> 'nameEn', j.value ->> 'industry', j.value ->> 'street', j.value ->> 'streetId', j.value ->> 'size',
         j.value ->> 'partyOrgType', j.value ->> 'contactName', j.value ->> 'contactPhone', j.value ->> 'contactEmail', j.value ->> 'searchKey'
  FROM json_each(${rows}) j WHERE true
  ON CONFLICT (credit_code) DO UPDATE SET
    name = excluded.name, name_en = excluded.name_en, search_key = excluded.search_key, industry = excluded.industry, street = excluded.street, street_id = excluded.street_id, size = excluded.size,
    party_org_type = excluded.party_org_type, contact_name = excluded.contact_name, contact_phone = excluded.contact_phone,
    contact_email = excluded.contact_email, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), version = enterprise.version + 1`;

const dropDomains = (rows: string) => sql`
  DELETE FROM enterprise_domain WHERE enterprise_id IN (
    SELECT e.id FROM enterprise e JOIN json_each(${rows}) j ON e.credit_code = j.value ->> 'creditCode')`;

const addDomains = (rows: string) => sql`
  INSERT INTO enterprise_domain (domain, enterprise_id)
  SELECT d.value, e.id FROM json_each(${rows}) j JOIN json_each(j.value, '$.domains') d JOIN enterprise e ON e.credit_code = j.value ->> 'creditCode'`;

/** What `?q=` finds an enterprise by: its names and its credit code. */
export const enterpriseSearchKey = (e: Pick<EnterpriseCreate, 'name' | 'nameEn' | 'creditCode'>) => searchKey(e.name, e.nameEn, e.creditCode);

/** For one batch: every upsert, then every domain removal, then every domain insert (so a domain can move between them). */
export function enterpriseWriteStatements(rows: readonly RegistryEnterprise[]): SQL[] {
  const chunks = jsonChunks(rows.map((row) => ({ ...row, searchKey: enterpriseSearchKey(row) })));
  return [...chunks.map(upsert), ...chunks.map(dropDomains), ...chunks.map(addDomains)];
}

/** Replaces the domains of enterprises that already exist (created earlier in the same batch, or edited). */
export function domainReplaceStatements(rows: readonly Pick<EnterpriseCreate, 'creditCode' | 'domains'>[]): SQL[] {
  const chunks = jsonChunks(rows);
  return [...chunks.map(dropDomains), ...chunks.map(addDomains)];
}

/** The id of the enterprise with the credit code `code` (an SQL expression). */
export const enterpriseIdByCode = (code: SQL) => sql`(SELECT id FROM enterprise WHERE credit_code = ${code})`;
