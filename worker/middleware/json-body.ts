// Requests that carry a body must say it is JSON and keep it small; others are refused before parsing.
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

/** Large enough for a 10,000-character quote with its selectors, context and note. */
export const MAX_BODY_BYTES = 256 * 1024;

export const jsonBodyOnly = createMiddleware<AppEnv>(async (c, next) => {
  // As HTTP defines it: a request has a body when it announces a length above 0 or a transfer encoding.
  const length = c.req.header('content-length');
  const announced = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
  const hasBody = announced && !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(c.req.method);
  const type = c.req.header('content-type') ?? '';
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json');
  }
  return next();
});

export const limitedBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
  },
});
