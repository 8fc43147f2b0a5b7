// The side panel (Chrome) / sidebar (Firefox): the evaluation state of the enterprise at hand.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { loadTimeZone } from '../../lib/locale';
import { SidePanel } from '../../components/SidePanel';
import { readPanelStart } from '../../lib/panel-start';

// Times show in the user's chosen zone from the first render on; what the panel kept from last time, read beside it,
// lets that render show the enterprise's state asked for meanwhile.
void Promise.all([loadTimeZone(), readPanelStart()]).then(([, start]) => render(<SidePanel start={start} />, document.getElementById('app')!));
