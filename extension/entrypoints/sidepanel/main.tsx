// The side panel (Chrome) / sidebar (Firefox): the evaluation state of the enterprise at hand.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { SidePanel } from '../../components/SidePanel';
import { sessionItem } from '../../lib/storage';

// Times show in the user's chosen zone from the first render on; the session, read beside it, lets that render
// start the panel's own reads (the round, the layout) instead of waiting for one more read.
void Promise.all([loadTimeZone(), sessionItem.getValue()]).then(([, session]) => render(<SidePanel initialSession={session} />, document.getElementById('app')!));
