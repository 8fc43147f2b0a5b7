/** The worker's address: the user's to set, or shown locked when the district's policy sets it. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { ServerUrl } from '../../shared/schemas/managed';
import { useServerSetting } from '../lib/use-server-setting';
import { serverUrl } from '../lib/storage';

export function ServerAddressForm() {
  const setting = useServerSetting();
  // What the user typed; until then the current address (never copied over what they are typing).
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!setting) return null;
  const locked = setting.locked;
  const value = locked ? setting.url : (typed ?? setting.url);

  const save = async (event: Event) => {
    event.preventDefault();
    const url = ServerUrl.safeParse(value);
    if (!url.success) return setMessage({ ok: false, text: i18n.t('options.serverInvalid') });
    await serverUrl.setValue(url.data);
    setMessage({ ok: true, text: i18n.t('options.serverSaved') });
  };

  return (
    <form onSubmit={save}>
      <label for="server-url">{i18n.t('options.server')}</label>
      <div class="row">
        <input id="server-url" type="url" class="grow" value={value} readOnly={locked} aria-describedby="server-hint" onInput={(e) => setTyped(e.currentTarget.value)} />
        {!locked && <button type="submit">{i18n.t('common.save')}</button>}
      </div>
      {locked ? (
        <p class="muted" id="server-hint" data-testid="server-locked">{i18n.t('options.serverLocked')}</p>
      ) : (
        <p class="muted" id="server-hint">{i18n.t('options.serverHint')}</p>
      )}
      {setting.policyInvalid && <p class="error" role="alert">{i18n.t('options.serverPolicyInvalid')}</p>}
      {message && <p class={message.ok ? 'ok' : 'error'} role="status">{message.text}</p>}
    </form>
  );
}
