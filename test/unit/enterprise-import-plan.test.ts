import { describe, expect, it } from 'vitest';
import { EnterpriseCreate, type Enterprise } from '../../shared/schemas/enterprise';
import { planEnterpriseImport } from '../../worker/domain/enterprise-import-plan';

const incoming = (creditCode: string, domains: string[], name = '上海某某有限公司', streetId = 4) => ({
  ...EnterpriseCreate.parse({ creditCode, name, industry: 'food', street: '南翔镇', size: 'small', partyOrgType: 'joint', domains }),
  streetId,
});
const stored = (row: ReturnType<typeof incoming>, id: number): Enterprise => ({ ...row, id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: null, version: 1 });

const [A, B, C] = ['91310114MA1GT35K7H', '91310114MA1GU12340', '91310114MA1GW5678U'];

describe('planEnterpriseImport', () => {
  it('creates new enterprises, updates changed ones and leaves identical ones alone', () => {
    const existing = new Map([
      [A, stored(incoming(A, ['a.cn', 'b.cn']), 1)],
      [B, stored(incoming(B, []), 2)],
    ]);
    const rows = [
      { row: 2, enterprise: incoming(A, ['b.cn', 'a.cn']) },
      { row: 3, enterprise: incoming(B, [], '上海改名有限公司') },
      { row: 4, enterprise: incoming(C, ['c.cn']) },
    ];
    const plan = planEnterpriseImport(rows, existing, new Map([['a.cn', A], ['b.cn', A]]), '网站域名');
    expect(plan.errors).toEqual([]);
    expect(plan.rows.map((r) => [r.row, r.action, r.before?.id ?? null])).toEqual([
      [2, 'unchanged', 1],
      [3, 'update', 2],
      [4, 'create', null],
    ]);
  });

  it('compares the street by its registry id', () => {
    const existing = new Map([[A, stored(incoming(A, []), 1)]]);
    const plan = planEnterpriseImport([{ row: 2, enterprise: incoming(A, [], undefined, 5) }], existing, new Map(), null);
    expect(plan.rows.map((r) => r.action)).toEqual(['update']);
  });

  it('refuses a domain another enterprise keeps', () => {
    const plan = planEnterpriseImport([{ row: 2, enterprise: incoming(C, ['a.cn']) }], new Map(), new Map([['a.cn', A]]), '网站域名');
    expect(plan.rows).toEqual([]);
    expect(plan.errors).toEqual([{ row: 2, column: '网站域名', field: 'domains', reason: 'domain_taken', message: `a.cn belongs to the enterprise ${A}`, params: { value: 'a.cn', owner: A } }]);
  });

  it('lets a domain move when the same file releases it from its owner', () => {
    const existing = new Map([[A, stored(incoming(A, ['a.cn']), 1)]]);
    const rows = [
      { row: 2, enterprise: incoming(A, []) },
      { row: 3, enterprise: incoming(C, ['a.cn']) },
    ];
    const plan = planEnterpriseImport(rows, existing, new Map([['a.cn', A]]), null);
    expect(plan.errors).toEqual([]);
    expect(plan.rows.map((r) => r.action)).toEqual(['update', 'create']);
  });
});
