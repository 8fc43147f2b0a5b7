/** Which ranking to show (overall, within each street or industry) and which enterprises: a street, an industry, a grade. */
import { i18n } from '../../../lib/ports/messages';
import { industryCodes, type Industry } from '../../../../shared/industries';
import { ResultsQuery } from '../../../../shared/schemas/result';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { industryLabel } from '../../../lib/labels';
import { useLoad } from '../../../lib/use-load';
import type { QueryValues } from '../../../lib/use-query-state';

/** The ranking's filter in the URL (`?by=street&streetId=3`), read as the worker reads it. */
export const rankingQuery = ResultsQuery.pick({ by: true, streetId: true, industry: true, grade: true }).shape;
export type RankingFilter = QueryValues<typeof rankingQuery>;
export type RankingFiltersProps = { round: Round; grades: string[]; value: RankingFilter; onChange: (filter: RankingFilter) => void };

export function RankingFilters({ round, grades, value, onChange }: RankingFiltersProps) {
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param: { roundId: String(round.id) } })), [round.id]);
  // The round's streets, in official order, as its progress lists them.
  const streets = progress.value?.streets ?? [];
  const set = (change: Partial<RankingFilter>) => onChange({ ...value, ...change });
  return (
    <div class="row filters" data-testid="ranking-filters">
      <label for="rank-by">{i18n.t('console.results.rankBy')}</label>
      <select id="rank-by" value={value.by} onChange={(e) => set({ by: e.currentTarget.value as RankingFilter['by'] })}>
        {(['overall', 'street', 'industry'] as const).map((by) => <option key={by} value={by}>{i18n.t(`console.results.by_${by}`)}</option>)}
      </select>
      <select aria-label={i18n.t('console.enterprises.street')} value={value.streetId ?? ''} onChange={(e) => set({ streetId: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}>
        <option value="">{i18n.t('console.results.allStreets')}</option>
        {streets.map((s) => <option key={s.streetId} value={s.streetId}>{s.street}</option>)}
      </select>
      <select aria-label={i18n.t('console.enterprises.industry')} value={value.industry ?? ''} onChange={(e) => set({ industry: (e.currentTarget.value || undefined) as Industry | undefined })}>
        <option value="">{i18n.t('console.enterprises.allIndustries')}</option>
        {industryCodes.map((code) => <option key={code} value={code}>{industryLabel(code)}</option>)}
      </select>
      <select aria-label={i18n.t('console.results.grade')} value={value.grade ?? ''} onChange={(e) => set({ grade: e.currentTarget.value || undefined })}>
        <option value="">{i18n.t('console.results.allGrades')}</option>
        {grades.map((g) => <option key={g} value={g}>{g}</option>)}
      </select>
    </div>
  );
}
