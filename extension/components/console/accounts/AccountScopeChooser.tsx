/** Whose enterprise accounts: every enterprise enrolled in the round, those of some streets, a picked selection, or a
 * list of credit codes pasted from an office's spreadsheet. */
import { i18n } from '../../../lib/ports/messages';
import { readCreditCodeList } from '../../../../shared/domain/credit-code-list';
import type { EnterpriseAccountScope } from '../../../../shared/schemas/enterprise-accounts';
import { useStreets } from '../../../lib/use-streets';
import { CreditCodeListField } from '../common/CreditCodeListField';
import { EnterprisePicker, type PickedEnterprise } from '../enterprises/EnterprisePicker';

/** What the admin has chosen so far; a street, selection or code scope with nothing in it is not a scope yet. */
export type ScopeChoice = { by: EnterpriseAccountScope['by']; streets: string[]; picked: PickedEnterprise[]; codes: string };

export const firstChoice = (): ScopeChoice => ({ by: 'round', streets: [], picked: [], codes: '' });

/** The scope the worker takes, or null while a street, selection or code scope is empty. */
export function scopeOf(choice: ScopeChoice): EnterpriseAccountScope | null {
  switch (choice.by) {
    case 'round':
      return { by: 'round' };
    case 'street':
      return choice.streets.length ? { by: 'street', streets: choice.streets } : null;
    case 'list':
      return choice.picked.length ? { by: 'list', enterpriseIds: choice.picked.map((p) => p.id) } : null;
    case 'codes': {
      const creditCodes = readCreditCodeList(choice.codes).codes.map((c) => c.code);
      return creditCodes.length ? { by: 'codes', creditCodes } : null;
    }
  }
}

const emptyHint = { round: '', street: 'console.accounts.chooseStreets', list: 'console.accounts.chooseEnterprises', codes: 'console.accounts.chooseCodes' } as const;

export type AccountScopeChooserProps = { choice: ScopeChoice; onChange: (choice: ScopeChoice) => void; disabled?: boolean };

export function AccountScopeChooser({ choice, onChange, disabled }: AccountScopeChooserProps) {
  const streets = useStreets();
  const tick = (name: string, on: boolean) => onChange({ ...choice, streets: on ? [...choice.streets, name] : choice.streets.filter((s) => s !== name) });
  return (
    <fieldset class="panel" data-testid="account-scope" disabled={disabled}>
      <legend>{i18n.t('console.accounts.scope')}</legend>
      <div class="row">
        {(['round', 'street', 'list', 'codes'] as const).map((by) => (
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
      {choice.by === 'codes' && <CreditCodeListField text={choice.codes} onChange={(codes) => onChange({ ...choice, codes })} />}
      {choice.by !== 'round' && scopeOf(choice) === null && <p class="muted">{i18n.t(emptyHint[choice.by])}</p>}
    </fieldset>
  );
}
