// The audit rows of refused secrets (a sign-in, the current password of a change), so a district can see
// attempted break-ins (never the password).
import type { SignInFailure } from '../../shared/audit-actions';
import type { SQL } from 'drizzle-orm';
import { auditStatement, type AuditEntry } from '../audit';
import type { Actor } from '../policy/actor';

export type { SignInFailure };
export type PasswordChangeFailure = Extract<SignInFailure, 'wrong_password' | 'throttled'>;

/** The user row a login names, as far as the audit trail needs it. */
type Named = { id: number; login: string; displayName: string; isAdmin: boolean };

/** Addresses are short; a forged header in local dev must not bloat the trail. */
const MAX_IP_LENGTH = 64;

/**
 * A statement for the batch that counts the failure: it writes only when the throttle statement before it
 * changed a row (auditStatement's changes() > 0), which bounds a flood against a lock to one row per lock.
 * `after` holds the reason, the client address (filterable with ?clientIp=…) and the lock, if any.
 */
function failedAttemptAudit(
  actor: Actor | null,
  entry: Pick<AuditEntry, 'action' | 'resourceType' | 'resourceId'>,
  clientIp: string | undefined,
  reason: string,
  lockedUntil?: string,
): SQL {
  return auditStatement(actor, { ...entry, after: { reason, clientIp: clientIp?.slice(0, MAX_IP_LENGTH) ?? null, ...(lockedUntil ? { lockedUntil } : {}) } });
}

/**
 * A refused sign-in. The actor is the named user when the login exists (no memberships: the attempt acted
 * in no round), else none, shown as anonymous. The login tried is the resource, so admins filter with
 * ?resourceType=login&resourceId=… or ?action=session.failed.
 */
export function failedSignInAudit(
  login: string,
  named: Named | undefined,
  clientIp: string | undefined,
  reason: SignInFailure,
  lockedUntil?: string,
): SQL {
  const actor: Actor | null = named
    ? { userId: named.id, login: named.login, displayName: named.displayName, isAdmin: named.isAdmin, memberships: [] }
    : null;
  return failedAttemptAudit(actor, { action: 'session.failed', resourceType: 'login', resourceId: login }, clientIp, reason, lockedUntil);
}

/** A refused password change: someone signed in as `actor` did not know the current password. */
export function failedPasswordChangeAudit(actor: Actor, clientIp: string | undefined, reason: PasswordChangeFailure, lockedUntil?: string): SQL {
  return failedAttemptAudit(actor, { action: 'password.change_failed', resourceType: 'user', resourceId: actor.userId }, clientIp, reason, lockedUntil);
}
