// Who may manage accounts: admins manage everyone; each user manages their own password and sessions.
import type { Actor } from '../actor';
import { allow, deny, type Decision } from './common';

/** The account an action is about. */
export type AccountSubject = { user: { id: number } };
/** No subject: the action is about the system as a whole (listing users, creating one). */
export type NoSubject = Record<string, never>;
/** A change to an account, so the rule can stop an admin from locking themselves out. */
export type AccountChange = AccountSubject & { change: { disabled?: boolean; isAdmin?: boolean } };

const adminOnly = (actor: Actor): Decision => (actor.isAdmin ? allow : deny('Only administrators manage users'));
const isSelf = (actor: Actor, { user }: AccountSubject) => actor.userId === user.id;

export const userRules = {
  'user.list': (actor: Actor, _subject: NoSubject) => adminOnly(actor),
  'user.create': (actor: Actor, _subject: NoSubject) => adminOnly(actor),
  'user.read': (actor: Actor, subject: AccountSubject) => (actor.isAdmin || isSelf(actor, subject) ? allow : deny('You can only see your own account')),
  'user.update': (actor: Actor, subject: AccountChange) => {
    if (!actor.isAdmin) return adminOnly(actor);
    // The last admin disabling or demoting themselves would leave nobody to undo it.
    if (isSelf(actor, subject) && (subject.change.disabled || subject.change.isAdmin === false)) {
      return deny('You cannot disable your own account or give up your own admin role');
    }
    return allow;
  },
  /** A new invite is how an admin resets a password: the user sets a new one with the code. */
  'user.invite': (actor: Actor, _subject: AccountSubject) => adminOnly(actor),
  'user.revokeSessions': (actor: Actor, subject: AccountSubject) =>
    actor.isAdmin || isSelf(actor, subject) ? allow : deny('You can only sign out your own sessions'),
  /** Only the user, who knows the current password; an admin resets it with an invite instead. */
  'user.changePassword': (actor: Actor, subject: AccountSubject) => (isSelf(actor, subject) ? allow : deny('You can only change your own password')),
};
