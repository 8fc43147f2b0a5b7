// The source port: how a console page opens the source a piece of evidence came from. The console runs only on the
// web (the extension opens it there, ADR-013), outside the extension's runtime: the source's URL opens in a new tab,
// without the side panel's highlight.
import { httpUrlOrNull } from '../../../shared/domain/url';
import type { Evidence } from '../../../shared/schemas/evidence';
import { fail, ok, type Result } from '../result';
import { i18n } from './messages';

/** Opens the evidence's source; answers the evidence as the worker now has it when the jump back reported on it. */
export type SourcePort = { open(evidence: Evidence): Promise<Result<Evidence | null>> };

/** No extension runtime: the source in a new tab, without the highlight. */
const inNewTab: SourcePort = {
  open: async (evidence) => {
    const url = httpUrlOrNull(evidence.url);
    if (!url) return fail('validation_failed', i18n.t('sidepanel.noSource'));
    window.open(url, '_blank', 'noopener');
    return ok(null);
  },
};

export const sourcePort = (): SourcePort => inNewTab;
