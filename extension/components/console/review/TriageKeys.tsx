/** The keyboard triage's keys, listed on the page so nobody has to guess them. */
import { i18n } from '../../../lib/ports/messages';
import { TRIAGE_KEYS } from '../../../lib/triage-keys';

export function TriageKeys() {
  return (
    <section aria-labelledby="triage-keys-title" data-testid="triage-keys">
      <h3 id="triage-keys-title">{i18n.t('reviewQueue.keysTitle')}</h3>
      <dl class="triage-keys">
        {TRIAGE_KEYS.map(([key, action]) => (
          <div key={key} class="row">
            <dt><kbd>{key}</kbd></dt>
            <dd>{i18n.t(`reviewQueue.key_${action}`)}</dd>
          </div>
        ))}
      </dl>
      <p class="muted tight">{i18n.t('reviewQueue.keysNote')}</p>
    </section>
  );
}
