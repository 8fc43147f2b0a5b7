/** 待评分: an expert's queue across the round — the slots of their assignment still to score, ready ones first,
 * with the counts — and, in a second tab, their clips a reviewer rejected or moved, so nothing is lost. */
import { z } from 'zod';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';
import { useQueryState } from '../../../lib/use-query-state';
import { MyClipsList } from './MyClipsList';
import { PageHeader } from '../common/PageHeader';
import { ToScoreList } from './ToScoreList';

type Tab = 'to-score' | 'my-clips';
/** The tab in the URL (`?tab=my-clips`). */
const tabQuery = { tab: z.enum(['to-score', 'my-clips']).default('to-score') };

export function ToScorePage({ round }: { round: Round }) {
  const [{ tab }, setQuery] = useQueryState(tabQuery);
  const setTab = (to: Tab) => setQuery({ tab: to });
  const tabButton = (to: Tab, label: string) => (
    <button type="button" role="tab" data-testid={`tab-${to}`} aria-selected={tab === to} class={tab === to ? 'primary' : undefined} onClick={() => setTab(to)}>
      {label}
    </button>
  );
  return (
    <section data-testid="to-score-page">
      <PageHeader title={i18n.t('console.nav.toScore')} subtitle={localized(round.name)} />
      <div class="row" role="tablist">
        {tabButton('to-score', i18n.t('toScoreQueue.tabToScore'))}
        {tabButton('my-clips', i18n.t('toScoreQueue.tabMyClips'))}
      </div>
      {tab === 'to-score' ? <ToScoreList round={round} /> : <MyClipsList round={round} />}
    </section>
  );
}
