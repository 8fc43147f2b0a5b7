// Who may read the audit trail: administrators only.
import type { Actor } from '../actor';
import { allow, deny } from './common';
import type { NoSubject } from './users';

export const auditRules = {
  'audit.read': (actor: Actor, _subject: NoSubject) => (actor.isAdmin ? allow : deny('Only administrators read the audit trail')),
};
