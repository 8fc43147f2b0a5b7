/** Chooses one item found by typing: the worker is asked once the typing pauses, the matches are offered as buttons. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SEARCH_TEXT_MAX } from '../../../shared/schemas/common';
import { useDebounced } from '../../lib/use-debounced';
import { useLoad } from '../../lib/use-load';
import { ok, type Result } from '../../lib/result';

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
      <input id={id} type="search" maxLength={SEARCH_TEXT_MAX} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {(found.value ?? []).length > 0 && (
        <ul class="list">
          {found.value!.map((item, i) => (
            <li key={i}>
              <button type="button" class="link" onClick={() => onChoose(item)}>{describe(item)}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
