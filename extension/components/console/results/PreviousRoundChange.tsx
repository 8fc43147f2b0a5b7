/** The change since the enterprise's previous published round on the same standard: total, grade, rank, each dimension. */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseResult } from '../../../../shared/schemas/result';
import { difference, score } from '../../../lib/labels';
import { localized } from '../../../lib/locale';

export function PreviousRoundChange({ result }: { result: EnterpriseResult }) {
  const previous = result.previous;
  if (!previous) return <p class="muted" data-testid="previous-round">{i18n.t('console.results.noPrevious')}</p>;
  const s = result.summary;
  return (
    <section data-testid="previous-round">
      <h2>{i18n.t('console.results.sincePrevious', [localized(previous.round.name)])}</h2>
      <table class="data compact">
        <thead>
          <tr>
            <th />
            <th class="num">{previous.round.year}</th>
            <th class="num">{i18n.t('console.results.now')}</th>
            <th class="num">{i18n.t('console.results.change')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{i18n.t('console.results.total')}</th>
            <td class="num">{score(previous.total)}</td>
            <td class="num">{score(s.total)}</td>
            <td class="num">{difference(s.total, previous.total)}</td>
          </tr>
          <tr>
            <th scope="row">{i18n.t('console.results.grade')}</th>
            <td class="num">{previous.grade ?? '—'}</td>
            <td class="num">{s.grade ?? '—'}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">{i18n.t('console.results.rank')}</th>
            <td class="num">{previous.rankOverall ?? '—'}</td>
            <td class="num">{s.rankOverall ?? '—'}</td>
            <td />
          </tr>
          {result.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{localized(d.name)}</th>
              <td class="num">{score(d.previousScore)}</td>
              <td class="num">{score(d.score)}</td>
              <td class="num">{difference(d.score, d.previousScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {previous.rectifications.length > 0 && (
        <p class="muted">{i18n.t('console.results.previousTasks', [String(previous.rectifications.length), String(previous.rectifications.filter((t) => ['verified', 'closed'].includes(t.status)).length)])}</p>
      )}
    </section>
  );
}
