/** A new good-practice case: an enterprise, its accepted evidence as sources (the indicators the case
 * illustrates are those the sources stand on), a title and a summary in Chinese with English optional. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { enterpriseEvidence } from '../../../lib/enterprise-lists';
import { localized } from '../../../lib/locale';
import { ok, type Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FailureNote } from '../common/FailureNote';
import { LoadState } from '../common/LoadState';
import { RoundEnterpriseSelect } from '../rounds/RoundEnterpriseSelect';

async function loadAccepted(roundId: number, enterpriseId: number | null) {
  if (enterpriseId === null) return ok(null);
  const loaded = await enterpriseEvidence(roundId, enterpriseId);
  if (!loaded.ok) return loaded;
  const indicators = new Map(loaded.value.indicators.map((i) => [i.id, i]));
  return ok(loaded.value.items.filter((e) => e.status === 'accepted').map((e) => ({ ...e, indicator: indicators.get(e.indicatorId)! })));
}

const empty = { titleZh: '', titleEn: '', summaryZh: '', summaryEn: '' };

export function CaseForm({ round, onCreated }: { round: Round; onCreated: () => void }) {
  const [enterpriseId, setEnterpriseId] = useState<number | null>(null);
  const evidence = useLoad(() => loadAccepted(round.id, enterpriseId), [round.id, enterpriseId]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [text, setText] = useState(empty);
  const [error, setError] = useState<Failure | null>(null);
  const field = (name: keyof typeof empty) => ({ value: text[name], onInput: (e: { currentTarget: { value: string } }) => setText({ ...text, [name]: e.currentTarget.value }) });
  const create = async () => {
    const sources = (evidence.value ?? []).filter((e) => chosen.includes(e.id));
    const json = {
      enterpriseId: enterpriseId!,
      title: { zh: text.titleZh, ...(text.titleEn.trim() && { en: text.titleEn }) },
      summary: { zh: text.summaryZh, ...(text.summaryEn.trim() && { en: text.summaryEn }) },
      indicatorIds: [...new Set(sources.map((e) => e.indicatorId))],
      evidenceIds: sources.map((e) => e.id),
    };
    const made = await request((api) => api.api.v1.rounds[':roundId'].cases.$post({ param: { roundId: String(round.id) }, json }));
    setError(made.ok ? null : made.error);
    if (made.ok) (setText(empty), setChosen([]), onCreated());
  };
  return (
    <form class="panel" data-testid="case-form" onSubmit={(e) => (e.preventDefault(), void create())}>
      <h2>{i18n.t('console.cases.new')}</h2>
      <RoundEnterpriseSelect roundId={round.id} chosen={enterpriseId} onChoose={(id) => (setEnterpriseId(id), setChosen([]))} />
      {enterpriseId !== null && <LoadState loaded={evidence} />}
      {evidence.value && (
        <fieldset>
          <legend>{i18n.t('console.cases.sources')}</legend>
          {evidence.value.length === 0 && <p class="muted">{i18n.t('console.cases.noAccepted')}</p>}
          {evidence.value.map((e) => (
            <label key={e.id} class="check">
              <input type="checkbox" data-evidence-id={e.id} checked={chosen.includes(e.id)} onChange={(ev) => setChosen(ev.currentTarget.checked ? [...chosen, e.id] : chosen.filter((id) => id !== e.id))} />
              <span class="code">{e.indicator.code}</span> {localized(e.indicator.name)} — {e.title}
            </label>
          ))}
        </fieldset>
      )}
      <label>{i18n.t('console.cases.titleZh')}<input name="titleZh" required {...field('titleZh')} /></label>
      <label>{i18n.t('console.cases.titleEn')}<input name="titleEn" {...field('titleEn')} /></label>
      <label>{i18n.t('console.cases.summaryZh')}<textarea name="summaryZh" rows={4} required {...field('summaryZh')} /></label>
      <label>{i18n.t('console.cases.summaryEn')}<textarea name="summaryEn" rows={4} {...field('summaryEn')} /></label>
      <button type="submit" disabled={enterpriseId === null || chosen.length === 0}>{i18n.t('console.cases.create')}</button>
      {error && <FailureNote error={error} />}
    </form>
  );
}
