// The popup's reads: straight from IndexedDB once the background has created the database (no
// wait for a stopped service worker to start), else through the background. Writes always go
// through the background.
import { sendMessage } from '@/utils/messaging';
import { openLensDBForReading, type LensDB } from '@/utils/store/db';
import { popupData, popupInsights, type PopupData, type PopupInsights, type PopupQuery } from '@/utils/store/summary';

// Opened as soon as the popup's script runs, alongside everything else it starts.
const reader: Promise<LensDB | undefined> = openLensDBForReading().then(
  (db) => (performance.mark('popup-db'), db),
  () => undefined,
);
const direct = () => reader;

export async function loadPopupData(query: PopupQuery): Promise<PopupData> {
  const db = await direct();
  return db ? popupData(db, query) : sendMessage('getPopupData', query);
}

export async function loadInsights(account: string): Promise<PopupInsights> {
  const db = await direct();
  return db ? popupInsights(db, account) : sendMessage('getPopupInsights', account);
}
