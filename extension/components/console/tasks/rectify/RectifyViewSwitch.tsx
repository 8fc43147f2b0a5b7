/** Switches the rectification page between tasks grouped by enterprise and the flat list of tasks. */
import { i18n } from '../../../../lib/ports/messages';

export type RectifyView = 'groups' | 'tasks';
export type RectifyViewSwitchProps = { view: RectifyView; onChange: (view: RectifyView) => void };

export function RectifyViewSwitch({ view, onChange }: RectifyViewSwitchProps) {
  const button = (to: RectifyView, label: string) => (
    <button type="button" role="tab" data-testid={`rectify-view-${to}`} aria-selected={view === to} class={view === to ? 'primary' : undefined} onClick={() => onChange(to)}>
      {label}
    </button>
  );
  return (
    <div class="row" role="tablist" aria-label={i18n.t('console.rectifyGroups.view')}>
      {button('groups', i18n.t('console.rectifyGroups.viewGroups'))}
      {button('tasks', i18n.t('console.rectifyGroups.viewTasks'))}
    </div>
  );
}
