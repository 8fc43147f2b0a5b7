import { describe, expect, it } from 'vitest';
import { industryCodes } from '../../shared/industries';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { jiadingStreetNames } from '../../worker/seed/jiading-streets';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { demoEnterprises } from '../../scripts/demo/world';

describe('syntheticEnterprises', () => {
  const list = syntheticEnterprises({ count: 500, seed: 2026, avoid: demoEnterprises });

  it('is the same for the same seed and different for another', () => {
    expect(syntheticEnterprises({ count: 500, seed: 2026, avoid: demoEnterprises })).toEqual(list);
    expect(syntheticEnterprises({ count: 5, seed: 1 })[0]).not.toEqual(list[0]);
  });

  it('produces valid registry records with unique credit codes, names and domains', () => {
    for (const e of list) expect(EnterpriseCreate.safeParse(e).success, e.name).toBe(true);
    expect(new Set(list.map((e) => e.creditCode)).size).toBe(500);
    expect(new Set(list.map((e) => e.name)).size).toBe(500);
    const domains = list.flatMap((e) => e.domains ?? []);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('avoids what is already taken', () => {
    const taken = new Set(demoEnterprises.flatMap((e) => [e.creditCode, e.name, ...(e.domains ?? [])]));
    expect(list.flatMap((e) => [e.creditCode, e.name, ...(e.domains ?? [])]).filter((v) => taken.has(v))).toEqual([]);
  });

  it("spreads over Jiading's 12 streets and towns, each once under its official name, and the 12 industries, with most enterprises on the web", () => {
    expect(new Set(list.map((e) => e.street))).toEqual(new Set(jiadingStreetNames));
    expect(new Set(list.map((e) => e.industry))).toEqual(new Set(industryCodes));
    expect(list.filter((e) => (e.domains ?? []).length > 0).length).toBeGreaterThan(400);
    expect(new Set(list.map((e) => e.size))).toEqual(new Set(['micro', 'small', 'medium', 'large']));
  });

  it('scales to the benchmark size', () => {
    const started = performance.now();
    expect(syntheticEnterprises({ count: 10_000 })).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
