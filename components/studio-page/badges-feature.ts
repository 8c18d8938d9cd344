// Feature: a badge on every value the page shows with its change since the previous capture. The
// background writes the badges' words when it saves the capture (utils/page-features/badge-text.ts,
// pageBadges, in the page's language tag); this puts them where the page showed each value.
import { t } from '@/utils/platform/i18n';
import { getSettings, onSettingsChanged } from '@/utils/platform/user-settings';
import { pageInfo } from '@/utils/reader/page-kinds';
import type { MetricKey } from '@/utils/reader/snapshot';
import { pageTheme, removeBadges, showBadge } from '@/components/studio-page/badge-element';
import type { Feature } from './feature-runner';
import { onCapture, type CaptureOutcome } from './capture-channel';

function render(outcome: CaptureOutcome): void {
  const { anchors } = outcome;
  // The page may have re-rendered since it was read: a value no longer on the page gets no badge.
  const metricAnchors = (Object.entries(anchors.metrics) as [MetricKey, Element][]).filter(([, el]) => el.isConnected);
  const theme = pageTheme(document);
  if ('error' in outcome) {
    for (const [, anchor] of metricAnchors.slice(0, 1))
      showBadge(anchor, { text: t('badgeNotSaved'), label: t('badgeNotSavedLabel', outcome.error), direction: 'error', history: [] }, theme);
    return;
  }
  const { metrics, rows } = outcome.badges;
  for (const [metric, anchor] of metricAnchors) {
    const badge = metrics[metric];
    if (badge) showBadge(anchor, badge, theme);
  }
  for (const [videoId, anchor] of anchors.rows) {
    const badge = Object.hasOwn(rows, videoId) ? rows[videoId] : undefined;
    if (badge && anchor.isConnected) showBadge(anchor, badge, theme);
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
