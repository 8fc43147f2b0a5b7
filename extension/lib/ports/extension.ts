// The extension's adapters for the UI's ports: WXT's i18n over browser.i18n (extension-messages.ts), and
// browser.storage with the bearer token (extension-session.ts). Every extension page and the background import
// this module first, so the ports are there before any module uses them.
import './extension-messages';
import './extension-session';
