/** When the panel last heard from the worker (hh:mm:ss), whether it is offline, and a way to ask now. */
import { i18n } from '../lib/ports/messages';
import { formatTime } from '../lib/locale';
import type { PanelSync } from '../lib/use-panel-state';

export type SyncStatusProps = { sync: PanelSync; onRefresh: () => void };

export function SyncStatus({ sync, onRefresh }: SyncStatusProps) {
  return (
    <div class="row muted sync-status" data-testid="sync-status" data-offline={sync.offline}>
      <span aria-live="polite">{sync.offline && <span class="badge bad" data-testid="offline">{i18n.t('panel.sync.offline')}</span>}</span>
      <span class="grow" data-testid="last-synced">
        {sync.lastSyncedAt ? i18n.t('panel.sync.lastSynced', [formatTime(sync.lastSyncedAt)]) : i18n.t('panel.sync.never')}
      </span>
      <button type="button" data-testid="refresh" onClick={onRefresh}>{i18n.t('sidepanel.refresh')}</button>
    </div>
  );
}
