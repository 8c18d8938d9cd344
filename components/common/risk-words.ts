// How data at risk is said, on the dashboard's banner and the popup's line alike: which Studio
// range to download and which files of it bring the missing days.
import type { DailyRisk } from '@/utils/insights/data-at-risk';
import { fmtCount, fmtIsoDay } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';

/** The file of Studio's Download data zip that brings each held series' days. */
const FILE_OF: Record<string, string> = { videoViews: 'Overview.csv', followers: 'FollowerHistory.csv' };

/** "Overview.csv, FollowerHistory.csv": the files that bring the days some series lacks. */
export const riskFiles = (risk: DailyRisk) => risk.series.map((s) => FILE_OF[s] ?? s).join(', ');

/** The dashboard's instruction: the range to pick, what it still holds, the files. */
export const riskDownloadText = (risk: DailyRisk) => t('riskDownloadDaily', [fmtIsoDay(risk.first), fmtIsoDay(risk.last), riskFiles(risk)]);

/** The popup's one line. */
export const popupRiskText = (risk: DailyRisk) => t('popupRisk', [fmtCount(risk.days), fmtIsoDay(risk.first), fmtIsoDay(risk.last), riskFiles(risk)]);
