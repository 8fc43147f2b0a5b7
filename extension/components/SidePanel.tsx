/** The evaluation state of one enterprise: found from the active tab's site or by search, evidence by indicator. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { leavesInOrder } from '../../shared/domain/indicator-tree';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { Evidence } from '../../shared/schemas/evidence';
import type { IndicatorNode, Round } from '../../shared/schemas/round';
import { request } from '../lib/api';
import { localized } from '../lib/locale';
import { sourceOfTab } from '../lib/pdf-viewer-url';
import type { Failure } from '../lib/result';
import { resolveRound } from '../lib/rounds';
import { sessionItem } from '../lib/storage';
import { useStored } from '../lib/use-stored';
import { EnterpriseField, type EnterpriseRef } from './EnterpriseField';
import { ErrorNote } from './ErrorNote';
import { EvidenceCard } from './EvidenceCard';
import { SessionBanner } from './SessionBanner';
import { SignInForm } from './SignInForm';

const findEnterprises = async (roundId: number, query: { host?: string; q?: string }) => {
  const found = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query }));
  return found.ok ? found.value.items : [];
};

/** Follows the active tab: when it shows a registered enterprise's site, that enterprise is shown. */
function useActiveTabEnterprise(round: Round | null, onFound: (e: EnterpriseSummary) => void) {
  useEffect(() => {
    if (!round) return;
    const sync = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const source = sourceOfTab(tab?.url);
      if (!source) return;
      const [found] = await findEnterprises(round.id, { host: new URL(source).hostname });
      if (found) onFound(found);
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
      if (tab.active && (change.url || change.status === 'complete')) void sync();
    };
    const onActivated = () => void sync();
    void sync();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [round?.id]);
}

export function SidePanel() {
  const session = useStored(sessionItem);
  const [round, setRound] = useState<Round | null>(null);
  const [indicators, setIndicators] = useState<IndicatorNode[]>([]);
  const [enterprise, setEnterprise] = useState<EnterpriseRef | null>(null);
  const [evidence, setEvidence] = useState<Evidence[] | null>(null);
  const [error, setError] = useState<Failure | null>(null);

  useEffect(() => {
    if (!session) return;
    void (async () => {
      const resolved = await resolveRound();
      if (!resolved.ok) return setError(resolved.error);
      setRound(resolved.value);
      const tree = await request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param: { roundId: String(resolved.value.id) } }));
      if (tree.ok) setIndicators(tree.value.items);
    })();
  }, [session?.token]);

  useActiveTabEnterprise(round, (found) => setEnterprise((current) => (current?.id === found.id ? current : { id: found.id, name: found.name })));

  const loadEvidence = async () => {
    if (!round || !enterprise) return;
    const list = await request((api) =>
      api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].evidence.$get({ param: { roundId: String(round.id), enterpriseId: String(enterprise.id) } }),
    );
    if (!list.ok) return setError(list.error);
    setError(null);
    setEvidence(list.value.items);
  };
  useEffect(() => void loadEvidence(), [round?.id, enterprise?.id]);

  /** A card's evidence after an edit, a jump back or a withdrawal (null). */
  const replaceEvidence = (id: number, changed: Evidence | null) =>
    setEvidence((list) => list && list.flatMap((item) => (item.id !== id ? [item] : changed ? [changed] : [])));

  const groups = useMemo(() => {
    const byIndicator = new Map<number, Evidence[]>();
    for (const item of evidence ?? []) byIndicator.set(item.indicatorId, [...(byIndicator.get(item.indicatorId) ?? []), item]);
    return leavesInOrder(indicators)
      .filter((indicator) => byIndicator.has(indicator.id))
      .map((indicator) => ({ indicator, items: byIndicator.get(indicator.id)! }));
  }, [evidence, indicators]);

  if (session === undefined) return null;
  if (!session) return <main style={{ padding: '12px' }}><SignInForm /></main>;

  return (
    <main style={{ padding: '10px 12px' }}>
      <SessionBanner onSignedIn={() => void loadEvidence()} />
      <header class="row">
        <h1 class="grow">{i18n.t('sidepanel.title')}</h1>
        <button type="button" onClick={() => void loadEvidence()}>{i18n.t('sidepanel.refresh')}</button>
      </header>
      {round && <p class="muted" data-testid="round-name">{localized(round.name)}</p>}
      {error && <ErrorNote error={error} />}
      {round && (
        <EnterpriseField
          value={enterprise}
          detected={false}
          onChange={setEnterprise}
          search={(q) => findEnterprises(round.id, { q })}
        />
      )}
      {!enterprise && <p class="muted">{i18n.t('sidepanel.noEnterprise')}</p>}
      {enterprise && evidence && (
        <>
          <p class="muted" data-testid="evidence-count">{i18n.t('sidepanel.evidenceCount', [String(evidence.length)])}</p>
          {groups.length === 0 && <p class="muted">{i18n.t('sidepanel.noEvidence')}</p>}
          {groups.map(({ indicator, items }) => (
            <section key={indicator.id} data-indicator-code={indicator.code} style={{ marginTop: '12px' }}>
              <h2 class="row">
                <span class="code">{indicator.code}</span>
                <span class="grow">{localized(indicator.name)}</span>
                <span class="badge">{items.length}</span>
              </h2>
              {items.map((item) => (
                <EvidenceCard key={item.id} evidence={item} meId={session.user.id} onChange={(changed) => replaceEvidence(item.id, changed)} />
              ))}
            </section>
          ))}
        </>
      )}
    </main>
  );
}
