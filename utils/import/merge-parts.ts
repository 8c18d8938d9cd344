// Read parts of one account's export as one: apart from the reader, so merging on the dashboard
// does not load Studio's label tables. Pure.
import { ExportReadError } from './read-bounds';
import type { ExportVideo, StudioActivityHour, StudioExport, StudioFilePart } from './studio-files';

/** Several parts as one export; where two parts hold the same day, the later export wins. */
export function mergeParts(parts: StudioFilePart[]): StudioExport {
  const accounts = [...new Set(parts.map((p) => p.account).filter((a): a is string => Boolean(a)))];
  const folded = new Set(accounts.map((a) => a.toLowerCase()));
  if (folded.size > 1) throw new ExportReadError(parts.map((p) => p.name).join(', '), `the files belong to different accounts (${accounts.map((a) => `@${a}`).join(', ')}): read one account at a time`);
  const ordered = parts.map((p, i) => ({ p, i })).sort((a, b) => (a.p.exportedAt ?? 0) - (b.p.exportedAt ?? 0) || a.i - b.i).map(({ p }) => p);
  const out: StudioExport = { ...(accounts[0] ? { account: accounts[0] } : {}), days: {} };
  const activity = new Map<string, StudioActivityHour>();
  const videos = new Map<string, ExportVideo>();
  for (const part of ordered) {
    for (const [day, values] of Object.entries(part.days)) out.days[day] = { ...out.days[day], ...values };
    for (const a of part.followerActivity ?? []) activity.set(`${a.date}|${a.hour}`, a);
    if (part.audience) out.audience = { ...out.audience, ...part.audience };
    for (const v of part.videos ?? []) videos.set(v.videoId, v);
  }
  out.days = Object.fromEntries(Object.entries(out.days).sort(([a], [b]) => (a < b ? -1 : 1)));
  if (activity.size) out.followerActivity = [...activity.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.hour - b.hour));
  if (videos.size) out.videos = [...videos.values()];
  return out;
}
