/** Opens a new round on a published framework version. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { useGo } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { LocalizedField } from '../framework/LocalizedField';
import { FailureNote } from '../common/FailureNote';

export function RoundCreateForm({ onCreated }: { onCreated: () => void }) {
  const frameworks = useLoad(() => request((api) => api.api.v1.frameworks.$get()), []);
  const published = (frameworks.value?.items ?? []).filter((f) => f.status === 'published');
  const [name, setName] = useState({ zh: '', en: '' });
  const [year, setYear] = useState(new Date().getFullYear());
  const [frameworkId, setFrameworkId] = useState<number | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const go = useGo();
  const chosen = frameworkId ?? published[0]?.id ?? null;

  const create = async (event: Event) => {
    event.preventDefault();
    if (chosen === null) return;
    const created = await request((api) => api.api.v1.rounds.$post({ json: { name, year, frameworkId: chosen } }));
    if (!created.ok) return setError(created.error);
    onCreated();
    go({ page: 'round', roundId: created.value.id });
  };

  return (
    <form class="panel" onSubmit={create} aria-labelledby="round-create-title">
      <h2 id="round-create-title">{i18n.t('console.rounds.create')}</h2>
      <LocalizedField id="round-name" label={i18n.t('console.rounds.name')} value={name} onChange={setName} />
      <div class="row">
        <label for="round-year">{i18n.t('console.rounds.year')}</label>
        <input id="round-year" type="number" min="2000" max="2100" value={year} onInput={(e) => setYear(e.currentTarget.valueAsNumber)} />
        <label for="round-framework">{i18n.t('console.rounds.framework')}</label>
        <select id="round-framework" value={chosen ?? ''} onChange={(e) => setFrameworkId(Number(e.currentTarget.value))}>
          {published.map((f) => (
            <option key={f.id} value={f.id}>{`${localized(f.name)} v${f.version}`}</option>
          ))}
        </select>
      </div>
      {published.length === 0 && frameworks.value && <p class="warn">{i18n.t('console.rounds.noPublishedFramework')}</p>}
      {error && <FailureNote error={error} />}
      <button type="submit" class="primary" data-testid="create-round" disabled={chosen === null}>{i18n.t('console.rounds.createButton')}</button>
    </form>
  );
}
