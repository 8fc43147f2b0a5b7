// Who may see rectification tasks, answer them (the enterprise) and follow them up (its coordinator).
import { all, only, roles, seesEnterprise, whileRound, type Rule } from './common';

const whilePublished = whileRound(['published'], 'Working on rectification');

export const rectificationRules = {
  'rectification.read': all(roles('reviewer', 'coordinator', 'enterprise'), seesEnterprise),
  'rectification.answer': all(only('enterprise', 'answer for their enterprise'), seesEnterprise, whilePublished),
  'rectification.follow_up': all(roles('coordinator'), seesEnterprise, whilePublished),
} satisfies Record<string, Rule>;
