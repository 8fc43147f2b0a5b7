/** The expert's queue of "indicators with suggestions and no evidence": per enterprise of their assignment, the
 * indicators where the finder proposes passages and nothing has been clipped or confirmed yet (paged). The
 * suggestions themselves are decided in the side panel, on the enterprise's page. */
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { Pager } from '../common/Pager';

const PAGE = 50;

export function UnevidencedSuggestions({ round }: { round: Round }) {
  const pages = useCursorPages([round.id]);
  const list = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].finder.unevidenced.$get({ param: { roundId: String(round.id) }, query: { limit: String(PAGE), ...(pages.cursor && { cursor: pages.cursor }) } })),
    [round.id, pages.cursor],
  );
  return (
    <section data-testid="finder-unevidenced">
      <h3>{i18n.t('finderConsole.unevidencedTitle')}</h3>
      <p class="muted">{i18n.t('finderConsole.unevidencedHint')}</p>
      <LoadState loaded={list} />
      {list.value && list.value.items.length > 0 && (
        <table class="data">
          <tbody>
            {list.value.items.map((item) => (
              <tr key={item.enterpriseId} data-enterprise-id={item.enterpriseId}>
                <td>{item.name}</td>
                <td data-testid="unevidenced-indicators">{item.indicators.map((i) => <span key={i.id} class="badge code">{i.code}</span>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pages={pages} nextCursor={list.value?.nextCursor} empty={list.value?.items.length === 0} total={list.value?.total} pageSize={PAGE} />
    </section>
  );
}
