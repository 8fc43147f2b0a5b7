// The console: a full tab for running rounds (admins, coordinators, evaluators) and for enterprise staff.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import '../../assets/console.css';
import { ConsoleApp } from '../../components/console/shell/ConsoleApp';
import { linkRoutesOnHash } from '../../lib/console-location';
import { HashLocation } from '../../lib/hash-location';
import { sendMessage } from '../../lib/messaging';
import { provideSource } from '../../lib/ports/source';

// Sources open as the side panel's evidence cards open them: the page brought forward, the quote highlighted.
provideSource({ open: (evidence) => sendMessage('openEvidenceSource', { evidence }) });

// A chrome-extension page has no server that falls back to it for other paths: its routes stay in the hash.
linkRoutesOnHash();

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() =>
  render(
    <HashLocation>
      <ConsoleApp />
    </HashLocation>,
    document.getElementById('app')!,
  ),
);
