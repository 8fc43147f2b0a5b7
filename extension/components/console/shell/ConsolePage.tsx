/** The page a console route names, given the round it is about when it is about one. */
import { i18n } from '../../../lib/ports/messages';
import type { ConsoleRoute } from '../../../lib/console-route';
import { mayOpen, roleIn } from '../../../lib/console-sections';
import type { ConsoleContext } from './console-context';
import { EnterpriseReport } from '../results/EnterpriseReport';
import { EnterpriseResultPage } from '../results/EnterpriseResultPage';
import { EnterprisesPage } from '../enterprises/EnterprisesPage';
import { EnterpriseView } from '../my-enterprise/EnterpriseView';
import { AssignmentsPage } from '../rounds/AssignmentsPage';
import { EnterpriseAccountsPage } from '../accounts/EnterpriseAccountsPage';
import { AuditPage } from '../audit/AuditPage';
import { CasesPage } from '../results/CasesPage';
import { DisagreementsPage } from '../review/DisagreementsPage';
import { FrameworkDiffPage } from '../framework/FrameworkDiffPage';
import { FrameworkEditPage } from '../framework/FrameworkEditPage';
import { FrameworkPage } from '../framework/FrameworkPage';
import { FrameworksPage } from '../framework/FrameworksPage';
import { FinderPage } from '../finder/FinderPage';
import { FreshnessPage } from '../review/FreshnessPage';
import { HomeRedirect } from './HomeRedirect';
import { ProgressPage } from '../progress/ProgressPage';
import { QualityPage } from '../results/QualityPage';
import { RectificationsPage } from '../tasks/RectificationsPage';
import { ReportsPage } from '../tasks/ReportsPage';
import { RequestsPage } from '../tasks/RequestsPage';
import { ResultsPage } from '../results/ResultsPage';
import { ReviewQueuePage } from '../review/ReviewQueuePage';
import { RoundPage } from '../rounds/RoundPage';
import { RoundsPage } from '../rounds/RoundsPage';
import { StreetsPage } from '../enterprises/StreetsPage';
import { ToScorePage } from '../to-score/ToScorePage';
import { UsersPage } from '../accounts/UsersPage';

export type ConsolePageProps = { route: ConsoleRoute; context: ConsoleContext };

export function ConsolePage({ route, context }: ConsolePageProps) {
  switch (route.page) {
    case 'home':
    // ConsoleApp shows the invitation page itself, signed in or not.
    case 'invite':
      return <HomeRedirect context={context} />;
    case 'frameworks':
      return <FrameworksPage />;
    case 'framework':
      return <FrameworkPage frameworkId={route.frameworkId} />;
    case 'framework-edit':
      return <FrameworkEditPage frameworkId={route.frameworkId} />;
    case 'framework-diff':
      return <FrameworkDiffPage from={route.from} to={route.to} />;
    case 'enterprises':
      return <EnterprisesPage />;
    case 'rounds':
      return <RoundsPage context={context} />;
    case 'streets':
    case 'users':
    case 'audit':
      // Administrators' pages only; the worker refuses everyone else anyway.
      if (!context.me.isAdmin) return <p class="muted">{i18n.t('console.adminOnly')}</p>;
      return route.page === 'users' ? <UsersPage rounds={context.rounds} /> : route.page === 'streets' ? <StreetsPage /> : <AuditPage />;
  }
  const round = context.rounds.find((r) => r.id === route.roundId);
  if (!round) return <p class="error" role="alert">{i18n.t('errors.round_not_found')}</p>;
  // The policy decides on the server; this only keeps people from pages that would refuse them.
  if (!mayOpen(context.me, round, route.page)) return <p class="muted">{i18n.t('console.notForYourRole')}</p>;
  switch (route.page) {
    case 'round':
      return <RoundPage round={round} context={context} />;
    case 'assignments':
      return <AssignmentsPage round={round} />;
    case 'progress':
      return <ProgressPage round={round} linkResults={mayOpen(context.me, round, 'result')} />;
    case 'results':
      return <ResultsPage round={round} me={context.me} />;
    case 'result':
      return <EnterpriseResultPage round={round} enterpriseId={route.enterpriseId} me={context.me} />;
    case 'report':
      return <EnterpriseReport round={round} enterpriseId={route.enterpriseId} />;
    case 'rectifications':
      return <RectificationsPage round={round} me={context.me} />;
    case 'requests':
      return <RequestsPage round={round} me={context.me} />;
    case 'quality':
      return <QualityPage round={round} me={context.me} />;
    case 'my-enterprise':
      return <EnterpriseView round={round} me={context.me} />;
    case 'reports':
      return <ReportsPage round={round} me={context.me} />;
    case 'cases':
      return <CasesPage round={round} me={context.me} />;
    case 'freshness':
      return <FreshnessPage round={round} me={context.me} />;
    case 'disagreements':
      return <DisagreementsPage round={round} />;
    case 'to-score':
      return <ToScorePage round={round} />;
    case 'finder':
      return <FinderPage round={round} me={context.me} />;
    case 'review-queue':
      return <ReviewQueuePage round={round} showSourceFlags={roleIn(context.me, round.id) === 'reviewer'} />;
    case 'enterprise-accounts':
      return <EnterpriseAccountsPage round={round} />;
  }
}
