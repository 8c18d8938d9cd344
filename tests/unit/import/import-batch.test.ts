// The import message: read parts merged before they go to the background, bounded in size
// (security round two, finding 5: "the export's parts are sent unmerged and unbounded").
import { describe, expect, it } from 'vitest';
import { BATCH_LIMITS, batchForSaving } from '@/utils/import/import-batch';
import { readStudioFile, type StudioFilePart } from '@/utils/import/read-studio-files';
import { exportZips, makeModel } from '../../fixtures/studio-export/build';

const read = (exportDay: string, days = 60) => exportZips(makeModel({ exportDay, days })).map((z) => readStudioFile(z, exportDay));

describe('what the dashboard sends to be saved', () => {
  it('one part per export day: the four tabs of one download become one, each day once', () => {
    const parts = read('2025-08-20');
    const batch = batchForSaving(parts);
    expect(batch).toHaveLength(1);
    expect(Object.keys(batch[0].days)).toHaveLength(59);
    expect(batch[0].days['2025-08-18']).toEqual({ ...parts[0].days['2025-08-18'], ...parts[1].days['2025-08-18'], ...parts[2].days['2025-08-18'] });
    expect(batch[0].exportedAt).toBe(Math.max(...parts.map((p) => p.exportedAt!)));
    expect(batch[0].followerActivity).toHaveLength(7 * 24);
    expect(batch[0].files).toEqual(['Overview.csv', 'FollowerActivity.csv', 'FollowerGender.csv', 'FollowerHistory.csv', 'FollowerTopTerritories.csv', 'Viewers.csv', 'Content.csv']);
  });

  it('the same files picked twice are sent once', () => {
    const parts = read('2025-08-20');
    const once = JSON.stringify(batchForSaving(parts));
    expect(JSON.stringify(batchForSaving([...parts, ...read('2025-08-20')]))).toBe(once);
  });

  it('exports of other days stay apart (the store ranks values by export), and the preview\'s notes stay behind', () => {
    const parts = [...read('2025-08-20'), ...read('2025-09-20')];
    parts[0].notes = [{ kind: 'columns', file: 'Overview.csv', text: 'Leads' }];
    const batch = batchForSaving(parts);
    expect(batch).toHaveLength(2);
    expect(batch.every((p) => p.notes === undefined)).toBe(true);
  });

  it('more than one import takes is refused before anything is sent', () => {
    const videos = Array.from({ length: BATCH_LIMITS.videos / 2 + 1 }, (_, i) => ({ videoId: String(1_000_000 + i), caption: 'x' }));
    const part = (exportedAt: number): StudioFilePart => ({ name: `Content_${exportedAt}.zip`, days: {}, files: ['Content.csv'], exportedAt, videos: videos.map((v) => ({ ...v, videoId: `${v.videoId}${exportedAt}` })) });
    expect(() => batchForSaving([part(Date.UTC(2025, 0, 1)), part(Date.UTC(2025, 5, 1))])).toThrow(/20002 videos together: more than one import takes/);
    const long = [{ ...part(Date.UTC(2025, 0, 1)), videos: Array.from({ length: 3000 }, (_, i) => ({ videoId: String(i), caption: 'x'.repeat(4096) })) }];
    expect(() => batchForSaving(long)).toThrow(/characters of captions together/);
  });
});
