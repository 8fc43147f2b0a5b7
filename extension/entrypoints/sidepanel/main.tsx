// The side panel (Chrome) / sidebar (Firefox): the evaluation state of the enterprise at hand.
import { render } from 'preact';
import '../../assets/ui.css';
import { SidePanel } from '../../components/SidePanel';

render(<SidePanel />, document.getElementById('app')!);
