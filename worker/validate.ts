// Every param, query and body goes through zod here; failures become 400s that list the fields, each with zod's
// issue code (or our reason) and the facts a client words a message from.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { fieldIssueOf } from '../shared/issues';
import { ApiError } from './errors';

export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const fields = result.error.issues.map(fieldIssueOf);
      throw new ApiError(400, 'validation_failed', `Invalid ${target}: ${fields.map((f) => f.path || '(root)').join(', ')}`, { fields });
    }
  });
}
