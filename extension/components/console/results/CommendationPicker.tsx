/** The administrator's commendations of an enterprise from its result: a preset title or one of their own, and withdrawal. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { commendationPresets, type Commendation } from '../../../../shared/schemas/commendation';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { ErrorNote } from '../../ErrorNote';

export type CommendationPickerProps = { round: Round; enterpriseId: number; commendations: Commendation[]; onChanged: () => void };

export function CommendationPicker({ round, enterpriseId, commendations, onChanged }: CommendationPickerProps) {
  const [custom, setCustom] = useState({ zh: '', en: '' });
  const [error, setError] = useState<Failure | null>(null);
  const param = { roundId: String(round.id) };
  const open = round.status === 'reviewing' || round.status === 'published';
  const done = (result: { ok: boolean; error?: Failure }) => (result.ok ? (setError(null), onChanged()) : setError(result.error!));
  const give = async (title: { zh: string; en: string }) => done(await request((api) => api.api.v1.rounds[':roundId'].commendations.$post({ param, json: { enterpriseId, title } })));
  const withdraw = async (id: number) => done(await request((api) => api.api.v1.rounds[':roundId'].commendations[':id'].$delete({ param: { ...param, id: String(id) } })));
  const held = new Set(commendations.map((c) => c.title.zh));
  return (
    <section class="panel" aria-labelledby="commendations-title" data-testid="commendation-picker">
      <h2 id="commendations-title">{i18n.t('console.results.commendations')}</h2>
      {!open && <p class="muted">{i18n.t('console.commend.closed')}</p>}
      <ul class="row wrap">
        {commendations.map((c) => (
          <li key={c.id} class="badge commendation">
            {localized(c.title)}
            {open && <button type="button" class="icon" title={i18n.t('console.commend.withdraw')} onClick={() => void withdraw(c.id)}>×</button>}
          </li>
        ))}
      </ul>
      {open && (
        <>
          <div class="row wrap">
            {commendationPresets.filter((p) => !held.has(p.zh)).map((p) => (
              <button key={p.zh} type="button" data-testid={`commend-${p.en}`} onClick={() => void give(p)}>+ {localized(p)}</button>
            ))}
          </div>
          <form class="row" onSubmit={(e) => (e.preventDefault(), void give(custom))}>
            <input type="text" lang="zh" aria-label={i18n.t('console.commend.customZh')} placeholder={i18n.t('console.commend.customZh')} value={custom.zh} onInput={(e) => setCustom({ ...custom, zh: e.currentTarget.value })} />
            <input type="text" lang="en" aria-label={i18n.t('console.commend.customEn')} placeholder={i18n.t('console.commend.customEn')} value={custom.en} onInput={(e) => setCustom({ ...custom, en: e.currentTarget.value })} />
            <button type="submit" disabled={!custom.zh.trim() || !custom.en.trim()}>{i18n.t('console.commend.give')}</button>
          </form>
        </>
      )}
      {error && <ErrorNote error={error} />}
    </section>
  );
}
