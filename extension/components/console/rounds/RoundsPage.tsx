/** Every round with its framework version and state, and the form that opens a new one. */
import { i18n } from '../../../lib/ports/messages';
import { localized } from '../../../lib/locale';
import { href } from '../../../lib/console-location';
import type { ConsoleContext } from '../shell/console-context';
import { PageHeader } from '../common/PageHeader';
import { RoundCreateForm } from './RoundCreateForm';
import { RoundStatusBadge } from './RoundStatusBadge';

export function RoundsPage({ context }: { context: ConsoleContext }) {
  return (
    <section>
      <PageHeader title={i18n.t('console.rounds.title')} subtitle={i18n.t('console.rounds.subtitle')} />
      <table class="data" data-testid="round-list">
        <thead>
          <tr>
            <th>{i18n.t('console.rounds.name')}</th>
            <th>{i18n.t('console.rounds.year')}</th>
            <th>{i18n.t('console.rounds.framework')}</th>
            <th>{i18n.t('console.rounds.status')}</th>
          </tr>
        </thead>
        <tbody>
          {context.rounds.map((r) => (
            <tr key={r.id} data-round-id={r.id}>
              <td><a href={href({ page: 'round', roundId: r.id })}>{localized(r.name)}</a></td>
              <td>{r.year}</td>
              <td class="code">{`${r.framework.code} v${r.framework.version}`}</td>
              <td><RoundStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {context.me.isAdmin && <RoundCreateForm onCreated={context.reloadRounds} />}
    </section>
  );
}
