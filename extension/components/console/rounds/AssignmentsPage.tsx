/** The round's experts against its dimensions: who scores what, switched cell by cell, with the coverage gaps. */
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { ok } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { AssignmentMatrix } from './AssignmentMatrix';
import { CoverageGaps } from './CoverageGaps';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

async function loadAssignments(roundId: number) {
  const param = { roundId: String(roundId) };
  const loaded = await allOk([
    request((api) => api.api.v1.rounds[':roundId'].members.$get({ param, query: { limit: '500' } })),
    request((api) => api.api.v1.rounds[':roundId'].assignments.$get({ param })),
    request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param })),
    request((api) => api.api.v1.rounds[':roundId'].coverage.$get({ param })),
  ]);
  if (!loaded.ok) return loaded;
  const [members, assignments, indicators, coverage] = loaded.value;
  return ok({
    experts: members.items.filter((m) => m.role === 'expert'),
    assignments: assignments.items,
    dimensions: indicators.items.filter((n) => n.level === 1),
    coverage,
  });
}

export function AssignmentsPage({ round }: { round: Round }) {
  const loaded = useLoad(() => loadAssignments(round.id), [round.id]);
  const editable = ['preparing', 'collecting', 'scoring', 'reviewing'].includes(round.status);
  return (
    <section>
      <PageHeader title={i18n.t('console.assignments.title')} subtitle={localized(round.name)} />
      <LoadState loaded={loaded} />
      {loaded.value && (
        <>
          <CoverageGaps coverage={loaded.value.coverage} />
          <AssignmentMatrix round={round} editable={editable} {...loaded.value} onChanged={loaded.reload} />
        </>
      )}
    </section>
  );
}
