// The popup's "what works" lines over scripted reports: the strongest finding, "no clear
// difference" when comparisons spoke and found nothing, how near silence is to speaking, and the
// newest video's early read or, in each case it has none, why and what brings one.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '@/utils/insights/what-works';
import type { WhatWorksReport } from '@/utils/insights/what-works-report';

const reply = vi.hoisted(() => ({ report: undefined as unknown }));
vi.mock('@/utils/protocol/messaging', () => ({ sendMessage: () => Promise.resolve(reply.report) }));
vi.mock('@/utils/platform/i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`) }));

const { WhatWorksLine } = await import('@/components/popup/WhatWorksLine');

const comparison = (over: Partial<Comparison>): Comparison => ({ dimension: 'hour', group: 'evening', outcome: 'lifetimeViews', verdict: 'noClearDifference', videos: 40, others: 120, need: 10, ratio: 1.1, low: 0.8, high: 1.5, ...over });
const report = (comparisons: Comparison[], newest: WhatWorksReport['newest'] = { ready: false, missing: 'noVideos' }): WhatWorksReport => ({
  whatWorks: { comparisons, spoke: comparisons.filter((c) => c.verdict !== 'notEnough').length, level: 0.99, videos: 60, unknown: [] },
  early: newest.ready || newest.missing === 'fewVideos' ? [newest] : [],
  newest,
  risk: { videos: [] },
});
const DAY = 86_400_000;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(r: WhatWorksReport) {
  reply.report = r;
  render(null, root);
  await act(async () => {
    render(<WhatWorksLine account="maya" />, root);
    await Promise.resolve();
  });
  return (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
}

describe('the popup’s what-works line', () => {
  it('names the finding furthest from no difference', async () => {
    const line = await show(report([
      comparison({ verdict: 'found', ratio: 1.6, low: 1.1, high: 2.3 }),
      comparison({ dimension: 'hashtag', group: 'fyp', verdict: 'found', ratio: 0.4, low: 0.25, high: 0.6 }),
    ]));
    expect(line('what-works-line')).toBe('wwPopupFound(wwHashtag(fyp)|wwOutcome_lifetimeViews|0.4|0.3|0.6)');
  });

  it('says no clear difference yet, with how many comparisons spoke', async () => {
    const line = await show(report([comparison({}), comparison({ group: 'night' })]));
    expect(line('what-works-line')).toBe('wwPopupNone(2)');
  });

  it('says how near the nearest comparison is to speaking', async () => {
    const line = await show(report([comparison({ verdict: 'notEnough', videos: 7, others: 30 }), comparison({ group: 'night', verdict: 'notEnough', videos: 3, others: 34 })]));
    expect(line('what-works-line')).toBe('wwPopupFew(7|10)');
  });

  it('gives the newest video’s read, or how many videos it waits for and how to get there', async () => {
    const ready = await show(report([], { ready: true, videoId: '1', caption: 'Bagels', postedAt: 0, ageMs: 30 * 3_600_000, views: 1200, percentile: 74.6, compared: 40 }));
    expect(ready('early-read')).toBe('wwPopupEarly BagelswwEarlyPosition(wwAgeHours(30)|1,200|75|40)');
    const waiting = await show(report([], { ready: false, missing: 'fewVideos', videoId: '2', caption: 'Rye', have: 4, need: 10 }));
    expect(waiting('early-read')).toBe('wwPopupEarly RyewwEarlyFew(4|10) wwPopupEarlyDaily');
  });

  it('says when the newest video was not captured since posting, and how to capture it', async () => {
    const line = await show(report([], { ready: false, missing: 'notCaptured', videoId: '3', caption: 'Focaccia', postedAt: Date.now() - DAY / 4 }));
    expect(line('early-read')).toBe('wwPopupEarly FocacciawwPopupEarlyNotCaptured wwPopupEarlyDaily');
  });

  it('says how old the newest video is when it is past its first week', async () => {
    const line = await show(report([], { ready: false, missing: 'noYoungVideo', videoId: '4', postedAt: Date.now() - 12.5 * DAY }));
    expect(line('early-read')).toBe('wwPopupEarly 4wwPopupEarlyOld(12)');
  });

  it('says no video was captured yet, and where to find them', async () => {
    const line = await show(report([]));
    expect(line('early-read')).toBe('wwPopupEarly wwPopupEarlyNoVideos wwPopupEarlyDaily');
    expect(root.querySelectorAll('[data-testid="early-read"]')).toHaveLength(1);
    expect(root.querySelector('[data-testid="early-read"]')?.getAttribute('data-missing')).toBe('noVideos');
  });

  it('says what is at risk first, naming the range and the files to download, and only then', async () => {
    const risky = { ...report([]), risk: { daily: { days: 7, first: '2025-12-01', last: '2025-12-07', series: ['followers', 'videoViews'] }, videos: [] } };
    const line = await show(risky);
    expect(line('risk-line')).toMatch(/^popupRisk\(7\|.+\|.+\|FollowerHistory\.csv, Overview\.csv\)$/);
    const calm = await show(report([]));
    expect(calm('risk-line')).toBeUndefined();
  });
});

describe('what works, in words', () => {
  it('names the side that lacks videos, and says a finding in plain words with how sure', async () => {
    const { notEnoughText, plainFindingText } = await import('@/components/common/what-works-words');
    // 200 short-caption videos against 2 others: the others are the side that lacks.
    expect(notEnoughText(comparison({ dimension: 'caption', group: 'short', verdict: 'notEnough', videos: 200, others: 2 }))).toBe('wwCellNotEnoughOthers(2|10)');
    expect(notEnoughText(comparison({ dimension: 'caption', group: 'long', verdict: 'notEnough', videos: 2, others: 200 }))).toBe('wwCellNotEnoughSide(wwCaption_long|2|10)');
    expect(plainFindingText(comparison({ verdict: 'found', ratio: 3, low: 1.9, high: 5.2 }))).toBe('wwPlainFound(wwHour_evening|3|wwoutcome_lifetimeviews|wwSure_high)');
    expect(plainFindingText(comparison({ verdict: 'found', ratio: 1.3, low: 1.05, high: 1.6 }))).toBe('wwPlainFound(wwHour_evening|1.3|wwoutcome_lifetimeviews|wwSure_medium)');
  });
});
