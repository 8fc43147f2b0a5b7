/** One street of the registry: its place and code, its name (renamed in place), its aliases (each removable, one
 * added at a time), what uses it, and moving it up or down, retiring it (only when nothing uses it) or restoring it. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Street } from '../../../../shared/schemas/streets';
import { request } from '../../../lib/api';
import type { Failure, Result } from '../../../lib/result';
import { ConfirmButton } from '../../ConfirmButton';
import { FailureNote } from '../common/FailureNote';

export type StreetRowProps = { street: Street; onChanged: () => void; onMove: { up: (() => void) | null; down: (() => void) | null } | null };

export function StreetRow({ street, onChanged, onMove }: StreetRowProps) {
  const [name, setName] = useState<string | null>(null);
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const param = { id: String(street.id) };
  const run = async <T,>(call: () => Promise<Result<T>>) => {
    const done = await call();
    setError(done.ok ? null : done.error);
    // A 409 carries the current street: reading the list again shows it.
    if (done.ok || done.error.status === 409) (setName(null), setAlias(''), onChanged());
  };
  const patch = (json: { name?: string; aliases?: string[] }) => run(() => request((api) => api.api.v1.streets[':id'].$patch({ param, json: { ...json, version: street.version } })));
  const retired = street.retiredAt !== null;
  const inUse = street.enterprises > 0 || street.coordinators > 0;
  return (
    <tr data-street-id={street.id} data-street={street.name} class={retired ? 'muted' : undefined}>
      <td class="num">{retired ? i18n.t('console.streets.retired') : street.position}</td>
      <td class="code">{street.code ?? '—'}</td>
      <td>
        {name === null ? (
          <>
            {street.name} {street.nameEn && <span class="muted">{street.nameEn}</span>}{' '}
            <button type="button" class="link" onClick={() => setName(street.name)}>{i18n.t('console.streets.rename')}</button>
          </>
        ) : (
          <form class="row" onSubmit={(e) => (e.preventDefault(), void patch({ name }))}>
            <input type="text" aria-label={i18n.t('console.streets.name')} value={name} onInput={(e) => setName(e.currentTarget.value)} />
            <button type="submit">{i18n.t('console.streets.save')}</button>
            <button type="button" class="link" onClick={() => setName(null)}>{i18n.t('common.cancel')}</button>
          </form>
        )}
      </td>
      <td>
        <ul class="tags">
          {street.aliases.map((a) => (
            <li key={a}>
              {a}{' '}
              <button type="button" class="icon" title={i18n.t('console.streets.removeAlias', [a])} aria-label={i18n.t('console.streets.removeAlias', [a])} onClick={() => void patch({ aliases: street.aliases.filter((x) => x !== a) })}>×</button>
            </li>
          ))}
        </ul>
        {!retired && (
          <form class="row" onSubmit={(e) => (e.preventDefault(), alias.trim() && void patch({ aliases: [...street.aliases, alias.trim()] }))}>
            <input type="text" aria-label={i18n.t('console.streets.addAlias')} value={alias} onInput={(e) => setAlias(e.currentTarget.value)} />
            <button type="submit">{i18n.t('console.streets.addAlias')}</button>
          </form>
        )}
        {error && <FailureNote error={error} />}
      </td>
      <td class="num">{street.enterprises}</td>
      <td class="num">{street.coordinators}</td>
      <td class="nowrap">
        {onMove && (
          <>
            <button type="button" class="icon" title={i18n.t('console.streets.moveUp')} aria-label={i18n.t('console.streets.moveUp')} disabled={!onMove.up} onClick={() => onMove.up?.()}>↑</button>
            <button type="button" class="icon" title={i18n.t('console.streets.moveDown')} aria-label={i18n.t('console.streets.moveDown')} disabled={!onMove.down} onClick={() => onMove.down?.()}>↓</button>
          </>
        )}
        {retired ? (
          <button type="button" onClick={() => void run(() => request((api) => api.api.v1.streets[':id'].restore.$post({ param, json: { version: street.version } })))}>{i18n.t('console.streets.restore')}</button>
        ) : inUse ? (
          <span class="muted">{i18n.t('console.streets.inUse', [String(street.enterprises), String(street.coordinators)])}</span>
        ) : (
          <ConfirmButton label={i18n.t('console.streets.retire')} question={i18n.t('console.streets.retireQuestion')} onConfirm={() => void run(() => request((api) => api.api.v1.streets[':id'].retire.$post({ param, json: { version: street.version } })))} />
        )}
      </td>
    </tr>
  );
}
