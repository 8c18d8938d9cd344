// The popup before any capture: what Creator Lens does, what it cannot do, and where to start.
import { t } from '@/utils/i18n';

export function Empty({ onOpenStudio }: { onOpenStudio: () => void }) {
  return (
    <section class="banner" data-testid="empty">
      <h1>{t('popupEmptyTitle')}</h1>
      <p>{t('popupEmptyWhat')}</p>
      <p>{t('popupEmptyNot')}</p>
      <button class="primary" onClick={onOpenStudio}>{t('openStudio')}</button>
    </section>
  );
}
