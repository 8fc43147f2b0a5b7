// The console: a full tab for running rounds (admins, coordinators, evaluators) and for enterprise staff.
import { render } from 'preact';
import '../../assets/ui.css';
import '../../assets/console.css';
import { ConsoleApp } from '../../components/console/ConsoleApp';

render(<ConsoleApp />, document.getElementById('app')!);
