// The source port: how a console page opens the source a piece of evidence came from. The console runs on the web
// (ADR-013): through the extension when it is installed and set to the console's server (the quote found and
// highlighted, the outcome reported, as in the side panel), else the source's URL in a new tab.
import { httpUrlOrNull } from '../../../shared/domain/url';
import type { Evidence } from '../../../shared/schemas/evidence';
import { onBridge, postBridge } from '../console-bridge';
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

/** How long the extension may take to open a page and look for the quote before the console stops waiting. */
const EXTENSION_ANSWER_MS = 30_000;

let viaExtension: SourcePort | null = null;

/** Listens for the extension on the console's page; from its first "here" on, sources open through it. */
export function offerExtensionSource() {
  const waiting = new Map<string, (result: Result<Evidence | null>) => void>();
  let asked = 0;
  onBridge((message) => {
    if (message.kind === 'here') viaExtension ??= { open };
    if (message.kind === 'opened') waiting.get(message.ask)?.(message.result);
  });
  const open = (evidence: Evidence) =>
    new Promise<Result<Evidence | null>>((resolve) => {
      const ask = String(++asked);
      const answer = (result: Result<Evidence | null>) => {
        waiting.delete(ask);
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => answer(fail('network', i18n.t('sidepanel.sourceUnreadable'))), EXTENSION_ANSWER_MS);
      waiting.set(ask, answer);
      postBridge({ kind: 'open', ask, evidence });
    });
  postBridge({ kind: 'hello' });
}

export const sourcePort = (): SourcePort => viaExtension ?? inNewTab;
