// Who may read, import, edit, publish and derive indicator frameworks. A published version is frozen.
import { adminOnly, all, allow, deny, type Rule } from './common';

const draftOnly: Rule = (_actor, { framework }) =>
  framework?.status === 'draft' ? allow : deny('A published framework is read-only; create a new draft version to change it');

export const frameworkRules = {
  /** Published standards are readable by every signed-in user; drafts only by administrators. */
  'framework.read': (actor, { framework }) => (framework?.status === 'published' || actor.isAdmin ? allow : deny('Drafts are visible to administrators only')),
  'framework.create': adminOnly,
  'framework.edit': all(adminOnly, draftOnly),
  'framework.publish': all(adminOnly, draftOnly),
} satisfies Record<string, Rule>;
