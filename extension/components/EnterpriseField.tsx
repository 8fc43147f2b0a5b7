/** The clip's enterprise: detected from the site, remembered for it, or searched for by name or credit code. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/common';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';

export type EnterpriseRef = { id: number; name: string };

export type EnterpriseFieldProps = {
  value: EnterpriseRef | null;
  detected: boolean;
  search: (q: string) => Promise<EnterpriseSummary[]>;
  onChange: (enterprise: EnterpriseRef | null) => void;
};

export function EnterpriseField({ value, detected, search, onChange }: EnterpriseFieldProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EnterpriseSummary[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults([]);
    let current = true;
    const timer = setTimeout(() => void search(q).then((found) => current && setResults(found)), 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (value) {
    return (
      <div class="row">
        <strong class="grow" data-testid="enterprise-name">{value.name}</strong>
        {detected && <span class="badge ok">{i18n.t('picker.enterpriseDetected')}</span>}
        <button type="button" onClick={() => onChange(null)}>{i18n.t('picker.enterprisePick')}</button>
      </div>
    );
  }
  return (
    <div>
      <input type="search" maxLength={SEARCH_TEXT_MAX} placeholder={i18n.t('picker.enterpriseSearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {results.length > 0 && (
        <ul class="list" role="listbox">
          {results.map((e) => (
            <li key={e.id} role="option" onClick={() => onChange({ id: e.id, name: e.name })}>
              <span class="grow">{e.name}</span>
              <span class="code">{e.creditCode}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
