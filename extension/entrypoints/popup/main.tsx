// The toolbar popup.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { Popup } from '../../components/Popup';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<Popup />, document.getElementById('app')!));
