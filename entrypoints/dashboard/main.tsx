import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { setPageLanguage } from '@/components/common/page-language';

setPageLanguage('dashboardTitle');

render(<Dashboard />, document.getElementById('app')!);
