/** Whose enterprise accounts: every enterprise enrolled in the round, those of some streets, or a picked selection. */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseAccountScope } from '../../../../shared/schemas/enterprise-accounts';
import { useStreets } from '../../../lib/use-streets';
import { EnterprisePicker, type PickedEnterprise } from '../enterprises/EnterprisePicker';

/** What the admin has chosen so far; a street or selection scope with nothing ticked is not a scope yet. */
export type ScopeChoice = { by: EnterpriseAccountScope['by']; streets: string[]; picked: PickedEnterprise[] };

export const firstChoice = (): ScopeChoice => ({ by: 'round', streets: [], picked: [] });

/** The scope the worker takes, or null while a street or selection scope is empty. */
export function scopeOf(choice: ScopeChoice): EnterpriseAccountScope | null {
  if (choice.by === 'round') return { by: 'round' };
  if (choice.by === 'street') return choice.streets.length ? { by: 'street', streets: choice.streets } : null;
  return choice.picked.length ? { by: 'list', enterpriseIds: choice.picked.map((p) => p.id) } : null;
}

export type AccountScopeChooserProps = { choice: ScopeChoice; onChange: (choice: ScopeChoice) => void; disabled?: boolean };

export function AccountScopeChooser({ choice, onChange, disabled }: AccountScopeChooserProps) {
  const streets = useStreets();
  const tick = (name: string, on: boolean) => onChange({ ...choice, streets: on ? [...choice.streets, name] : choice.streets.filter((s) => s !== name) });
  return (
    <fieldset class="panel" data-testid="account-scope" disabled={disabled}>
      <legend>{i18n.t('console.accounts.scope')}</legend>
      <div class="row">
        {(['round', 'street', 'list'] as const).map((by) => (
          <label key={by} class="check">
            <input type="radio" name="account-scope" value={by} checked={choice.by === by} onChange={() => onChange({ ...choice, by })} />
            {i18n.t(`console.accounts.scope_${by}`)}
          </label>
        ))}
      </div>
      {choice.by === 'street' && (
        <div class="checks" data-testid="account-streets">
          {streets.map((s) => (
            <label key={s.id} class="check">
              <input type="checkbox" value={s.name} checked={choice.streets.includes(s.name)} onChange={(e) => tick(s.name, e.currentTarget.checked)} />
              {s.name}
            </label>
          ))}
        </div>
      )}
      {choice.by === 'list' && <EnterprisePicker picked={choice.picked} onChange={(picked) => onChange({ ...choice, picked })} />}
      {scopeOf(choice) === null && <p class="muted">{i18n.t(choice.by === 'street' ? 'console.accounts.chooseStreets' : 'console.accounts.chooseEnterprises')}</p>}
    </fieldset>
  );
}
