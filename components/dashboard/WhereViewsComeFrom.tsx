// "Where views come from and who watches": every share Studio's pages showed (traffic sources,
// search queries, gender, age, locations, viewer types), the account's and each video's, each with
// when and over which period it was read, and how its rows moved since the first reading.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';
import { BREAKDOWN_LABEL } from '@/components/common/message-keys';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/protocol/messaging';
import { fmtDate, fmtNumber, fmtPercent } from '@/utils/metrics/format';
import { stripBidiControls } from '@/utils/platform/safe-text';
import type { BreakdownCard, BreakdownsView } from '@/utils/views/dashboard-view';
import type { VideoSummary } from '@/utils/views/view-source';

/** Percentage points, signed: "+2.5 pt". */
const points = (v: number) => t('audiencePoints', `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmtNumber(Math.abs(v))}`);

function Card({ card }: { card: BreakdownCard }) {
  return (
    <table class="breakdown" data-testid={`breakdown-${card.key}`}>
      <caption>{t(BREAKDOWN_LABEL[card.key])} <span class="muted small">{t('breakdownAsOf', fmtDate(card.at))}</span></caption>
      <tbody>
        {card.rows.slice(0, 10).map((row) => (
          <tr key={row.label}>
            <th scope="row"><bdi class="page-text">{stripBidiControls(row.label)}</bdi></th>
            <td>{fmtPercent(row.share / 100)}</td>
            {/* Every card has the change column, empty before a second reading: shares line up from card to card. */}
            {card.since !== undefined ? <td class={row.shift ? (row.shift > 0 ? 'up' : 'down') : ''}>{row.shift === undefined ? '—' : points(row.shift)}</td> : <td />}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `version` changes when the data did. */
export function WhereViewsComeFrom({ account, videos, version }: { account: string; videos: VideoSummary[]; version?: number }) {
  const [view, setView] = useState<BreakdownsView>();
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    latest(sendMessage('getBreakdowns', account), setView, () => setView(undefined));
  }, [account, version]);
  const caption = (id: string) => stripBidiControls(videos.find((v) => v.videoId === id)?.caption ?? id);
  return (
    <section aria-labelledby="breakdowns" data-testid="breakdowns">
      <h2 id="breakdowns">{t('breakdownsTitle')}</h2>
      {!view?.account?.length && !view?.videos?.length ? (
        <p class="muted">{t('breakdownsNone')}</p>
      ) : (
        <>
          {view.account.length > 0 && (
            // Not a scrolling box: six short cards read best as part of the page.
            <div data-testid="breakdowns-account">
              <h3>{t('breakdownAccount')}</h3>
              {view.account.map((card) => <Card key={card.key} card={card} />)}
            </div>
          )}
          {view.videos.slice(0, 20).map((video) => (
            <details key={video.videoId} data-testid="breakdowns-video" data-video={video.videoId}>
              <summary>{t('breakdownVideo', caption(video.videoId))}</summary>
              {video.cards.map((card) => <Card key={card.key} card={card} />)}
            </details>
          ))}
        </>
      )}
    </section>
  );
}
