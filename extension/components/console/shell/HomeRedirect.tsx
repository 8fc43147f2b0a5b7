/** The console's start: administrators land on the rounds, everyone else on the first page of their round. */
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { roundPages } from '../../../lib/console-sections';
import { pickRound } from '../../../lib/pick-round';
import { sessionPort } from '../../../lib/ports/session';
import { useConsoleRoute, useGo } from '../../../lib/console-location';
import type { ConsoleContext } from './console-context';

export function HomeRedirect({ context }: { context: ConsoleContext }) {
  const go = useGo();
  const route = useConsoleRoute();
  const where = useRef(route);
  where.current = route;
  useEffect(() => {
    void sessionPort().currentRoundId.getValue().then((stored) => {
      // The user may have gone somewhere else meanwhile.
      if (where.current.page !== 'home') return;
      if (context.me.isAdmin) return go({ page: 'rounds' }, true);
      const round = pickRound(context.rounds, stored);
      const [first] = round ? roundPages(context.me, round) : [];
      if (round && first) go({ page: first, roundId: round.id }, true);
    });
  }, [context]);
  return <p class="muted">{context.rounds.length === 0 && !context.me.isAdmin ? i18n.t('console.noRounds') : i18n.t('common.loading')}</p>;
}
