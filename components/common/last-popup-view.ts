// The popup's last view model, kept in the extension's own page storage (read at once, no round
// trip): the next popup paints it before its fresh reads arrive, never a blank popup. Dropped when
// the data is deleted, from whichever page deletes it.
import type { PopupData } from '@/utils/views/popup-view';

const VIEW_KEY = 'popupLastView.v1';

/** Kept without the chart's points (the last-known view keeps the chart's place only): small to write and read. */
export function rememberPopupView(data: PopupData) {
  if (data.account === undefined) return forgetPopupView();
  try {
    localStorage.setItem(VIEW_KEY, JSON.stringify({ ...data, chart: { ...data.chart, points: [] } }));
  } catch {
    // Storage turned off or full: the next popup paints once its reads are in, as before.
  }
}

/** The view the popup showed last, if it is still there and whole. */
export function lastPopupView(): PopupData | undefined {
  try {
    const text = localStorage.getItem(VIEW_KEY);
    const data = text ? (JSON.parse(text) as PopupData) : undefined;
    return data && Array.isArray(data.cards) && Array.isArray(data.accounts) && data.chart && Array.isArray(data.chart.points) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function forgetPopupView() {
  try {
    localStorage.removeItem(VIEW_KEY);
  } catch {
    // Nothing kept.
  }
}
