// The audit row of a refused sign-in, so a district can see attempted break-ins (never the password).
import type { SQL } from 'drizzle-orm';
import { auditStatement } from '../audit';
import type { Actor } from '../policy/actor';

export type SignInFailure = 'wrong_password' | 'unknown_login' | 'disabled' | 'throttled';

/** The user row a login names, as far as the audit trail needs it. */
type Named = { id: number; login: string; displayName: string; isAdmin: boolean };

/** Addresses are short; a forged header in local dev must not bloat the trail. */
const MAX_IP_LENGTH = 64;

/**
 * A statement for the batch that counts the failure: it writes only when the throttle statement before it
 * changed a row (auditStatement's changes() > 0). The actor is the named user when the login exists (no
 * memberships: the attempt acted in no round), else none, shown as anonymous. The login tried is the
 * resource, so admins filter with ?resourceType=login&resourceId=…, ?action=session.failed or ?clientIp=….
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
  return auditStatement(actor, {
    action: 'session.failed',
    resourceType: 'login',
    resourceId: login,
    after: { reason, clientIp: clientIp?.slice(0, MAX_IP_LENGTH) ?? null, ...(lockedUntil ? { lockedUntil } : {}) },
  });
}
