// The dashboard asks for its first reads before anything else, and loads its view while the
// database answers (the view's files are preloaded by the page: wxt.config.ts).
import { setPageLanguage } from '@/components/common/page-language';
import { loadDashboardOpening } from '@/components/dashboard/dashboard-opening';

const opening = loadDashboardOpening();
setPageLanguage('dashboardTitle');
void import('@/components/dashboard/Dashboard').then(({ mountDashboard }) => (performance.mark('dashboard-view'), mountDashboard(opening)));
