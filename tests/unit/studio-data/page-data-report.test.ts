// The Studio-data feature's report of one page load: its notes stay bounded, and "settled" means
// nothing heard is waiting and every message sent was answered or failed.
import { describe, expect, it } from 'vitest';
import { addReportNotes, emptyStudioDataReport, MAX_REPORT_NOTES, studioDataSettled } from '@/utils/studio-data/page-data-report';

describe('the Studio-data page report', () => {
  it('starts empty and settled: a page that made no data call has nothing to deal with', () => {
    const report = emptyStudioDataReport();
    expect(report).toEqual({ heard: 0, refused: 0, waiting: 0, sent: 0, leftOut: 0, messages: 0, answered: 0, failed: 0, kept: 0, notes: [] });
    expect(studioDataSettled(report)).toBe(true);
    // Two reports share nothing.
    report.notes.push('x');
    expect(emptyStudioDataReport().notes).toEqual([]);
  });

  it('is not settled while a response waits for the calls to go quiet, or a message for its answer', () => {
    expect(studioDataSettled({ ...emptyStudioDataReport(), heard: 1, waiting: 1 })).toBe(false);
    expect(studioDataSettled({ ...emptyStudioDataReport(), heard: 1, sent: 1, messages: 1 })).toBe(false);
    expect(studioDataSettled({ ...emptyStudioDataReport(), heard: 2, sent: 2, messages: 2, answered: 1 })).toBe(false);
    expect(studioDataSettled({ ...emptyStudioDataReport(), heard: 2, sent: 2, messages: 2, answered: 1, failed: 1 })).toBe(true);
    expect(studioDataSettled({ ...emptyStudioDataReport(), heard: 1, leftOut: 1 })).toBe(true);
  });

  it(`keeps the newest ${MAX_REPORT_NOTES} notes, in order`, () => {
    const report = emptyStudioDataReport();
    addReportNotes(report, ['a', 'b']);
    expect(report.notes).toEqual(['a', 'b']);
    addReportNotes(report, Array.from({ length: MAX_REPORT_NOTES }, (_, i) => `n${i}`));
    expect(report.notes).toHaveLength(MAX_REPORT_NOTES);
    expect(report.notes[0]).toBe('n0');
    expect(report.notes.at(-1)).toBe(`n${MAX_REPORT_NOTES - 1}`);
    addReportNotes(report, ['last']);
    expect(report.notes.slice(-2)).toEqual([`n${MAX_REPORT_NOTES - 1}`, 'last']);
    expect(report.notes).toHaveLength(MAX_REPORT_NOTES);
  });
});
