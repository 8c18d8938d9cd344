// Feature: a badge on every value the page shows with its change since the previous capture.
import { describeChange, metricCaptures, rowCaptures, type Say } from '@/utils/page-features/badge-text';
import { t } from '@/utils/platform/i18n';
import { METRIC_LABEL } from '@/components/common/message-keys';
import { getSettings, onSettingsChanged } from '@/utils/platform/user-settings';
import { pageInfo } from '@/utils/reader/page-kinds';
import type { MetricKey } from '@/utils/reader/snapshot';
import { pageTheme, removeBadges, showBadge } from '@/components/studio-page/badge-element';
import type { Feature } from './feature-runner';
import { onCapture, type CaptureOutcome } from './capture-channel';

const say: Say = (key, substitutions) => t(key, substitutions);

function render(outcome: CaptureOutcome): void {
  const { snapshot, anchors } = outcome;
  // The page may have re-rendered since it was read: a value no longer on the page gets no badge.
  const metricAnchors = (Object.entries(anchors.metrics) as [MetricKey, Element][]).filter(([, el]) => el.isConnected);
  const theme = pageTheme(document);
  const locale = document.documentElement.lang || undefined;
  if ('error' in outcome) {
    for (const [, anchor] of metricAnchors.slice(0, 1))
      showBadge(anchor, { text: t('badgeNotSaved'), label: t('badgeNotSavedLabel', outcome.error), direction: 'error', history: [] }, theme);
    return;
  }
  const { record, previous } = outcome.saved;
  const now = outcome.at;
  for (const [metric, anchor] of metricAnchors) {
    const [current, ...earlier] = metricCaptures(metric, [{ ...snapshot, capturedAt: record.capturedAt }, ...previous]);
    showBadge(anchor, describeChange(t(METRIC_LABEL[metric]), metric, current, earlier, now, say, locale, outcome.saved.exact?.[metric]), theme);
  }
  for (const [videoId, anchor] of anchors.rows) {
    if (!anchor.isConnected) continue;
    const [current, ...earlier] = rowCaptures(videoId, 'views', [{ ...snapshot, capturedAt: record.capturedAt }, ...previous]);
    if (current.value === undefined) continue;
    const view = describeChange(t('metric_views'), 'views', current, earlier, now, say, locale);
    const caption = snapshot.videos?.find((v) => v.videoId === videoId)?.caption ?? t('badgePost');
    showBadge(anchor, { ...view, label: t('badgeRowLabel', [caption, view.label]) }, theme);
  }
}

export const badges: Feature = {
  name: 'badges',
  runsOn: (url) => pageInfo(url) !== undefined,
  init(_ctx, signal) {
    let enabled = false;
    let last: CaptureOutcome | undefined;
    const update = () => {
      removeBadges(document);
      if (enabled && last && !signal.aborted) render(last);
    };
    void getSettings().then((settings) => {
      enabled = settings.badges;
      update();
    });
    const stop = onSettingsChanged((settings) => {
      enabled = settings.badges;
      update();
    });
    onCapture((outcome) => {
      last = outcome;
      if (enabled) render(outcome);
    }, signal);
    // Navigating away takes every badge with it.
    signal.addEventListener('abort', () => {
      stop();
      removeBadges(document);
    });
  },
};
