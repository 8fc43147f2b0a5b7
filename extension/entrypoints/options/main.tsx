// The options page: server address and sign-in.
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { OptionsPage } from '../../components/OptionsPage';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<OptionsPage />, document.getElementById('app')!));
