// The clip picker page, shown in an iframe over the page the user clips from.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import { ClipPicker } from '../../components/ClipPicker';

const draftId = decodeURIComponent(location.hash.slice(1));
render(<ClipPicker draftId={draftId} />, document.getElementById('app')!);
