// Requests that carry a body must say it is JSON and keep it small; others are refused before parsing.
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { MAX_IMPORT_BYTES } from '../../shared/schemas/enterprise-import';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

/** Large enough for a 10,000-character quote with its selectors, context and note. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The one exception: a clip's screenshot is sent as raw image bytes (routes/screenshots.ts checks them). */
const isScreenshotUpload = (method: string, path: string) => method === 'PUT' && /\/evidence\/\d+\/screenshot$/.test(path);

export const jsonBodyOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (isScreenshotUpload(c.req.method, c.req.path)) return next();
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

const limit = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The request body is larger than ${Math.round(maxSize / 1024)} KiB`);
    },
  });

/** Files travel as base64 (a third larger) inside JSON: CSV imports and whole framework documents. */
const largeBodies: [RegExp, number][] = [
  [/\/enterprises\/import$/, Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4096],
  [/\/frameworks(\/import|\/\d+)$/, 2 * 1024 * 1024],
];
const standard = limit(MAX_BODY_BYTES);
const large = largeBodies.map(([path, size]) => [path, limit(size)] as const);

export const limitedBody = createMiddleware<AppEnv>((c, next) => {
  // The screenshot route sets its own, larger limit for its image body.
  if (isScreenshotUpload(c.req.method, c.req.path)) return next();
  return (large.find(([path]) => path.test(c.req.path))?.[1] ?? standard)(c, next);
});
