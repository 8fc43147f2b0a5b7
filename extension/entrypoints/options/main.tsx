// The options page: server address and sign-in.
import { render } from 'preact';
import '../../assets/ui.css';
import { OptionsPage } from '../../components/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
