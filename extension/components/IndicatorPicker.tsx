/** Searchable list of indicators with the last used one and suggestions from the quote first. */
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { searchIndicators, suggestIndicators } from '../../shared/domain/indicator-search';
import type { IndicatorNode } from '../../shared/schemas/round';
import { localized } from '../lib/locale';

export type IndicatorPickerProps = {
  indicators: IndicatorNode[];
  quote: string;
  lastUsedId: number | null;
  selectedId: number | null;
  onSelect: (indicator: IndicatorNode) => void;
};

type Entry = { indicator: IndicatorNode; tag?: string };

export function IndicatorPicker({ indicators, quote, lastUsedId, selectedId, onSelect }: IndicatorPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const suggested = useMemo(() => suggestIndicators(indicators, quote), [indicators, quote]);

  const entries = useMemo((): Entry[] => {
    if (query.trim()) return searchIndicators(indicators, query).map((indicator) => ({ indicator }));
    const lastUsed = indicators.find((i) => i.id === lastUsedId);
    const top: Entry[] = [
      ...(lastUsed ? [{ indicator: lastUsed, tag: i18n.t('picker.lastUsed') }] : []),
      ...suggested.filter((i) => i.id !== lastUsedId).map((indicator) => ({ indicator, tag: i18n.t('picker.suggested') })),
    ];
    const shown = new Set(top.map((e) => e.indicator.id));
    return [...top, ...indicators.filter((i) => i.level === 3 && !shown.has(i.id)).map((indicator) => ({ indicator }))];
  }, [indicators, query, suggested, lastUsedId]);

  const choose = (entry: Entry | undefined) => entry && onSelect(entry.indicator);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(entries.length - 1, i + step)));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      choose(entries[active]);
    }
  };

  return (
    <div>
      <input
        type="search"
        id="indicator-search"
        aria-label={i18n.t('picker.indicatorSearch')}
        placeholder={i18n.t('picker.indicatorSearch')}
        value={query}
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="indicator-list"
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul class="list" id="indicator-list" role="listbox">
        {entries.length === 0 && <li class="muted">{i18n.t('picker.noIndicatorMatch')}</li>}
        {entries.map((entry, index) => (
          <li
            key={entry.indicator.id}
            role="option"
            data-code={entry.indicator.code}
            aria-selected={index === active || entry.indicator.id === selectedId}
            // Only a moving pointer takes over from the keyboard: the picker may open under a still one (the
            // selection button sits where the picker's list appears), and Enter must still take the first entry.
            onMouseMove={(event) => (event.movementX || event.movementY) && setActive(index)}
            onClick={() => choose(entry)}
          >
            <span class="code">{entry.indicator.code}</span>
            <span class="grow">{localized(entry.indicator.name)}</span>
            {entry.tag && <span class="badge muted">{entry.tag}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
