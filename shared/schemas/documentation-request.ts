// Documentation requests: an expert or reviewer asks an enterprise for specific evidence on an indicator by a
// due date; the enterprise answers with links and/or a statement; the asker or a reviewer accepts or reopens.
import { z } from 'zod';
import { DOCUMENTATION_REQUEST_STATUSES } from './values';
import { because } from '../issues';
import { CalendarDate, HttpUrl, Id, IdParam, Localized, PageQuery } from './common';

export const DocumentationRequestStatus = z.enum(DOCUMENTATION_REQUEST_STATUSES);
export type DocumentationRequestStatus = z.infer<typeof DocumentationRequestStatus>;

export const DocumentationRequestCreate = z.object({
  indicatorId: Id,
  question: z.string().trim().min(1).max(2000),
  dueOn: CalendarDate,
});
export type DocumentationRequestCreate = z.infer<typeof DocumentationRequestCreate>;

/** A published page or report the answer points to; saved as evidence of the request's indicator. */
export const AnswerLink = z.object({
  url: HttpUrl,
  title: z.string().trim().min(1).max(500),
  kind: z.enum(['link', 'report']).default('link'),
  publishedOn: CalendarDate.optional(),
});

/** The enterprise's answer: links, a statement, or both, against the version it saw. */
export const DocumentationRequestAnswer = z
  .object({
    links: z.array(AnswerLink).max(10).default([]),
    statement: z.string().trim().min(1).max(4000).optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.links.length > 0 || body.statement !== undefined, { ...because('answer_missing', 'Answer with a link or a statement'), path: ['links'] });
export type DocumentationRequestAnswer = z.input<typeof DocumentationRequestAnswer>;

/** The asker's (or a reviewer's) verdict on an answer; reopening says what is still missing. */
export const DocumentationRequestDecision = z
  .object({
    decision: z.enum(['accept', 'reopen']),
    comment: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.decision !== 'reopen' || Boolean(body.comment), { ...because('reopen_reason_missing', 'Say what is still missing'), path: ['comment'] });
export type DocumentationRequestDecision = z.input<typeof DocumentationRequestDecision>;

const Person = z.object({ id: Id, displayName: z.string() });

export const DocumentationRequest = z.object({
  id: Id,
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  indicator: z.object({ id: Id, code: z.string(), name: Localized }),
  question: z.string(),
  dueOn: CalendarDate,
  status: DocumentationRequestStatus,
  /** Still waiting for the enterprise (open or reopened) after its due date. */
  overdue: z.boolean(),
  /** Null for enterprise staff unless the framework shows evaluators' names. */
  askedBy: Person.nullable(),
  askedAt: z.string(),
  answerStatement: z.string().nullable(),
  answerEvidenceIds: z.array(Id),
  answeredAt: z.string().nullable(),
  decidedBy: Person.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  version: z.number().int(),
});
export type DocumentationRequest = z.infer<typeof DocumentationRequest>;

export const DocumentationRequestListQuery = PageQuery.extend({
  status: DocumentationRequestStatus.optional(),
  /** Only requests past their due date and still waiting for the enterprise. */
  overdue: z.enum(['true', 'false']).optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
  streetId: IdParam.optional(),
});
