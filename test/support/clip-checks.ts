// What a clip must have left in D1, checked the same way whichever browser made it.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { openLocalD1 } from './local-d1';

type HasD1 = { persistTo: string; seededEvidenceMaxId: number };

/** The sentence the clip journeys select on Huaxin's demo report (test/fixtures/site/huaxin-auto/csr-2025.html, #contracts). */
export const contractsSentence = '公司严格执行《劳动合同法》,全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。';

/** Evidence the test made (the demo world seeded the rest), oldest first, with its indicator's code. */
export async function newEvidence(stack: HasD1): Promise<Record<string, string | number | null>[]> {
  const db = await openLocalD1(stack.persistTo);
  const rows = db.prepare('SELECT e.*, i.code FROM evidence e JOIN indicator i ON i.id = e.indicator_id WHERE e.id > ? ORDER BY e.id').all(stack.seededEvidenceMaxId);
  db.close();
  return rows as Record<string, string | number | null>[];
}

/** The idempotency keys of the test's evidence: one per clip delivered, never two. */
export const evidenceKeys = async (stack: HasD1) => (await newEvidence(stack)).map((row) => String(row.idempotency_key));

/** A clip of `contractsSentence` from the demo report: quote, hash, the page's metadata and text selectors. */
export function expectContractsClip(row: Record<string, string | number | null> | undefined, { url, code, note }: { url: string; code: string; note?: string }) {
  expect(row).toMatchObject({ code, quote: contractsSentence, url, kind: 'clip', stance: 'supports', ...(note ? { note } : {}) });
  expect(row!.quote_sha256).toBe(createHash('sha256').update(contractsSentence).digest('hex'));
  expect(row!.canonical_url).toBe('https://www.huaxin-auto.com.cn/csr/2025');
  expect(row!.published_on).toBe('2026-03-18');
  const selectors = JSON.parse(String(row!.selectors));
  expect(selectors.quote).toMatchObject({ type: 'TextQuoteSelector', exact: contractsSentence });
  expect(selectors.quote.prefix.endsWith('一、员工责任\n')).toBe(true);
  expect(selectors.quote.suffix.startsWith('\n')).toBe(true);
  expect(selectors.position.end - selectors.position.start).toBe(contractsSentence.length);
}
