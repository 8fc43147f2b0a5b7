// Requests that carry a body must say it is JSON and keep it small; others are refused before parsing.
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

/** Large enough for a 10,000-character quote with its selectors, context and note. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The one exception: a clip's screenshot is sent as raw image bytes (routes/screenshots.ts checks them). */
const isScreenshotUpload = (method: string, path: string) => method === 'PUT' && /\/evidence\/\d+\/screenshot$/.test(path);

export const jsonBodyOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (isScreenshotUpload(c.req.method, c.req.path)) return next();
  const hasBody = c.req.header('content-length') !== '0' && !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(c.req.method);
  const type = c.req.header('content-type') ?? '';
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json');
  }
  return next();
});

const jsonBodyLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
  },
});

export const limitedBody = createMiddleware<AppEnv>((c, next) => (isScreenshotUpload(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next)));
