/** Adds a street or town at the end of the official order: its name, township code, English name and aliases. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

/** Aliases as typed in one field, separated by commas, 、 or line breaks. */
export const aliasesOf = (text: string) => text.split(/[,,、;;\n]+/).map((a) => a.trim()).filter(Boolean);

export function StreetCreateForm({ onCreated }: { onCreated: () => void }) {
  const [fields, setFields] = useState({ name: '', code: '', nameEn: '', aliases: '' });
  const [error, setError] = useState<Failure | null>(null);
  const input = (key: keyof typeof fields) => ({ value: fields[key], onInput: (e: { currentTarget: { value: string } }) => setFields((f) => ({ ...f, [key]: e.currentTarget.value })) });
  const create = async (event: Event) => {
    event.preventDefault();
    const json = { name: fields.name, code: fields.code.trim() || null, nameEn: fields.nameEn.trim() || null, aliases: aliasesOf(fields.aliases) };
    const done = await request((api) => api.api.v1.streets.$post({ json }));
    if (!done.ok) return setError(done.error);
    setError(null);
    setFields({ name: '', code: '', nameEn: '', aliases: '' });
    onCreated();
  };
  return (
    <form class="panel" onSubmit={create} data-testid="street-create" aria-label={i18n.t('console.streets.create')}>
      <div class="form-grid">
        <label>{i18n.t('console.streets.name')}<input type="text" required {...input('name')} /></label>
        <label>{i18n.t('console.streets.code')}<input type="text" inputMode="numeric" {...input('code')} /></label>
        <label>{i18n.t('console.streets.nameEn')}<input type="text" {...input('nameEn')} /></label>
        <label>{i18n.t('console.streets.aliases')}<input type="text" {...input('aliases')} /></label>
      </div>
      <button type="submit" class="primary">{i18n.t('console.streets.createButton')}</button>
      {error && <FailureNote error={error} />}
    </form>
  );
}
