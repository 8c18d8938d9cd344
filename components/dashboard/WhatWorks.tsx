// "What works for you": an early read of each young video, and the creator's own groups of videos
// compared with their others: plain words first, the statistics behind them under "how we know".
// (What is about to be lost is at the top of the page: DataAtRiskBanner.) The page reads the report.
import { Problem } from '@/components/common/Problem';
import {
  DIMENSION_LABEL,
  earlyReadText,
  findingText,
  groupLabel,
  notEnoughText,
  plainFindingText,
  OUTCOME_LABEL,
  ratioWithRange,
  VIDEOS_TO_SPEAK,
} from '@/components/common/what-works-words';
import type { EarlyRead } from '@/utils/insights/early-read';
import { OUTCOMES } from '@/utils/insights/own-videos';
import { DIMENSIONS, MIN_VIDEOS, type Comparison, type WhatWorks as Result } from '@/utils/insights/what-works';
import type { WhatWorksReport } from '@/utils/insights/what-works-report';
import { fmt } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { stripBidiControls } from '@/utils/platform/safe-text';

function EarlyReadLines({ read }: { read: EarlyRead }) {
  if (!read.ready) {
    return read.missing === 'fewVideos'
      ? <p class="muted" data-ready="false"><bdi class="caption page-text">{stripBidiControls(read.caption ?? read.videoId)}</bdi>{t('wwEarlyFew', [String(read.have), String(read.need)])}</p>
      : <p class="muted" data-ready="false">{t('wwEarlyNone')}</p>;
  }
  const text = earlyReadText(read);
  return (
    <p data-ready="true" data-video={read.videoId}>
      <bdi class="caption page-text">{stripBidiControls(read.caption ?? read.videoId)}</bdi>
      {text.position} {text.day7} <span class="muted">{text.notes.join(' ')}</span>
    </p>
  );
}

function Cell({ c }: { c: Comparison }) {
  if (c.verdict === 'notEnough') return <td class="muted" data-verdict="notEnough">{notEnoughText(c)}</td>;
  const detail = t('wwCellDetail', [String(c.videos), String(c.others), fmt('views', c.groupMedian), fmt('views', c.othersMedian)]);
  if (c.verdict === 'noClearDifference') return <td class="muted" data-verdict="noClearDifference" title={`${ratioWithRange(c)} · ${detail}`}>{t('wwCellNone')}</td>;
  return <td class={c.ratio! > 1 ? 'up' : 'down'} data-verdict="found" title={detail}><strong>{ratioWithRange(c)}</strong></td>;
}

function Tables({ result }: { result: Result }) {
  const measured = OUTCOMES.filter((o) => result.comparisons.some((c) => c.outcome === o && c.videos + c.others > 0));
  const missing = OUTCOMES.filter((o) => !measured.includes(o));
  return (
    <>
      {DIMENSIONS.map((dimension) => {
        const rows = result.comparisons.filter((c) => c.dimension === dimension && c.outcome === measured[0]);
        if (!rows.length) return null;
        return (
          <table key={dimension} data-testid={`what-works-${dimension}`}>
            <caption class="sr-only">{t(DIMENSION_LABEL[dimension])}</caption>
            <thead>
              <tr><th scope="col">{t(DIMENSION_LABEL[dimension])}</th>{measured.map((o) => <th key={o} scope="col">{t(OUTCOME_LABEL[o])}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{groupLabel(row)}</th>
                  {measured.map((o) => <Cell key={o} c={result.comparisons.find((c) => c.dimension === dimension && c.group === row.group && c.outcome === o)!} />)}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {missing.length > 0 && <p class="muted">{t('wwNotMeasured', missing.map((o) => t(OUTCOME_LABEL[o])).join(', '))}</p>}
      {result.unknown.length > 0 && <p class="muted" data-testid="what-works-unknown">{t('wwNotKnown', result.unknown.map((d) => t(DIMENSION_LABEL[d])).join(', '))}</p>}
    </>
  );
}

export function WhatWorks({ report, problem }: { report?: WhatWorksReport; problem?: string }) {
  const result = report?.whatWorks;
  const found = result?.comparisons.filter((c) => c.verdict === 'found') ?? [];
  return (
    <section aria-labelledby="what-works" data-testid="what-works">
      <h2 id="what-works">{t('wwTitle')}</h2>
      <Problem text={problem} />
      {!report || !result ? (
        !problem && <p class="muted">{t('loading')}</p>
      ) : (
        <>
          <h3>{t('wwEarlyTitle')}</h3>
          <div data-testid="early-reads">
            {report.early.length ? report.early.map((read, i) => <EarlyReadLines key={i} read={read} />) : <p class="muted">{t('wwEarlyNone')}</p>}
          </div>
          <h3>{t('wwFoundTitle')}</h3>
          {found.length > 0 ? (
            <ul data-testid="what-works-plain">{found.map((c) => <li key={`${c.outcome}|${c.dimension}|${c.group}`} class={c.ratio! > 1 ? 'up' : 'down'}>{plainFindingText(c)}</li>)}</ul>
          ) : result.spoke ? (
            <p data-testid="what-works-none">{t('wwNoneFound', String(result.spoke))}</p>
          ) : (
            // With enough videos but no group large enough, each cell below says how far it is.
            result.videos < VIDEOS_TO_SPEAK && <p data-testid="what-works-none">{t('wwNotEnoughAll', [String(result.videos), String(VIDEOS_TO_SPEAK), String(MIN_VIDEOS)])}</p>
          )}
          <details data-testid="how-we-know">
            <summary>{t('wwHowWeKnow')}</summary>
            <p class="muted">{t('wwIntro', String(result.spoke))}</p>
            {found.length > 0 && <ul data-testid="what-works-found">{found.map((c) => <li key={`${c.outcome}|${c.dimension}|${c.group}`} class={c.ratio! > 1 ? 'up' : 'down'}>{findingText(c)}</li>)}</ul>}
            <Tables result={result} />
          </details>
        </>
      )}
    </section>
  );
}
