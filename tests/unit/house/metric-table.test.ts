// One row per metric (README "Adding a metric"): every list of metrics is made from the table in
// utils/metrics/metric-facts.ts, so a new row reaches the snapshot's keys, the views, the import
// and the UI's names with no other edit. Pinned here: today's metrics in each list, in today's
// order (made from the table, they must not move; a new row may join); the lists that stay written out (the vocabulary, the page kinds)
// checked against the table; the files the README names for a new metric; and no other file
// writing a list of metrics out by hand.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { METRIC_LABEL } from '@/components/common/message-keys';
import { DAILY_METRICS, type DailyMetric } from '@/utils/import/studio-files';
import { METRICS, METRIC_KEYS, metricsWhere, shownMetricsWhere, VIDEO_COUNTER_METRICS, type MetricKey } from '@/utils/metrics/metric-facts';
import { PAGE_KIND_FACTS } from '@/utils/reader/page-kinds';
import { METRIC_KEYS as SNAPSHOT_METRIC_KEYS, VIDEO_COUNTERS } from '@/utils/reader/snapshot';
import { LABEL_LANGUAGES, labelEvidence, labelTexts } from '@/utils/reader/vocabulary';
import { COMPARE_METRICS } from '@/utils/views/dashboard-view';
import { CHART_METRICS, HEADLINE_METRICS, type HeadlineMetric } from '@/utils/views/popup-view';
import { filesUnder, ROOT } from '../../support/source-files';

/** The files a new metric needs, as the README's "Adding a metric" names them. */
const ADDING_A_METRIC = ['utils/metrics/metric-facts.ts', 'utils/reader/vocabulary.ts', 'utils/reader/page-kinds.ts', 'public/_locales/*/messages.json'];

/**
 * Files that may quote several metric names, each for a reason: the table and the two lists a new
 * metric is added to by hand (its labels, the pages that show it), Studio's English export
 * columns (read as the vocabulary is), and the two exports whose days count as held.
 */
const MAY_NAME_METRICS = new Set([
  ...ADDING_A_METRIC.filter((path) => path.endsWith('.ts')),
  'utils/import/read-studio-files.ts',
  'utils/views/what-works-inputs.ts',
]);

/** Today's metrics are all still in `list`, in today's order; a new row may join anywhere. */
function keepsInOrder(list: readonly string[], today: readonly string[]) {
  expect(list.filter((m) => today.includes(m))).toEqual(today);
}

describe('one row per metric', () => {
  it('the snapshot contract\'s metric keys are the table\'s rows, in its order', () => {
    expect(SNAPSHOT_METRIC_KEYS).toBe(METRIC_KEYS);
    expect(METRIC_KEYS).toEqual(Object.keys(METRICS));
    keepsInOrder(METRIC_KEYS, [
      'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'saves', 'estimatedRewards', 'followers', 'netFollowers',
      'newFollowers', 'totalViewers', 'newViewers', 'returningViewers', 'totalPlayTime', 'averageWatchTime', 'watchedFullVideo',
    ]);
    expectTypeOf<MetricKey>().toEqualTypeOf<(typeof METRIC_KEYS)[number]>();
  });

  it('the views\' lists are the table\'s, followers first, in the order they were written out', () => {
    expect(HEADLINE_METRICS).toEqual(shownMetricsWhere({ popup: 'card' }));
    keepsInOrder(HEADLINE_METRICS, ['followers', 'videoViews', 'profileViews', 'likes']);
    expect(CHART_METRICS).toEqual([...HEADLINE_METRICS, ...shownMetricsWhere({ popup: 'chart' })]);
    keepsInOrder(CHART_METRICS, ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares']);
    expect(COMPARE_METRICS).toEqual(shownMetricsWhere({ compare: true }));
    keepsInOrder(COMPARE_METRICS, ['followers', 'videoViews', 'profileViews', 'likes', 'comments', 'shares', 'netFollowers']);
    expectTypeOf<'followers' | 'videoViews' | 'profileViews' | 'likes'>().toExtend<HeadlineMetric>();
    expectTypeOf<HeadlineMetric>().toExtend<MetricKey>();
  });

  it('the import\'s daily metrics are the table\'s, in its order', () => {
    expect(DAILY_METRICS).toEqual(metricsWhere({ daily: true }));
    keepsInOrder(DAILY_METRICS, ['videoViews', 'profileViews', 'likes', 'comments', 'shares', 'followers', 'totalViewers', 'newViewers', 'returningViewers']);
    expectTypeOf<'videoViews' | 'profileViews' | 'likes' | 'comments' | 'shares' | 'followers' | 'totalViewers' | 'newViewers' | 'returningViewers'>().toExtend<DailyMetric>();
    expectTypeOf<DailyMetric>().toExtend<MetricKey>();
  });

  it('a video\'s counters are the rows that name one, in its header\'s order', () => {
    keepsInOrder(VIDEO_COUNTER_METRICS, ['videoViews', 'likes', 'comments', 'shares', 'saves']);
    expect(VIDEO_COUNTER_METRICS.map((m) => METRICS[m].counter)).toEqual(VIDEO_COUNTERS);
  });

  it('every row and every video counter has its display name key, metric_<key>', () => {
    expect(Object.entries(METRIC_LABEL)).toEqual([...new Set<string>([...METRIC_KEYS, ...VIDEO_COUNTERS])].map((m) => [m, `metric_${m}`]));
  });

  it('every row is read somewhere: an English label, and a page kind that shows it', () => {
    const read = new Set(Object.values(PAGE_KIND_FACTS).flatMap((facts) => facts.reads.metrics));
    for (const metric of METRIC_KEYS) {
      expect(labelTexts(metric, 'en').length, `${metric}: English label`).toBeGreaterThan(0);
      expect(read.has(metric), `${metric}: read on a page kind`).toBe(true);
    }
  });

  it('the vocabulary\'s metric labels are for the table\'s rows only', () => {
    // Metric keys have no dot; headings, breakdown items, markers and walls all do.
    const labelled = new Set(LABEL_LANGUAGES.flatMap((lang) => labelEvidence(lang).map((e) => e.key as string)).filter((key) => !key.includes('.')));
    expect([...labelled].filter((key) => !(METRIC_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it('the README\'s "Adding a metric" names the files a new metric needs, and they exist', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Adding a metric'), readme.indexOf('\n## ', readme.indexOf('## Adding a metric') + 1));
    const named = [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]);
    expect(named).toEqual(ADDING_A_METRIC);
    for (const path of named.filter((p) => !p.includes('*'))) expect(existsSync(join(ROOT, path)), path).toBe(true);
    expect(readdirSync(join(ROOT, 'public/_locales')).length).toBeGreaterThan(0);
  });

  it('no other file writes a list of metrics out by hand', () => {
    // Two different metric names quoted on one line are a list (or a map) of metrics. Names a
    // metric shares with a video counter (likes, comments, shares, saves) are left out: the
    // video table's counters are another list.
    const counters = new Set<string>(VIDEO_COUNTERS);
    const names = METRIC_KEYS.filter((m) => !counters.has(m));
    const quoted = new RegExp(`['"](${names.join('|')})['"]`, 'g');
    const lists = ['utils', 'components', 'entrypoints', 'scripts']
      .flatMap(filesUnder)
      .filter((file) => !MAY_NAME_METRICS.has(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (new Set([...line.matchAll(quoted)].map((m) => m[1])).size >= 2 ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(lists).toEqual([]);
  });
});
