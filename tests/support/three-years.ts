// Three years of one creator's weekly "last 7 days" captures and the 60-day import of Studio's
// Download data that overlaps their last weeks (issue 32): the captures agree with the imported days
// but for one week, captured at eleven times the days' sum. Shares (traffic, searches, audience) too.
// The Chromium and Firefox one-story tests share it.
import { addDays, localDate } from '../../utils/platform/days';
import type { BackupFile } from '../../utils/history/backup';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/history/backup';
import { makeModel } from '../fixtures/studio-export/build';

export const ACCOUNT = 'three.years';
const today = localDate(Date.now());
export const model = makeModel({ account: ACCOUNT, exportDay: today, days: 60 });
const dayValue = new Map(model.days.filter((d) => d.videoViews !== undefined).map((d) => [d.date, d]));
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
/** The week of imported days a capture on `date` covers, summed; undefined where the import lacks one. */
export function importedWeek(date: string, metric: 'videoViews' | 'likes' | 'profileViews'): number | undefined {
  const week = Array.from({ length: 7 }, (_, i) => dayValue.get(addDays(date, i - 7))?.[metric]);
  return week.every((v) => v !== undefined) ? week.reduce((sum, v) => sum! + v!, 0) : undefined;
}
/** A metric's mean week over the imported days. */
const meanWeek = (metric: 'videoViews' | 'likes' | 'profileViews') => {
  const values = [...dayValue.values()].map((d) => d[metric] ?? 0);
  return (7 * values.reduce((sum, v) => sum + v, 0)) / values.length;
};
/** The capture whose week the import disagrees with: eleven times the imported days. */
export const DISAGREEING = addDays(today, -15);

/** `disagreeing`: false for the same history with no week planted against the import (the demo's "1 y"). */
export function threeYears({ disagreeing = true } = {}): BackupFile {
  const snapshots: BackupFile['snapshots'] = [];
  const common = { account: ACCOUNT, locale: 'en' };
  for (let week = 156; week >= 1; week--) {
    const date = addDays(today, 6 - 7 * week);
    const t = at(date, 9);
    // Where the import holds the week, the capture agrees with it (but for one); before it, weeks
    // growing steadily towards the imported days' level (from under half of it three years ago).
    const value = (metric: 'videoViews' | 'likes' | 'profileViews') => {
      const sum = importedWeek(date, metric);
      if (sum === undefined) return Math.round(meanWeek(metric) * (0.45 + (0.5 * (156 - week)) / 156));
      return disagreeing && date === DISAGREEING && metric === 'videoViews' ? sum * 11 : sum;
    };
    snapshots.push(
      { ...common, capturedAt: t, lastSeenAt: t, page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', range: { days: 7 }, metrics: { videoViews: value('videoViews'), likes: value('likes'), profileViews: value('profileViews') } },
      { ...common, capturedAt: t + 60_000, lastSeenAt: t + 60_000, page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 7 }, metrics: { followers: 900 + (156 - week) * 3 } },
    );
  }
  // What Studio's pages showed as shares: traffic and searches once, the audience twice.
  const t = at(addDays(today, -1), 10);
  snapshots.push(
    { ...common, capturedAt: t, lastSeenAt: t, page: 'account-overview', url: 'https://www.tiktok.com/tiktokstudio/analytics', range: { days: 28 }, metrics: { videoViews: 30_000 }, breakdowns: { trafficSource: { 'For You': 71.2, Search: 12.4, 'Personal profile': 9.1 }, searchQueries: { 'sourdough starter': 38, 'bagel recipe': 21 } } },
    { ...common, capturedAt: t - 30 * 86_400_000, lastSeenAt: t - 30 * 86_400_000, page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 28 }, metrics: { followers: 1100 }, breakdowns: { gender: { Female: 58, Male: 40, Other: 2 }, age: { '18-24': 40, '25-34': 35 }, locations: { Japan: 30, 'United States': 25 } } },
    { ...common, capturedAt: t + 60_000, lastSeenAt: t + 60_000, page: 'account-followers', url: 'https://www.tiktok.com/tiktokstudio/analytics/followers', range: { days: 28 }, metrics: { followers: 1370 }, breakdowns: { gender: { Female: 61, Male: 37, Other: 2 }, age: { '18-24': 42, '25-34': 33 }, locations: { Japan: 33, 'United States': 24 } } },
  );
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), snapshots } as BackupFile;
}

