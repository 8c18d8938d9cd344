// What the Studio-data feature did with what one page load received (components/studio-page/
// studio-data-feature.ts): the responses it heard from the observer, the messages on the bridge it
// dropped unread, what it sent or left out and why, and what the background kept. Kept in the tab
// only, answered when asked (`pageStudioData`): a developer's or a bug report's view of the page,
// and the event a test waits on before it says "nothing was sent". Pure; loads nothing: it ships
// in the content script.

export interface StudioDataReport {
  /** Well-formed responses the page's observer handed over on this load's channel. */
  heard: number;
  /** Messages on the channel dropped unread: ill-formed, not a Studio data call, or dated outside this page load (a page script can write there too). */
  refused: number;
  /** Heard, waiting for the page's calls to go quiet before they are sent. */
  waiting: number;
  /** Heard and sent to the background. */
  sent: number;
  /** Heard and left out here (no signed-in account, not JSON, past a message's bounds, a repeat of one sent). */
  leftOut: number;
  /** Messages sent to the background; answered by it; failed (refused, or never delivered). */
  messages: number;
  answered: number;
  failed: number;
  /** Values the background kept of the answered messages (0: it read them and kept nothing new). */
  kept: number;
  /** Why something was left out, here or by the background, the newest last. */
  notes: string[];
}

/** Notes a report keeps (a page's calls come in a handful of messages). */
export const MAX_REPORT_NOTES = 20;

export const emptyStudioDataReport = (): StudioDataReport => ({ heard: 0, refused: 0, waiting: 0, sent: 0, leftOut: 0, messages: 0, answered: 0, failed: 0, kept: 0, notes: [] });

/** Adds `notes` to the report's, keeping the newest MAX_REPORT_NOTES. */
export function addReportNotes(report: StudioDataReport, notes: readonly string[]): void {
  report.notes.push(...notes);
  report.notes.splice(0, Math.max(0, report.notes.length - MAX_REPORT_NOTES));
}

/** True when nothing heard is waiting and every message sent has its answer (or failed): the page's data is dealt with. */
export const studioDataSettled = (report: StudioDataReport): boolean => report.waiting === 0 && report.answered + report.failed === report.messages;
