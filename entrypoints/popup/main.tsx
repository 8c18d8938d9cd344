// The popup asks for its data before anything else, and loads its view (Preact, chart.js) while the
// database answers; the view's files are preloaded by the page (see wxt.config.ts). The view
// appears once the data is in, so its first render is the real one.
import { t } from '@/utils/platform/i18n';
import { setPageLanguage } from '@/components/common/page-language';
import { loadOpeningData } from '@/components/popup/popup-reads';

const opening = Promise.allSettled([loadOpeningData()]);
const view = import('@/components/popup/Popup');
setPageLanguage();
Promise.all([view, opening])
  .then(([{ mountPopup }, [data]]) => mountPopup(data))
  .catch((error: unknown) => {
    // The view's files failing to load, or its first render throwing: said as text, there is no view.
    const app = document.getElementById('app')!;
    app.textContent = t('popupError', error instanceof Error ? error.message : String(error));
    app.setAttribute('role', 'alert');
  });
