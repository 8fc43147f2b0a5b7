// The extension's session storage adapter: browser.storage items and the bearer token, requests to the configured server.
import { serverAddress } from '../server-address';
import { currentRoundId, displayTimeZone, sessionExpired, sessionItem } from '../storage';
import { provideSession } from './session';

provideSession({ transport: 'bearer', server: serverAddress, session: sessionItem, expired: sessionExpired, currentRoundId, displayTimeZone });
