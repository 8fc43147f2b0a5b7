/** For reviewers: the evidence whose source an enterprise or its street's coordinator could not open, newest first,
 * each with who flagged it, their note (as text) and a link to the source to check. */
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { formatDateTime } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';

export function SourceFlagList({ round }: { round: Round }) {
  const flags = useLoad(() => request((api) => api.api.v1.rounds[':roundId']['source-flags'].$get({ param: { roundId: String(round.id) } })), [round.id]);
  const items = flags.value?.items ?? [];
  return (
    <details class="source-flags" data-testid="source-flags">
      <summary>{i18n.t('sourceFlags.title', [String(items.length)])}</summary>
      <LoadState loaded={flags} />
      {flags.value && items.length === 0 && <p class="muted">{i18n.t('sourceFlags.none')}</p>}
      <ul>
        {items.map((f) => {
          const url = httpUrlOrNull(f.url);
          return (
            <li key={f.id} data-evidence-id={f.evidenceId}>
              <strong>{f.enterpriseName}</strong> · <span class="code">{f.indicatorCode}</span> · {url ? <a href={url} target="_blank" rel="noopener noreferrer">{f.title}</a> : f.title}
              <br />
              <span class="muted">{i18n.t(`sourceFlags.by_${f.role}`, [formatDateTime(f.flaggedAt)])}</span>
              {f.note && <p class="anywhere">{f.note}</p>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
