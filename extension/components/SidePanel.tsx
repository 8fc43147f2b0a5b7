/** The side panel (Chrome) / sidebar (Firefox): the evaluation state of the enterprise at hand — found from the
 * active tab's site or by search — kept live while the panel is open. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { Me } from '../../shared/schemas/auth';
import type { DetectionBasis } from '../../shared/schemas/enterprise-detection';
import type { Round } from '../../shared/schemas/round';
import { PanelContext, type PanelContextValue } from '../lib/panel-context';
import type { PanelStart } from '../lib/panel-start';
import type { Failure } from '../lib/result';
import { usePanelLayout } from '../lib/panel-layout';
import { cachedRound, resolveRound } from '../lib/rounds';
import { roleIn } from '../lib/console-sections';
import { sessionItem } from '../lib/storage';
import { findEnterprises, useActiveTabEnterprise } from '../lib/use-active-tab-enterprise';
import { useFirstTrue } from '../lib/use-first-true';
import { usePanelState } from '../lib/use-panel-state';
import { useStored } from '../lib/use-stored';
import { EnterpriseField, type EnterpriseRef } from './EnterpriseField';
import { ErrorNote } from './ErrorNote';
import { PanelBody } from './PanelBody';
import { ReviewerQueueSummary } from './ReviewerQueueSummary';
import { SessionBanner } from './SessionBanner';
import { SignInForm } from './SignInForm';
import { SyncStatus } from './SyncStatus';

/** Reviewers (administrators among them) have a queue of the round's pending evidence. */
const reviews = (me: Me, roundId: number) => me.isAdmin || roleIn(me, roundId) === 'reviewer';

/** `start`: what the page read as it loaded (the session, the round and the page's enterprise as kept from last time),
 * so that the first render asks for the panel's state; the worker's answers follow and win. */
export function SidePanel({ start }: { start?: PanelStart }) {
  const session = useStored(sessionItem, start?.session);
  const [round, setRound] = useState<Round | null>(start?.round ?? null);
  const [enterprise, setEnterprise] = useState<EnterpriseRef | null>(start?.enterprise ? { id: start.enterprise.id, name: start.enterprise.name } : null);
  /** Why the enterprise shown is the active tab's; null once the user picked one. */
  const [basis, setBasis] = useState<DetectionBasis | null>(start?.enterprise?.basis ?? null);
  const [error, setError] = useState<Failure | null>(null);

  // Read early, beside the round and the enterprise, so the tree does not wait for it.
  const layout = usePanelLayout(session?.user.id ?? 0);

  /** Whether the active tab was looked at: the reviewer's queue summary waits for it, so it never races the panel of an enterprise's site. */
  const [looked, setLooked] = useState(false);
  const target = round && enterprise ? { roundId: round.id, enterpriseId: enterprise.id, framework: round.framework } : null;
  const { state, sync, refresh, update } = usePanelState(target);
  const shown = state && enterprise && state.enterprise.id === enterprise.id ? state : null;
  const [cardsShown, setCardsShown] = useState(false);
  // The worker's checks of what the panel kept (the round, the page's enterprise) wait until its first state's cards
  // are on screen, or it settled without one: asked at once, they slowed the state's own request down (three at once
  // on the worker), and asked when the state arrived, they ran beside the cards' rendering.
  const settled = useFirstTrue(cardsShown || sync.error !== null || sync.offline || error !== null || (looked && !enterprise));

  useEffect(() => {
    if (!session) return;
    void (async () => {
      // The round kept from last time starts the panel at once; the worker's answer follows and wins.
      const cached = await cachedRound();
      if (cached) {
        setRound((current) => current ?? cached);
        await settled;
      }
      const resolved = await resolveRound();
      if (resolved.ok) setRound(resolved.value);
      else setError(resolved.error);
    })();
  }, [session?.token]);
  useActiveTabEnterprise(
    round,
    session?.user.id ?? 0,
    (found) => {
      setEnterprise((current) => (current?.id === found.id ? current : { id: found.id, name: found.name }));
      setBasis(found.basis);
    },
    () => setLooked(true),
    settled,
  );
  const pick = (picked: EnterpriseRef | null) => {
    setEnterprise(picked);
    setBasis(null);
  };

  const context = useMemo<PanelContextValue | null>(
    () => (shown ? { viewer: shown.viewer, roundId: shown.round.id, enterpriseId: shown.enterprise.id, refresh, update } : null),
    [shown?.viewer, shown?.round.id, shown?.enterprise.id, refresh, update],
  );

  if (session === undefined) return null;
  if (!session) return <main class="panel"><SignInForm /></main>;

  return (
    <main class="panel">
      <SessionBanner onSignedIn={() => void refresh()} />
      <header class="row">
        <h1 class="grow">{i18n.t('sidepanel.title')}</h1>
      </header>
      {error && <ErrorNote error={error} />}
      {round && <EnterpriseField value={enterprise} basis={basis} onChange={pick} search={(q) => findEnterprises(round.id, { q })} />}
      {!enterprise && <p class="muted">{i18n.t('sidepanel.noEnterprise')}</p>}
      {!enterprise && looked && round && reviews(session.user, round.id) && <ReviewerQueueSummary round={round} />}
      {target && <SyncStatus sync={sync} onRefresh={() => void refresh()} />}
      {sync.error && <ErrorNote error={sync.error} />}
      {shown && context && (
        <PanelContext.Provider value={context}>
          <PanelBody state={shown} layout={layout} onCardsShown={() => setCardsShown(true)} />
        </PanelContext.Provider>
      )}
    </main>
  );
}
