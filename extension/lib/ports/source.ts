// The source port: how a page opens the source a piece of evidence came from. The extension's console provides the
// side panel's jump back (the page opened or brought forward, the quote found and highlighted, the outcome reported);
// without it (the web console) the source's URL opens in a new tab.
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

let provided: SourcePort = inNewTab;

export function provideSource(port: SourcePort): void {
  provided = port;
}

export const sourcePort = (): SourcePort => provided;
