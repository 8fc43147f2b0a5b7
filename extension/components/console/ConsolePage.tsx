/** The page a console route names, given the round it is about when it is about one. */
import { i18n } from '../../lib/ports/messages';
import type { ConsoleRoute } from '../../lib/console-route';
import { mayOpen, roleIn } from '../../lib/console-sections';
import type { ConsoleContext } from './console-context';
import { EnterpriseReport } from './EnterpriseReport';
import { EnterpriseResultPage } from './EnterpriseResultPage';
import { EnterprisesPage } from './EnterprisesPage';
import { EnterpriseView } from './EnterpriseView';
import { AssignmentsPage } from './AssignmentsPage';
import { EnterpriseAccountsPage } from './accounts/EnterpriseAccountsPage';
import { AuditPage } from './AuditPage';
import { CasesPage } from './CasesPage';
import { DisagreementsPage } from './DisagreementsPage';
import { FrameworkDiffPage } from './FrameworkDiffPage';
import { FrameworkEditPage } from './FrameworkEditPage';
import { FrameworkPage } from './FrameworkPage';
import { FrameworksPage } from './FrameworksPage';
import { FinderPage } from './finder/FinderPage';
import { FreshnessPage } from './FreshnessPage';
import { HomeRedirect } from './HomeRedirect';
import { ProgressPage } from './ProgressPage';
import { QualityPage } from './QualityPage';
import { RectificationsPage } from './RectificationsPage';
import { ReportsPage } from './ReportsPage';
import { RequestsPage } from './RequestsPage';
import { ResultsPage } from './ResultsPage';
import { ReviewQueuePage } from './review/ReviewQueuePage';
import { RoundPage } from './RoundPage';
import { RoundsPage } from './RoundsPage';
import { StreetsPage } from './StreetsPage';
import { ToScorePage } from './ToScorePage';
import { UsersPage } from './UsersPage';

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
