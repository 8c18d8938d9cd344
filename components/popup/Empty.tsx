// The popup before any capture: what Creator Lens does, what it cannot do, and where to start:
// capturing Studio pages from now on, or importing Studio's own Download data for the past.
import { t } from '@/utils/platform/i18n';

/** `onImport`: opens the dashboard's import from TikTok Studio (a popup closes when a file picker opens). */
export function Empty({ onOpenStudio, onImport }: { onOpenStudio: () => void; onImport: () => void }) {
  return (
    <section class="banner" data-testid="empty">
      <h1>{t('popupEmptyTitle')}</h1>
      <p>{t('popupEmptyWhat')}</p>
      <p>{t('popupEmptyNot')}</p>
      <button class="primary" onClick={onOpenStudio}>{t('openStudio')}</button>
      <p data-testid="import-offer">{t('popupImportOffer')}</p>
      <button data-testid="import-studio" onClick={onImport}>{t('studioImportTitle')}</button>
    </section>
  );
}
