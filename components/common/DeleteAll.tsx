// "Delete all data…", in the dashboard and the popup: asked again on the page itself with the same
// words (Firefox's popup cannot show window.confirm), Cancel focused so Enter keeps the data.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';
import { sendMessage } from '@/utils/protocol/messaging';
import { forgetPopupView } from './last-popup-view';

export function DeleteAll({ onDeleted, onFailed, small }: { onDeleted: () => void; onFailed: (error: unknown) => void; small?: boolean }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  const erase = async () => {
    setBusy(true);
    try {
      await sendMessage('clearAll', undefined);
      forgetPopupView();
      setAsking(false);
      onDeleted();
    } catch (error) {
      onFailed(error);
    }
    setBusy(false);
  };
  if (!asking)
    return <button class={small ? 'link' : ''} data-testid="delete-all" onClick={() => setAsking(true)}>{t('deleteAll')}</button>;
  return (
    <div role="alertdialog" aria-labelledby="delete-confirm" class="banner" data-testid="delete-confirm">
      <p id="delete-confirm">{t('deleteConfirm')}</p>
      <div class="row">
        <span class="spacer" />
        <button ref={cancel} onClick={() => setAsking(false)}>{t('cancel')}</button>
        <button class="primary" data-testid="delete-yes" disabled={busy} onClick={() => void erase()}>{t('deleteAllYes')}</button>
      </div>
    </div>
  );
}
