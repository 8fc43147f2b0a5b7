// A Preact hook over the server setting, for pages that show or use the worker's address.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { serverSetting, type ServerSetting } from './server-address';
import { serverUrl } from './storage';

/** The server setting, current: re-read when the user saves an address or the policy changes. */
export function useServerSetting(): ServerSetting | undefined {
  const [setting, setSetting] = useState<ServerSetting>();
  useEffect(() => {
    const reload = () => void serverSetting().then(setSetting);
    reload();
    const unwatch = serverUrl.watch(reload);
    const onPolicy = (_changes: unknown, area: string) => area === 'managed' && reload();
    browser.storage.onChanged.addListener(onPolicy);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onPolicy);
    };
  }, []);
  return setting;
}
