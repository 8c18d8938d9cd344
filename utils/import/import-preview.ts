// What a set of read export files holds, for the preview shown before anything is saved. Pure.
import { DAILY_METRICS, type DailyMetric, type StudioFilePart } from './studio-files';

export interface ExportSummary {
  /** Handles named by the zip names (more than one means the files must not be saved together). */
  accounts: string[];
  days: number;
  firstDay?: string;
  lastDay?: string;
  metrics: DailyMetric[];
  activityDays: number;
  audience: boolean;
  videos: number;
}

export function summarizeParts(parts: StudioFilePart[]): ExportSummary {
  const byFolded = new Map<string, string>();
  for (const p of parts) if (p.account && !byFolded.has(p.account.toLowerCase())) byFolded.set(p.account.toLowerCase(), p.account);
  const dates = [...new Set(parts.flatMap((p) => Object.keys(p.days)))].sort();
  const metrics = new Set(parts.flatMap((p) => Object.values(p.days).flatMap((values) => Object.keys(values))));
  return {
    accounts: [...byFolded.values()],
    days: dates.length,
    firstDay: dates[0],
    lastDay: dates[dates.length - 1],
    metrics: DAILY_METRICS.filter((m) => metrics.has(m)),
    activityDays: new Set(parts.flatMap((p) => (p.followerActivity ?? []).map((a) => a.date))).size,
    audience: parts.some((p) => p.audience),
    videos: new Set(parts.flatMap((p) => (p.videos ?? []).map((v) => v.videoId))).size,
  };
}
