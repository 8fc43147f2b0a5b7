// The audit trail's action codes as people read them: a label for the common ones, the raw code otherwise,
// and the quick choices the audit page offers as filters.
import { i18n } from '#i18n';

const labels: Record<string, () => string> = {
  'session.create': () => i18n.t('console.audit.actions.sessionCreate'),
  'session.failed': () => i18n.t('console.audit.actions.sessionFailed'),
  'session.revoke': () => i18n.t('console.audit.actions.sessionRevoke'),
  'password.change_failed': () => i18n.t('console.audit.actions.passwordChangeFailed'),
  'invite.accept': () => i18n.t('console.audit.actions.inviteAccept'),
  'user.create': () => i18n.t('console.audit.actions.userCreate'),
  'user.update': () => i18n.t('console.audit.actions.userUpdate'),
  'user.invite': () => i18n.t('console.audit.actions.userInvite'),
  'user.revokeSessions': () => i18n.t('console.audit.actions.userRevokeSessions'),
  'user.changePassword': () => i18n.t('console.audit.actions.userChangePassword'),
  'round.transition': () => i18n.t('console.audit.actions.roundTransition'),
  'results.compute': () => i18n.t('console.audit.actions.resultsCompute'),
  'score.put': () => i18n.t('console.audit.actions.scorePut'),
  'evidence.create': () => i18n.t('console.audit.actions.evidenceCreate'),
  'evidence.review': () => i18n.t('console.audit.actions.evidenceReview'),
  'framework.publish': () => i18n.t('console.audit.actions.frameworkPublish'),
};

/** The label of an action code, or the code itself when it has none. */
export const actionLabel = (action: string) => labels[action]?.() ?? action;

/** The actions an administrator looks for most: failed sign-ins and password changes first. */
export const quickActions = ['session.failed', 'password.change_failed', 'session.create', 'user.update', 'user.invite', 'round.transition'];

/** Whether an action has its own label (the entry then shows the raw code beside it). */
export const hasActionLabel = (action: string) => action in labels;
