/** Enrols enterprises in the round: all registered, those of some streets or industries, picked one by one, or
 * listed by credit code (pasted, or a column of an office's spreadsheet). */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { industryCodes, type Industry } from '../../../../shared/industries';
import { readCreditCodeList } from '../../../../shared/domain/credit-code-list';
import type { EnrolmentRequest, EnrolmentResult, Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { industryLabel } from '../../../lib/labels';
import type { Failure } from '../../../lib/result';
import { useStreets } from '../../../lib/use-streets';
import { ErrorNote } from '../../ErrorNote';
import { CreditCodeListField } from '../common/CreditCodeListField';
import { EnterprisePicker, type PickedEnterprise } from '../enterprises/EnterprisePicker';

export type EnrolmentFormProps = { round: Round; onEnrolled: () => void };

type By = EnrolmentRequest['by'];

const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

export function EnrolmentForm({ round, onEnrolled }: EnrolmentFormProps) {
  const [by, setBy] = useState<By>('street');
  const [streetIds, setStreetIds] = useState<number[]>([]);
  const [industries, setIndustries] = useState<Industry[]>([]);
  const [picked, setPicked] = useState<PickedEnterprise[]>([]);
  const [codes, setCodes] = useState('');
  const [outcome, setOutcome] = useState<EnrolmentResult | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const streets = useStreets();

  const body = (): EnrolmentRequest | null => {
    if (by === 'all') return { by };
    if (by === 'street') return streetIds.length ? { by, streetIds } : null;
    if (by === 'industry') return industries.length ? { by, industries } : null;
    if (by === 'csv') return readCreditCodeList(codes).codes.length ? { by, csv: codes } : null;
    return picked.length ? { by, enterpriseIds: picked.map((p) => p.id) } : null;
  };
  const enrol = async (event: Event) => {
    event.preventDefault();
    const json = body();
    if (!json) return;
    const done = await request((api) => api.api.v1.rounds[':roundId'].enrolments.$post({ param: { roundId: String(round.id) }, json }));
    if (!done.ok) return setError(done.error);
    setError(null);
    setOutcome(done.value);
    setPicked([]);
    onEnrolled();
  };

  return (
    <form class="panel" onSubmit={enrol} data-testid="enrolment-form" aria-label={i18n.t('console.enrol.title')}>
      <fieldset class="row">
        <legend>{i18n.t('console.enrol.by')}</legend>
        {(['all', 'street', 'industry', 'list', 'csv'] as const).map((option) => (
          <label key={option} class="check">
            <input type="radio" name="enrol-by" value={option} checked={by === option} onChange={() => setBy(option)} />
            {i18n.t(`console.enrol.${option}`)}
          </label>
        ))}
      </fieldset>
      {by === 'street' && (
        <div class="checks">
          {streets.map((s) => (
            <label key={s.id} class="check">
              <input type="checkbox" checked={streetIds.includes(s.id)} onChange={(e) => setStreetIds(toggle(streetIds, s.id, e.currentTarget.checked))} />
              {s.name} <span class="muted">{s.enterprises}</span>
            </label>
          ))}
        </div>
      )}
      {by === 'industry' && (
        <div class="checks">
          {industryCodes.map((code) => (
            <label key={code} class="check">
              <input type="checkbox" checked={industries.includes(code)} onChange={(e) => setIndustries(toggle(industries, code, e.currentTarget.checked))} />
              {industryLabel(code)}
            </label>
          ))}
        </div>
      )}
      {by === 'list' && <EnterprisePicker picked={picked} onChange={setPicked} />}
      {by === 'csv' && <CreditCodeListField text={codes} onChange={setCodes} />}
      {by === 'all' && <p class="warn">{i18n.t('console.enrol.allHint')}</p>}
      <button type="submit" class="primary" data-testid="enrol" disabled={body() === null}>{i18n.t('console.enrol.submit')}</button>
      {outcome && <p class="ok" role="status">{i18n.t('console.enrol.done', [String(outcome.added), String(outcome.enrolled)])}</p>}
      {outcome?.notFound?.length ? (
        <p class="warn" data-testid="enrol-not-found">{i18n.t('console.enrol.notRegistered', [String(outcome.notFound.length), outcome.notFound.map((line) => line.code).join('、')])}</p>
      ) : null}
      {error && <ErrorNote error={error} />}
    </form>
  );
}
