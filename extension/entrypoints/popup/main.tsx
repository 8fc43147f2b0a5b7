// The toolbar popup.
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { Popup } from '../../components/Popup';

// Times show in the user's chosen zone from the first render on.
void loadTimeZone().then(() => render(<Popup />, document.getElementById('app')!));
