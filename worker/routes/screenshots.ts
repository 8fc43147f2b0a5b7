// Screenshots of the visible tab taken with a clip: raw image bytes in R2, their key and SHA-256 on the
// evidence. The one route that takes a body that is not JSON (see middleware/json-body.ts).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { MAX_SCREENSHOT_BYTES, ScreenshotHeaders } from '../../shared/schemas/evidence';
import { auditStatement } from '../audit';
import { toHex } from '../auth/crypto';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { evidence } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, notFound } from '../errors';
import { authorize } from '../policy/authorize';
import { findLiveEvidence, loadEvidenceSubject } from '../queries/evidence';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const EvidenceParam = z.object({ id: IdParam });

/** The image's own signature must agree with the type it is sent as. */
const signatures = { 'image/png': [0x89, 0x50, 0x4e, 0x47], 'image/jpeg': [0xff, 0xd8, 0xff] } as const;

export const screenshotRoutes = new Hono<AppEnv>()
  .put(
    '/evidence/:id/screenshot',
    validate('param', EvidenceParam),
    validate('header', ScreenshotHeaders),
    bodyLimit({
      maxSize: MAX_SCREENSHOT_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `A screenshot may be at most ${MAX_SCREENSHOT_BYTES / 1024 / 1024} MiB`);
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const type = c.req.valid('header')['content-type'];
      const db = database(c.env.DB);
      const { item, row, subject } = await loadEvidenceSubject(db, id);
      const actor = authorize(c, 'evidence.attachScreenshot', subject);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!signatures[type].every((byte, i) => bytes[i] === byte)) throw new ApiError(400, 'validation_failed', `The body is not a ${type} image`);
      const sha256 = toHex(await crypto.subtle.digest('SHA-256', bytes));

      // Uploading the same image again (a retried upload) is a no-op; a different one would rewrite history.
      const settled = (stored: string | null) => {
        if (stored === sha256) return true;
        if (stored) throw new ApiError(409, 'conflict', 'This evidence already has another screenshot', { screenshotSha256: stored });
        return false;
      };
      if (settled(row.screenshotSha256)) return c.json(item, 200);

      const key = `evidence/${id}/${sha256}.${type === 'image/png' ? 'png' : 'jpg'}`;
      await c.env.SCREENSHOTS.put(key, bytes, { httpMetadata: { contentType: type }, sha256 });
      const [updated] = await runBatch(db, [
        db
          .update(evidence)
          .set({ screenshotKey: key, screenshotSha256: sha256 })
          .where(and(eq(evidence.id, id), isNull(evidence.screenshotKey))),
        auditStatement(actor, { action: 'evidence.attachScreenshot', resourceType: 'evidence', resourceId: id, roundId: item.roundId, after: { key, sha256, bytes: bytes.length } }),
        markPanelChanged(db, item.roundId, item.enterpriseId),
      ]);
      const current = await findLiveEvidence(db, id);
      if (updated!.meta.changes === 0) settled(current.row.screenshotSha256);
      return c.json(current.evidence, 201);
    },
  )
  .get('/evidence/:id/screenshot', validate('param', EvidenceParam), async (c) => {
    const db = database(c.env.DB);
    const { row, subject } = await loadEvidenceSubject(db, c.req.valid('param').id);
    authorize(c, 'evidence.read', subject);
    const object = row.screenshotKey ? await c.env.SCREENSHOTS.get(row.screenshotKey) : null;
    if (!object) throw notFound('not_found', 'This evidence has no screenshot');
    return c.body(await object.arrayBuffer(), 200, {
      'content-type': object.httpMetadata?.contentType ?? 'application/octet-stream',
      'x-content-sha256': row.screenshotSha256 ?? '',
      'cache-control': 'private, max-age=31536000, immutable',
    });
  });
