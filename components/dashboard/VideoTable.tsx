// Every video with its lifetime counters, growth per day since posting and engagement; sortable.
// A row opens the video's page.
import { useMemo, useState } from 'preact/hooks';
import { COLUMN_LABEL } from '@/components/common/message-keys';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { engagementRate, viewsPerDay } from '@/utils/series/series-math';
import type { VideoSummary } from '@/utils/views/view-source';
import { fmt, fmtDay, fmtPercent } from '@/utils/metrics/format';
import { Amount } from '@/components/common/Amount';
import { VIDEO_COUNT } from '@/components/common/message-keys';
import { plural } from '@/utils/platform/ui-language';
import { videoHash } from '@/components/dashboard/VideoPage';

type Column = 'caption' | 'postedAt' | 'views' | 'likes' | 'comments' | 'shares' | 'perDay' | 'engagement';
const NUMERIC: Column[] = ['views', 'likes', 'comments', 'shares', 'perDay', 'engagement'];
/** Rows drawn at once: sorting covers every video, the page only what fits a screen or two. */
export const PAGE_ROWS = 50;

export function VideoTable({ videos, now }: { videos: VideoSummary[]; now: number }) {
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: 'views', desc: true });
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    const enriched = videos.map((v) => ({
      video: v,
      values: {
        caption: stripBidiControls(v.caption ?? v.videoId),
        postedAt: v.postedAt ?? '',
        views: v.counters.views,
        likes: v.counters.likes,
        comments: v.counters.comments,
        shares: v.counters.shares,
        perDay: viewsPerDay(v.counters.views, v.postedAt, now),
        engagement: engagementRate(v.counters),
      } as Record<Column, string | number | undefined>,
    }));
    const dir = sort.desc ? -1 : 1;
    return enriched.sort((a, b) => {
      const x = a.values[sort.by];
      const y = b.values[sort.by];
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }, [videos, sort, now]);
  const header = (col: Column) => (
    <th key={col} aria-sort={sort.by === col ? (sort.desc ? 'descending' : 'ascending') : 'none'} scope="col">
      <button onClick={() => (setSort({ by: col, desc: sort.by === col ? !sort.desc : NUMERIC.includes(col) }), setPage(0))}>{t(COLUMN_LABEL[col])}</button>
    </th>
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
  const shown = Math.min(page, pages - 1); // the list may shrink (a deletion) under a later page
  const first = shown * PAGE_ROWS;
  const visible = rows.slice(first, first + PAGE_ROWS);
  return (
    <section aria-labelledby="videos">
      <div class="row">
        <h2 id="videos">{t('videosTitle')}</h2>
        {videos.length > 0 && <span class="muted" data-testid="video-count">{plural(VIDEO_COUNT, videos.length)}</span>}
      </div>
      {videos.length === 0 ? <p class="empty-state" data-testid="videos-empty">{t('videosEmpty')}</p> : (
      <>
      <div class="table-wrap">
        <table data-testid="video-table">
          <thead><tr>{(['caption', 'postedAt', 'views', 'likes', 'comments', 'shares', 'perDay', 'engagement'] as Column[]).map(header)}</tr></thead>
          <tbody>
            {visible.map(({ video, values }) => (
              // The whole row opens the video's page; its caption is the link for keyboards and screen readers.
              <tr key={video.videoId} data-video={video.videoId} class="opens" onClick={() => (location.hash = videoHash(video.videoId))}>
                <td class="page-text"><a href={videoHash(video.videoId)}>{values.caption}</a></td>
                <td class="nowrap">{video.postedAt ? fmtDay(new Date(video.postedAt).getTime()) : '—'}</td>
                {(['views', 'likes', 'comments', 'shares'] as const).map((counter) => (
                  <td key={counter}><Amount metric={counter} value={video.counters[counter]} rounded={video.rounded?.includes(counter)} /></td>
                ))}
                <td>{values.perDay === undefined ? '—' : fmt('views', Math.round(values.perDay as number))}</td>
                <td>{values.engagement === undefined ? '—' : fmtPercent((values.engagement as number) / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav class="row" aria-label={plural(VIDEO_COUNT, videos.length)} data-testid="video-pages">
          <button data-testid="page-previous" disabled={shown === 0} onClick={() => setPage(shown - 1)}>{t('pagePrevious')}</button>
          <span class="muted" data-testid="page-rows">{t('pageRows', [String(first + 1), String(first + visible.length), String(rows.length)])}</span>
          <button data-testid="page-next" disabled={shown === pages - 1} onClick={() => setPage(shown + 1)}>{t('pageNext')}</button>
        </nav>
      )}
      </>
      )}
    </section>
  );
}
