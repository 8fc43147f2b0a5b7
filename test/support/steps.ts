// Steps of the journeys that are the same in every browser, on the extension's own pages (see surface.ts).
import type { Surface } from './surface';

/** On the options page: points the extension at the test worker and signs in. */
export async function signInOnOptions(options: Surface, serverUrl: string, login: string, password: string) {
  await options.fill('#server-url', serverUrl);
  await options.press('#server-url', 'Enter');
  await options.waitFor('[role="status"]', { text: '服务器地址已保存' });
  await signIn(options, login, password);
}

/** The sign-in form of any page (options, popup, the picker's "sign in again"). */
export async function signIn(form: Surface, login: string, password: string) {
  await form.fill('#login', login);
  await form.fill('#password', password);
  await form.press('#password', 'Enter');
  await form.waitFor('[data-testid="signed-in-as"]');
}

/** In the picker: chooses an indicator by its code. */
export async function chooseIndicator(picker: Surface, code: string) {
  await picker.fill('#indicator-search', code);
  await picker.press('#indicator-search', 'Enter');
  await picker.waitFor('[data-testid="chosen-indicator"]', { text: code, timeout: 5_000 });
}

/** In the picker: once the enterprise is known, chooses the indicator and saves (Ctrl+Enter), as a keyboard user does. */
export async function chooseIndicatorAndSave(picker: Surface, code: string) {
  await picker.waitFor('[data-testid="enterprise-name"]', { timeout: 15_000 });
  await chooseIndicator(picker, code);
  await picker.press('#indicator-search', 'Control+Enter');
}
