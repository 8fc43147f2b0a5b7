// The options page: server address and sign-in.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { OptionsPage } from '../../components/OptionsPage';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<OptionsPage />, document.getElementById('app')!));
