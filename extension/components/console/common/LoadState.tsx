/** What a page shows while its data loads or when loading failed. */
import { i18n } from '../../../lib/ports/messages';
import type { Loaded } from '../../../lib/use-load';
import { ErrorNote } from '../../ErrorNote';

export function LoadState({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.error) return <ErrorNote error={loaded.error} />;
  if (loaded.value === undefined) return <p class="muted">{i18n.t('common.loading')}</p>;
  return null;
}
