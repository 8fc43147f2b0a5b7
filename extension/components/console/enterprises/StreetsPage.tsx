/** The district's streets and towns for administrators: the list in official order with codes, aliases and how many
 * enterprises and coordinators each holds; add one, rename it, give or take aliases, move it up or down, retire an
 * unused one or restore it. Every change is the worker's to check and audit. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Street } from '../../../../shared/schemas/streets';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { FailureNote } from '../common/FailureNote';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { StreetCreateForm } from './StreetCreateForm';
import { StreetRow } from './StreetRow';

/** The active streets' ids with the one at `index` moved by `step` places. */
export function movedOrder(active: readonly Street[], index: number, step: -1 | 1): number[] {
  const ids = active.map((s) => s.id);
  const to = index + step;
  if (to < 0 || to >= ids.length) return ids;
  [ids[index], ids[to]] = [ids[to]!, ids[index]!];
  return ids;
}

export function StreetsPage() {
  const streets = useLoad(() => request((api) => api.api.v1.streets.$get()), []);
  const [error, setError] = useState<Failure | null>(null);
  const items = streets.value?.items ?? [];
  const active = items.filter((s) => s.retiredAt === null);
  const move = async (index: number, step: -1 | 1) => {
    const done = await request((api) => api.api.v1.streets.order.$put({ json: { ids: movedOrder(active, index, step) } }));
    setError(done.ok ? null : done.error);
    streets.reload();
  };
  return (
    <section>
      <PageHeader title={i18n.t('console.streets.title')} subtitle={i18n.t('console.streets.subtitle')} />
      <StreetCreateForm onCreated={streets.reload} />
      <LoadState loaded={streets} />
      {error && <FailureNote error={error} />}
      <table class="data" data-testid="street-table">
        <thead>
          <tr>
            <th class="num">{i18n.t('console.streets.position')}</th>
            <th>{i18n.t('console.streets.code')}</th>
            <th>{i18n.t('console.streets.name')}</th>
            <th>{i18n.t('console.streets.aliases')}</th>
            <th class="num">{i18n.t('console.streets.enterprises')}</th>
            <th class="num">{i18n.t('console.streets.coordinators')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((street) => {
            const index = active.indexOf(street);
            return (
              <StreetRow
                key={street.id}
                street={street}
                onChanged={streets.reload}
                onMove={index < 0 ? null : { up: index > 0 ? () => void move(index, -1) : null, down: index < active.length - 1 ? () => void move(index, 1) : null }}
              />
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
