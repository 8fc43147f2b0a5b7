/** Searchable list of indicators: the quote's suggestions first (Enter takes the first), then the last used,
 * then all; typing searches by code, name or keyword. */
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { pickerOrder, searchIndicators, type PickerEntry } from '../../shared/domain/indicator-search';
import type { IndicatorNode } from '../../shared/schemas/round';
import { localized } from '../lib/locale';
import { useListbox } from '../lib/use-listbox';

export type IndicatorPickerProps = {
  indicators: IndicatorNode[];
  quote: string;
  lastUsedId: number | null;
  selectedId: number | null;
  onSelect: (indicator: IndicatorNode) => void;
};

export function IndicatorPicker({ indicators, quote, lastUsedId, selectedId, onSelect }: IndicatorPickerProps) {
  const [query, setQuery] = useState('');
  const ordered = useMemo(() => pickerOrder(indicators, quote, lastUsedId), [indicators, quote, lastUsedId]);
  const entries = useMemo(
    (): PickerEntry<IndicatorNode>[] =>
      query.trim() ? searchIndicators(indicators, query).map((indicator) => ({ indicator, suggested: false, lastUsed: false })) : ordered,
    [indicators, query, ordered],
  );
  const list = useListbox({
    id: 'indicator-list',
    count: entries.length,
    onChoose: (index) => entries[index] && onSelect(entries[index].indicator),
    onEscape: query ? () => setQuery('') : undefined,
    resetOn: query,
  });

  return (
    <div>
      <input
        type="search"
        id="indicator-search"
        aria-label={i18n.t('picker.indicatorSearch')}
        placeholder={i18n.t('picker.indicatorSearch')}
        value={query}
        autoFocus
        {...list.inputProps}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ul class="list" {...list.listProps}>
        {entries.length === 0 && <li class="muted" role="presentation">{i18n.t('picker.noIndicatorMatch')}</li>}
        {entries.map((entry, index) => (
          <li key={entry.indicator.id} data-code={entry.indicator.code} data-chosen={entry.indicator.id === selectedId} {...list.optionProps(index)}>
            <span class="code">{entry.indicator.code}</span>
            <span class="grow">{localized(entry.indicator.name)}</span>
            {entry.suggested && <span class="badge ok">{i18n.t('picker.suggested')}</span>}
            {entry.lastUsed && <span class="badge muted">{i18n.t('picker.lastUsed')}</span>}
            {entry.indicator.id === selectedId && <span aria-hidden="true">✓</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
