// The audit trail's actions and resource types as people read them (every one the worker may write has its
// words: shared/audit-actions.ts), and the quick choices the audit page offers as filters.
import { i18n } from './ports/messages';
import { auditActions, auditResourceTypes, type AuditAction, type AuditResourceType } from '../../shared/audit-actions';

const isAction = (action: string): action is AuditAction => (auditActions as readonly string[]).includes(action);
const isResourceType = (type: string): type is AuditResourceType => (auditResourceTypes as readonly string[]).includes(type);

/** The words for an action; an action older rows may hold under a name since retired shows as recorded. */
export const actionLabel = (action: string) => (isAction(action) ? i18n.t(`audit.actions.${action}`) : action);

/** The words for a kind of resource. */
export const resourceLabel = (type: string) => (isResourceType(type) ? i18n.t(`audit.resources.${type}`) : type);

/** The actions an administrator looks for most: failed sign-ins and password changes first. */
export const quickActions: AuditAction[] = ['session.failed', 'password.change_failed', 'session.create', 'user.update', 'user.invite', 'round.transition'];

/** The kind of resource an action's name starts with, where the two names differ. */
const resourceOfPrefix: Record<string, AuditResourceType> = {
  case: 'practice_case',
  docRequest: 'documentation_request',
  freshness: 'freshness_run',
  invite: 'user',
  password: 'user',
  results: 'round',
  schedule: 'report_schedule',
  session: 'login',
};

/** Every action, grouped under the kind of resource it acts on, for the filter's choices. */
export function actionGroups(): { resourceType: AuditResourceType; actions: AuditAction[] }[] {
  const groups = new Map<AuditResourceType, AuditAction[]>();
  for (const action of auditActions) {
    const prefix = action.split('.')[0]!;
    const type = resourceOfPrefix[prefix] ?? (prefix as AuditResourceType);
    groups.set(type, [...(groups.get(type) ?? []), action]);
  }
  return [...groups].map(([resourceType, actions]) => ({ resourceType, actions }));
}
