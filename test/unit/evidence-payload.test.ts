import { describe, expect, it } from 'vitest';
import type { ClipChoice, ClipDraft } from '../../shared/schemas/clip';
import { EvidenceCreate } from '../../shared/schemas/evidence';
import { evidenceFrom } from '../../extension/lib/evidence-payload';

const page = { url: 'https://www.huaxin-auto.com.cn/csr/2025.html', title: '  2025年度社会责任报告  ', siteName: '华鑫', lang: 'zh-CN' };
const selection = { quote: '劳动合同签订率达到100%', prefix: '全年', suffix: ',劳务派遣', start: 40, end: 53 };
const draft = (capture: ClipDraft['capture']): ClipDraft => ({ id: '5b1f8a52-9c4e-4d7a-8f0e-2a6c1d3e4f50', tabId: 7, capture, createdAt: '2026-11-24T08:00:00.000Z' });
const choice: ClipChoice = { draftId: 'x', roundId: 1, enterprise: { id: 3, name: '华鑫' }, indicatorId: 9, stance: 'supports', note: '  ' };

describe('evidenceFrom', () => {
  it.each([
    ['a clip on a page', draft({ ...page, selection }), choice, { kind: 'clip', quote: selection.quote, pageNumber: undefined }],
    [
      'a clip in a PDF',
      draft({ ...page, selection, pdf: { pageNumber: 14, documentSha256: 'a'.repeat(64) } }),
      choice,
      { kind: 'clip', pageNumber: 14, documentSha256: 'a'.repeat(64) },
    ],
    ['an attached page', draft(page), { ...choice, kind: 'report' as const }, { kind: 'report' }],
    [
      'an attached PDF (its hash, no page)',
      draft({ ...page, pdf: { pageNumber: 3, documentSha256: 'b'.repeat(64) } }),
      { ...choice, kind: 'report' as const },
      { kind: 'report', pageNumber: undefined, documentSha256: 'b'.repeat(64) },
    ],
    ['an attached link with no kind chosen', draft(page), choice, { kind: 'link' }],
  ])('builds valid evidence for %s', (_what, d, c, expected) => {
    const body = evidenceFrom(d, c, '0.1.0');
    expect(body).toMatchObject({ ...expected, idempotencyKey: d.id, capturedAt: d.createdAt, title: '2025年度社会责任报告', note: undefined });
    expect(EvidenceCreate.safeParse(body).success).toBe(true);
    expect('quote' in body).toBe(Boolean(d.capture.selection));
  });

  it('keeps the quote and its selectors in agreement', () => {
    const body = evidenceFrom(draft({ ...page, selection }), choice, '0.1.0');
    expect(body.selectors).toEqual({
      quote: { type: 'TextQuoteSelector', exact: selection.quote, prefix: '全年', suffix: ',劳务派遣' },
      position: { type: 'TextPositionSelector', start: 40, end: 53 },
    });
  });
});
