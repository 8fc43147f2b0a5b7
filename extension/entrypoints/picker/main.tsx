// The clip picker page, shown in an iframe over the page the user clips from.
import { render } from 'preact';
import '../../assets/ui.css';
import { ClipPicker } from '../../components/ClipPicker';

const draftId = decodeURIComponent(location.hash.slice(1));
render(<ClipPicker draftId={draftId} />, document.getElementById('app')!);
