/** Chooses one item found by typing: the worker is asked once the typing pauses, the matches are offered as a
 * list that works by keyboard (↑ ↓ Enter, Esc) and by mouse. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { SEARCH_TEXT_MAX } from '../../../../shared/schemas/values';
import { useDebounced } from '../../../lib/use-debounced';
import { useLoad } from '../../../lib/use-load';
import { ok, type Result } from '../../../lib/result';
import { useListbox } from '../../../lib/use-listbox';

export type SearchChoiceProps<T> = {
  id: string;
  label: string;
  chosen: T | null;
  search: (q: string) => Promise<Result<T[]>>;
  describe: (item: T) => string;
  onChoose: (item: T | null) => void;
};

export function SearchChoice<T>({ id, label, chosen, search, describe, onChoose }: SearchChoiceProps<T>) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const found = useLoad(() => (q ? search(q) : Promise.resolve(ok<T[]>([]))), [q]);
  const items = q ? (found.value ?? []) : [];
  const list = useListbox({
    id: `${id}-list`,
    count: items.length,
    onChoose: (index) => items[index] !== undefined && (setText(''), onChoose(items[index])),
    onEscape: text ? () => setText('') : undefined,
    resetOn: found.value,
  });
  if (chosen) {
    return (
      <p class="row">
        <span class="grow" data-testid={`${id}-chosen`}>{describe(chosen)}</span>
        <button type="button" class="link" onClick={() => onChoose(null)}>{i18n.t('console.common.change')}</button>
      </p>
    );
  }
  return (
    <div class="search-choice">
      <label for={id}>{label}</label>
      <input id={id} type="search" maxLength={SEARCH_TEXT_MAX} value={text} {...list.inputProps} onInput={(e) => setText(e.currentTarget.value)} />
      <ul class="list" hidden={items.length === 0} {...list.listProps}>
        {items.map((item, i) => (
          <li key={i} {...list.optionProps(i)}>{describe(item)}</li>
        ))}
      </ul>
    </div>
  );
}
