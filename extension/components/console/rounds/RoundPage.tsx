/** One round for its administrator: where it is in its lifecycle and what moves it on, who is enrolled, and who takes part. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';
import type { ConsoleContext } from '../shell/console-context';
import { EnrolledSummary } from './EnrolledSummary';
import { EnrolmentForm } from './EnrolmentForm';
import { MemberPanel } from './MemberPanel';
import { PageHeader } from '../common/PageHeader';
import { RoundLifecycle } from './RoundLifecycle';

export function RoundPage({ round, context }: { round: Round; context: ConsoleContext }) {
  const enrolling = round.status === 'preparing' || round.status === 'collecting';
  // Bumped by each enrolment so the summary counts again.
  const [enrolments, setEnrolments] = useState(0);
  return (
    <section>
      <PageHeader title={localized(round.name)} subtitle={i18n.t('console.rounds.pinned', [`${round.framework.code} v${round.framework.version}`, String(round.year)])} />
      <RoundLifecycle round={round} onChanged={context.reloadRounds} />
      <h2>{i18n.t('console.enrol.title')}</h2>
      <EnrolledSummary round={round} generation={enrolments} />
      {enrolling ? <EnrolmentForm round={round} onEnrolled={() => setEnrolments((n) => n + 1)} /> : <p class="muted">{i18n.t('console.enrol.closed')}</p>}
      <MemberPanel round={round} />
    </section>
  );
}
