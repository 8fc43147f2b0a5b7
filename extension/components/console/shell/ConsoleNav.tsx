/** The console's side navigation: who is signed in, the global sections, the round being worked on and its pages. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { signOut } from '../../../lib/auth';
import type { ConsoleRoute } from '../../../lib/console-route';
import { globalSections, roundPages } from '../../../lib/console-sections';
import { localized } from '../../../lib/locale';
import { pickRound } from '../../../lib/pick-round';
import { sessionPort } from '../../../lib/ports/session';
import { href, useGo } from '../../../lib/console-location';
import { useStored } from '../../../lib/use-stored';

export type ConsoleNavProps = { me: Me; rounds: Round[]; route: ConsoleRoute };

/** The label of each page in the navigation (message names cannot hold dashes). */
const labels = {
  frameworks: () => i18n.t('console.nav.frameworks'),
  enterprises: () => i18n.t('console.nav.enterprises'),
  streets: () => i18n.t('console.nav.streets'),
  rounds: () => i18n.t('console.nav.rounds'),
  users: () => i18n.t('console.nav.users'),
  audit: () => i18n.t('console.nav.audit'),
  round: () => i18n.t('console.nav.round'),
  assignments: () => i18n.t('console.nav.assignments'),
  progress: () => i18n.t('console.nav.progress'),
  results: () => i18n.t('console.nav.results'),
  rectifications: () => i18n.t('console.nav.rectifications'),
  requests: () => i18n.t('console.nav.requests'),
  quality: () => i18n.t('console.nav.quality'),
  'my-enterprise': () => i18n.t('console.nav.myEnterprise'),
  reports: () => i18n.t('console.nav.reports'),
  cases: () => i18n.t('console.nav.cases'),
  freshness: () => i18n.t('console.nav.freshness'),
  disagreements: () => i18n.t('console.nav.disagreements'),
  'to-score': () => i18n.t('console.nav.toScore'),
  finder: () => i18n.t('finderConsole.title'),
  'review-queue': () => i18n.t('console.nav.reviewQueue'),
  'enterprise-accounts': () => i18n.t('console.accounts.title'),
};

const NavLink = ({ to, current, label }: { to: ConsoleRoute; current: ConsoleRoute; label: string }) => (
  <li>
    <a href={href(to)} aria-current={href(to) === href(current) ? 'page' : undefined}>{label}</a>
  </li>
);

export function ConsoleNav({ me, rounds, route }: ConsoleNavProps) {
  const { currentRoundId } = sessionPort();
  const stored = useStored(currentRoundId);
  const go = useGo();
  const round = 'roundId' in route ? rounds.find((r) => r.id === route.roundId) : pickRound(rounds, stored ?? null);
  const choose = (id: number) => {
    const next = rounds.find((r) => r.id === id);
    void currentRoundId.setValue(id);
    const [first] = next ? roundPages(me, next) : [];
    if (first) go({ page: first, roundId: id });
  };
  return (
    <nav class="console-nav" aria-label={i18n.t('console.nav.label')}>
      <h1>{i18n.t('console.title')}</h1>
      <p class="muted" data-testid="signed-in-as">{i18n.t('common.signedInAs', [me.displayName])}</p>
      <button type="button" class="link" onClick={() => void signOut()}>{i18n.t('common.signOut')}</button>
      {globalSections(me).length > 0 && (
        <ul>
          {globalSections(me).map((section) => (
            <NavLink key={section} to={{ page: section }} current={route} label={labels[section]()} />
          ))}
        </ul>
      )}
      {rounds.length > 0 && (
        <>
          <label for="console-round">{i18n.t('console.nav.currentRound')}</label>
          <select id="console-round" value={round?.id ?? ''} onChange={(e) => choose(Number(e.currentTarget.value))}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>{localized(r.name)}</option>
            ))}
          </select>
        </>
      )}
      {round && (
        <ul>
          {roundPages(me, round).map((page) => (
            <NavLink key={page} to={{ page, roundId: round.id }} current={route} label={labels[page]()} />
          ))}
        </ul>
      )}
    </nav>
  );
}
