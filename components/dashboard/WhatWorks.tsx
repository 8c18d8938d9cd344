// "What works for you": what is about to be lost (and the one action that saves it), an early
// read of each young video, and the creator's own groups of videos compared with their others.
// Reads its report from the background; `version` changes when the data did.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Problem, problemOf } from '@/components/common/Problem';
import {
  DIMENSION_LABEL,
  earlyReadText,
  findingText,
  groupLabel,
  OUTCOME_LABEL,
  ratioWithRange,
  VIDEOS_TO_SPEAK,
} from '@/components/common/what-works-words';
import type { DataAtRisk } from '@/utils/insights/data-at-risk';
import type { EarlyRead } from '@/utils/insights/early-read';
import { OUTCOMES } from '@/utils/insights/own-videos';
import { DIMENSIONS, MIN_VIDEOS, type Comparison, type WhatWorks as Result } from '@/utils/insights/what-works';
import type { WhatWorksReport } from '@/utils/insights/what-works-report';
import { fmt, fmtDate } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { sendMessage } from '@/utils/protocol/messaging';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { STUDIO_POSTS_URL } from '@/utils/reader/page-kinds';

/** The import section is on this page: bring its file picker into view. */
function goToImport() {
  document.getElementById('studio-import')?.scrollIntoView({ block: 'start' });
  document.querySelector<HTMLInputElement>('[data-testid="studio-files"]')?.focus();
}

function Risk({ risk }: { risk: DataAtRisk }) {
  const closes = risk.videos[0]?.closesAt;
  return (
    <div data-testid="at-risk">
      <h3>{t('wwRiskTitle')}</h3>
      {risk.daily && (
        <p class="banner row" data-testid="risk-days">
          <span>{t('wwRiskDays', [String(risk.daily.days), risk.daily.first, risk.daily.last])}</span>
          <button class="primary" onClick={goToImport}>{t('wwRiskImport')}</button>
        </p>
      )}
      {closes !== undefined && (
        <p class="banner row" data-testid="risk-videos">
          <span>{t('wwRiskVideos', [String(risk.videos.length), fmtDate(closes)])}</span>
          <button class="primary" onClick={() => void browser.tabs.create({ url: STUDIO_POSTS_URL })}>{t('wwRiskOpenPosts')}</button>
        </p>
      )}
      {!risk.daily && closes === undefined && <p class="muted">{t('wwRiskNone')}</p>}
    </div>
  );
}

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
  if (c.verdict === 'notEnough') return <td class="muted" data-verdict="notEnough">{t('wwCellNotEnough', [String(Math.min(c.videos, c.others)), String(c.need)])}</td>;
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

export function WhatWorks({ account, version }: { account: string; version?: number }) {
  const [report, setReport] = useState<WhatWorksReport>();
  const [problem, setProblem] = useState<string>();
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    setProblem(undefined);
    latest(sendMessage('getWhatWorks', account), setReport, (e) => setProblem(problemOf(e)));
  }, [account, version]);

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
          <Risk risk={report.risk} />
          <h3>{t('wwEarlyTitle')}</h3>
          <div data-testid="early-reads">
            {report.early.length ? report.early.map((read, i) => <EarlyReadLines key={i} read={read} />) : <p class="muted">{t('wwEarlyNone')}</p>}
          </div>
          <h3>{t('wwFoundTitle')}</h3>
          <p class="muted">{t('wwIntro', String(result.spoke))}</p>
          {found.length > 0 ? (
            <ul data-testid="what-works-found">{found.map((c) => <li key={`${c.outcome}|${c.dimension}|${c.group}`} class={c.ratio! > 1 ? 'up' : 'down'}>{findingText(c)}</li>)}</ul>
          ) : result.spoke ? (
            <p data-testid="what-works-none">{t('wwNoneFound', String(result.spoke))}</p>
          ) : (
            // With enough videos but no group large enough, each cell below says how far it is.
            result.videos < VIDEOS_TO_SPEAK && <p data-testid="what-works-none">{t('wwNotEnoughAll', [String(result.videos), String(VIDEOS_TO_SPEAK), String(MIN_VIDEOS)])}</p>
          )}
          <Tables result={result} />
        </>
      )}
    </section>
  );
}
