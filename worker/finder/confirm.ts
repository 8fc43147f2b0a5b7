// Confirming a suggestion: the passage becomes an ordinary clip of its report, with the selectors the
// extension anchors (TextQuote with its context and TextPosition in the page's text), the page and the
// document's SHA-256 for PDFs; the decision records which evidence it made, and the indicator's learned terms
// are derived again with this passage among the latest confirmed for it in the round — all in one audited batch.
import { sql } from 'drizzle-orm';
import { quoteAt } from '../../shared/anchoring/text-quote';
import { normalizeUrl } from '../../shared/domain/url';
import type { SuggestionConfirm } from '../../shared/schemas/finder';
import { learnedTerms } from '../../shared/finder/query';
import { decodeIndex, type StoredIndex } from '../../shared/finder/stored-index';
import { auditStatement, insertedRowId } from '../audit';
import { sha256Hex } from '../auth/crypto';
import type { Database } from '../db/client';
import { evidence } from '../db/schema';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { confirmedQuotes, decrementUnreviewed, findReport, loadIndexBodies, saveLearned, type FinderReportRow } from '../queries/finder';
import { markPanelChanged } from '../queries/staleness';
import { tokenize } from './suggest';

/** Confirmed passages an indicator learns from: the latest ones. */
const LEARNING_EXAMPLES = 50;

/** The indexed report of the enterprise and the passage with that key in it; 404s otherwise. */
export async function findSuggestedPassage(db: Database, roundId: number, enterpriseId: number, reportId: number, passageKey: string) {
  const report = await findReport(db, reportId);
  if (!report || report.roundId !== roundId || report.enterpriseId !== enterpriseId || report.status !== 'indexed') {
    throw notFound('finder_report_not_found', `Report ${reportId} is not an indexed report of this enterprise in this round`);
  }
  const body = (await loadIndexBodies(db, [report.id])).get(report.id);
  const passage = body ? decodeIndex(JSON.parse(body) as StoredIndex).passages.find((p) => p.key === passageKey) : undefined;
  if (!passage) throw notFound('passage_not_found', 'The suggested passage is no longer in the report (it changed); load the suggestions again');
  return { report, passage };
}

type Confirmation = {
  actor: Actor;
  roundId: number;
  enterpriseId: number;
  indicatorId: number;
  body: SuggestionConfirm;
  report: FinderReportRow;
  passage: Awaited<ReturnType<typeof findSuggestedPassage>>['passage'];
};

export async function confirmationStatements(db: Database, { actor, roundId, enterpriseId, indicatorId, body, report, passage }: Confirmation) {
  const quote = quoteAt(passage.pageText, passage.start, passage.end)!;
  const isPdf = report.format === 'pdf';
  const row = {
    roundId,
    enterpriseId,
    indicatorId,
    kind: 'clip' as const,
    url: report.url,
    normalizedUrl: normalizeUrl(report.url),
    title: report.title ?? report.url,
    quote: quote.exact,
    quoteSha256: await sha256Hex(quote.exact),
    selectors: {
      quote: { type: 'TextQuoteSelector' as const, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector' as const, start: quote.start, end: quote.end },
    },
    pageNumber: isPdf ? passage.page : null,
    documentSha256: isPdf ? report.sha256 : null,
    stance: body.stance,
    note: body.note || null,
    capturedBy: actor.userId,
    capturedAt: new Date().toISOString(),
    idempotencyKey: body.idempotencyKey,
  };
  const examples = [quote.exact, ...(await confirmedQuotes(db, roundId, indicatorId, LEARNING_EXAMPLES - 1))];
  return [
    db.insert(evidence).values(row),
    auditStatement(actor, { action: 'finder.confirm', resourceType: 'evidence', resourceId: insertedRowId, roundId, after: { ...row, reportId: report.id, passageKey: passage.key } }),
    sql`INSERT INTO finder_decision (round_id, enterprise_id, indicator_id, report_id, passage_key, decision, evidence_id, decided_by)
        SELECT ${roundId}, ${enterpriseId}, ${indicatorId}, ${report.id}, ${passage.key}, 'confirmed', id, ${actor.userId}
        FROM evidence WHERE captured_by = ${actor.userId} AND idempotency_key = ${body.idempotencyKey}`,
    decrementUnreviewed(db, roundId, enterpriseId),
    markPanelChanged(db, roundId, enterpriseId),
    saveLearned(db, roundId, indicatorId, learnedTerms(examples, tokenize), examples.length),
  ];
}
