// The console: a full tab for running rounds (admins, coordinators, evaluators) and for enterprise staff.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import '../../assets/console.css';
import { ConsoleApp } from '../../components/console/ConsoleApp';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<ConsoleApp />, document.getElementById('app')!));
