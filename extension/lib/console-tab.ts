// Opens the web console of the configured server in a tab (or brings an open one to the front), at one of its pages
// when asked, signed in as the extension's user through a one-time handoff code (ADR-013).
import { browser } from 'wxt/browser';
import { request } from './api';
import { withHandoff } from './console-handoff';
import { routeUrl, type ConsoleRoute } from './console-route';
import { sessionPort } from './ports/session';
import { serverAddress } from './server-address';

/** The web console's URL of a route on the server: the one place that knows how routes become URLs. */
const consolePage = (server: string, route: ConsoleRoute) => `${server.replace(/\/+$/, '')}${routeUrl(route)}`;

/** A fresh one-time code for the signed-in user, or null (signed out, offline): the console then shows its sign-in. */
async function handoffCode(): Promise<string | null> {
  if (!(await sessionPort().session.getValue())?.token) return null;
  const minted = await request((api) => api.api.v1.sessions.handoff.$post());
  return minted.ok ? minted.value.code : null;
}

export async function openConsole(route: ConsoleRoute = { page: 'home' }) {
  const server = await serverAddress();
  const [page, code] = [consolePage(server, route), await handoffCode()];
  const target = code ? withHandoff(page, code) : page;
  // Matched by origin rather than a match pattern, which cannot name a port; the "tabs" permission shows every URL.
  const origin = new URL(page).origin;
  const [open] = (await browser.tabs.query({})).filter((tab) => tab.url && URL.canParse(tab.url) && new URL(tab.url).origin === origin);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, url: target });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: target });
}
