/** Picks registered enterprises one by one: search by name or credit code, tick the ones wanted. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { SEARCH_TEXT_MAX } from '../../../../shared/schemas/values';
import { request } from '../../../lib/api';
import { useDebounced } from '../../../lib/use-debounced';
import { useLoad } from '../../../lib/use-load';

export type PickedEnterprise = { id: number; name: string };
export type EnterprisePickerProps = { picked: PickedEnterprise[]; onChange: (picked: PickedEnterprise[]) => void };

export function EnterprisePicker({ picked, onChange }: EnterprisePickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const found = useLoad(async () => (q ? request((api) => api.api.v1.enterprises.$get({ query: { q, limit: '20' } })) : { ok: true as const, value: { items: [], nextCursor: null, total: 0 } }), [q]);
  const isPicked = (id: number) => picked.some((p) => p.id === id);
  const toggle = (e: PickedEnterprise, on: boolean) => onChange(on ? [...picked, e] : picked.filter((p) => p.id !== e.id));
  return (
    <div class="picker">
      <input type="search" maxLength={SEARCH_TEXT_MAX} aria-label={i18n.t('console.enterprises.search')} placeholder={i18n.t('console.enterprises.search')} data-testid="pick-search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <ul class="checks">
        {(found.value?.items ?? []).map((e) => (
          <li key={e.id}>
            <label class="check">
              <input type="checkbox" data-enterprise-id={e.id} checked={isPicked(e.id)} onChange={(ev) => toggle({ id: e.id, name: e.name }, ev.currentTarget.checked)} />
              {e.name} <span class="code">{e.creditCode}</span>
            </label>
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <p data-testid="picked">
          {i18n.t('console.enrol.picked', [String(picked.length)])}: {picked.map((p) => p.name).join('、')}
        </p>
      )}
    </div>
  );
}
