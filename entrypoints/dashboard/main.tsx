import { render } from 'preact';
import { Dashboard } from './App';

render(<Dashboard />, document.getElementById('app')!);
