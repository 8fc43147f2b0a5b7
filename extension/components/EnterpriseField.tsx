/** The enterprise at hand: detected (saying why: credit code, registered name or the site's domain),
 * remembered, or searched for by name or credit code with the keyboard (↑ ↓ Enter, Esc). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/values';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { DetectionBasis } from '../../shared/schemas/enterprise-detection';
import { useListbox } from '../lib/use-listbox';

export type EnterpriseRef = { id: number; name: string };

export type EnterpriseFieldProps = {
  value: EnterpriseRef | null;
  /** Why the enterprise shown was detected; null when it was picked or remembered. */
  basis: DetectionBasis | null;
  search: (q: string) => Promise<EnterpriseSummary[]>;
  onChange: (enterprise: EnterpriseRef | null) => void;
};

export function EnterpriseField({ value, basis, search, onChange }: EnterpriseFieldProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EnterpriseSummary[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const changing = useRef(false);

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
  // "Choose another" moves the focus into the search box it opens.
  useEffect(() => {
    if (!value && changing.current) input.current?.focus();
    changing.current = false;
  }, [value]);

  const choose = (found: EnterpriseSummary | undefined) => {
    if (!found) return;
    setQuery('');
    setResults([]);
    onChange({ id: found.id, name: found.name });
  };
  const list = useListbox({
    id: 'enterprise-list',
    count: results.length,
    onChoose: (index) => choose(results[index]),
    onEscape: query ? () => (setQuery(''), setResults([])) : undefined,
    resetOn: results,
  });

  if (value) {
    return (
      <div class="row wrap">
        <strong class="grow" data-testid="enterprise-name">{value.name}</strong>
        {basis && <span class="badge ok" data-testid="enterprise-basis" data-basis={basis}>{i18n.t(`picker.detectedBy.${basis}`)}</span>}
        <button type="button" data-testid="enterprise-change" onClick={() => ((changing.current = true), onChange(null))}>{i18n.t('picker.enterprisePick')}</button>
      </div>
    );
  }
  return (
    <div>
      <input
        ref={input}
        type="search"
        maxLength={SEARCH_TEXT_MAX}
        data-testid="enterprise-search"
        aria-label={i18n.t('picker.enterpriseSearch')}
        placeholder={i18n.t('picker.enterpriseSearch')}
        value={query}
        {...list.inputProps}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ul class="list" hidden={results.length === 0} {...list.listProps}>
        {results.map((e, index) => (
          <li key={e.id} {...list.optionProps(index)}>
            <span class="grow">{e.name}</span>
            <span class="code">{e.creditCode}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
