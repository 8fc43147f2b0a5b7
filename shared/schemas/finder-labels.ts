// The labelled evaluation format of the evidence finder (`npm run finder:eval -- FILE`), one JSON object per
// line: passages of documents, queries on one document (free text, or an indicator of the default framework
// by code), and graded judgements of passages for queries.
import { z } from 'zod';

const Key = z.union([z.string().min(1), z.number()]).transform(String);

export const LabelLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('passage'), doc: Key, id: Key, text: z.string(), page: z.number().int().min(0).optional() }),
  z
    .object({ type: z.literal('query'), id: Key, doc: Key, text: z.string().min(1).optional(), indicator: z.string().min(1).optional() })
    .refine((q) => (q.text === undefined) !== (q.indicator === undefined), { message: 'A query has either text or indicator' }),
  z.object({ type: z.literal('qrel'), query: Key, passage: Key, relevance: z.number().int().min(0).max(3) }),
]);
export type LabelLine = z.infer<typeof LabelLine>;

export const FigureSet = z.object({ 'recall@5': z.number(), 'recall@10': z.number(), 'ndcg@10': z.number(), mrr: z.number() });

/** What `finder:eval --json` prints. */
export const EvaluationReport = z.object({
  finder: FigureSet,
  baseline: FigureSet,
  queries: z.array(
    z.object({ id: z.string(), doc: z.string(), indicator: z.string().optional(), relevant: z.number().int(), finder: FigureSet, baseline: FigureSet }),
  ),
  /** With --learning: mean recall@10 of indicator queries after n confirmed examples per indicator from other documents. */
  learning: z.array(z.object({ examples: z.number().int(), available: z.number(), 'recall@10': z.number(), queries: z.number().int() })).optional(),
});
export type EvaluationReport = z.infer<typeof EvaluationReport>;
