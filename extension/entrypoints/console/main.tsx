// The console: a full tab for running rounds (admins, coordinators, evaluators) and for enterprise staff.
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import '../../assets/console.css';
import { ConsoleApp } from '../../components/console/ConsoleApp';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<ConsoleApp />, document.getElementById('app')!));
