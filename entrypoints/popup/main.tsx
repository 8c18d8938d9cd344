// The popup asks for its data before anything else, and loads its view (Preact, chart.js) while the
// database answers; the view's files are preloaded by the page (see wxt.config.ts). When the data
// is not in by the time the view is, the last view model kept (the last-known numbers) is painted
// first, then replaced: never a blank popup.
import { t } from '@/utils/platform/i18n';
import { setPageLanguage } from '@/components/common/page-language';
import { loadOpeningData } from '@/components/popup/popup-reads';
import { lastPopupView } from '@/components/common/last-popup-view';

let settled = false;
const opening = Promise.allSettled([loadOpeningData()]).finally(() => (settled = true));
const view = import('@/components/popup/Popup');
setPageLanguage();
// Read after the reads have started: they come first.
const lastKnown = lastPopupView();
if (lastKnown) {
  void view.then(({ mountPopup }) => settled || mountPopup({ status: 'fulfilled', value: lastKnown }, { lastKnown: true })).catch(() => undefined);
}
Promise.all([view, opening])
  .then(([{ mountPopup }, [data]]) => mountPopup(data))
  .catch((error: unknown) => {
    // The view's files failing to load, or its first render throwing: said as text, there is no view.
    const app = document.getElementById('app')!;
    app.textContent = t('popupError', error instanceof Error ? error.message : String(error));
    app.setAttribute('role', 'alert');
  });
