// Expected failures as typed errors, and the single place that turns any error into the API's error body.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../shared/schemas/common';
import type { ErrorCode } from '../shared/errors';
import type { FieldIssue, IssueParams, IssueReason } from '../shared/issues';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (code: ErrorCode, message: string) => new ApiError(404, code, message);

/** A 400 listing field problems, in the shape validate() reports schema failures. */
export const invalidFields = (fields: FieldIssue[]) =>
  new ApiError(400, 'validation_failed', fields.map((f) => `${f.path || '(root)'}: ${f.message}`).join('; '), { fields });

/** A 400 about one field, with the reason a client words in its user's language and the facts that go with it. */
export const invalidField = (path: string, reason: IssueReason, message: string, params?: IssueParams) =>
  invalidFields([{ path, code: 'custom', reason, message, ...(params ? { params } : {}) }]);

/** hono's own exceptions (body limit, malformed JSON) carry a status but no code: give them one. */
function fromHttpException(err: HTTPException): ApiError {
  if (err.status === 413) return new ApiError(413, 'payload_too_large', 'The request body is too large');
  if (err.status === 401) return new ApiError(401, 'unauthenticated', 'Sign in to continue');
  if (err.status === 400) return new ApiError(400, 'malformed_json', err.message || 'The request body is not valid JSON');
  return new ApiError(err.status as ContentfulStatusCode, 'internal', err.message || 'Request failed');
}

export function errorResponse(err: unknown, c: Context) {
  const apiError = err instanceof ApiError ? err : err instanceof HTTPException ? fromHttpException(err) : null;
  if (!apiError) {
    console.error('unhandled error', err);
    return c.json<ErrorBody>({ error: { code: 'internal', message: 'Something went wrong on the server' } }, 500);
  }
  const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } };
  if (apiError.details !== undefined) body.error.details = apiError.details;
  for (const [name, value] of Object.entries(apiError.headers ?? {})) c.header(name, value);
  return c.json(body, apiError.status);
}
