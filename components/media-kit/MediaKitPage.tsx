// The media kit: one printable page of the creator's numbers over a chosen range, made on the
// device from their own history (print to PDF from the browser; nothing is uploaded).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { GENDER_LABEL, METRIC_LABEL } from '@/components/common/message-keys';
import { Problem } from '@/components/common/Problem';
import { TimeChart } from '@/components/common/TimeChart';
import { fmt, fmtChange, fmtExact, fmtDay, fmtIsoDay, fmtPercent, fmtRegion } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';
import { latestOnly } from '@/utils/platform/latest-only';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { sendMessage } from '@/utils/protocol/messaging';
import { MEDIA_KIT_RANGES, type MediaKit } from '@/utils/views/media-kit-view';
import type { AccountRecency } from '@/utils/views/view-source';

const TOP_TERRITORIES = 5;
const percent = (v: number) => fmtPercent(v / 100);

export function MediaKitPage() {
  const [accounts, setAccounts] = useState<AccountRecency[]>();
  const [account, setAccount] = useState<string>();
  const [days, setDays] = useState<number>(MEDIA_KIT_RANGES[0]);
  const [kit, setKit] = useState<MediaKit>();
  const [problem, setProblem] = useState<string>();
  const latest = useMemo(() => latestOnly(), []);
  const fail = (e: unknown) => setProblem(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    sendMessage('accountsByRecency', undefined).then((all) => {
      const named = all.filter((a) => a.account);
      const shown = named.length ? named : all;
      setAccounts(shown);
      setAccount(shown[0]?.account);
    }, fail);
  }, []);
  useEffect(() => {
    if (account !== undefined) latest(sendMessage('getMediaKit', { account, days }), setKit, fail);
  }, [account, days]);

  const growth = useMemo(() => (kit?.followers ? [{ label: t(METRIC_LABEL.followers), points: kit.followers.growth, color: '#e11d48' }] : []), [kit]);

  if (problem) return <Problem text={problem} />;
  if (!accounts) return <p class="muted">{t('loading')}</p>;
  if (!accounts.length) return <p data-testid="kit-empty">{t('kitEmpty')}</p>;

  const territories = kit?.audience?.territories ? Object.entries(kit.audience.territories).sort((a, b) => b[1] - a[1]).slice(0, TOP_TERRITORIES) : [];
  const gender = kit?.audience?.gender ? (Object.entries(kit.audience.gender) as Array<[keyof typeof GENDER_LABEL, number]>) : [];
  return (
    <>
      <header class="row">
        <img src="/icons/48.png" alt="" width="28" height="28" />
        <h1 data-testid="kit-account">{t('kitHeading', account ? `@${account}` : t('accountUnnamed'))}</h1>
        <span class="spacer" />
        <div class="row no-print">
          {accounts.length > 1 && (
            <select aria-label={t('account')} value={account} onChange={(e) => setAccount(e.currentTarget.value)}>
              {accounts.map((a) => <option key={a.account} value={a.account}>@{a.account}</option>)}
            </select>
          )}
          <select aria-label={t('range')} data-testid="kit-range" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            {MEDIA_KIT_RANGES.map((d) => <option key={d} value={d}>{t('kitRangeDays', String(d))}</option>)}
          </select>
          <button class="primary" onClick={() => print()}>{t('kitPrint')}</button>
        </div>
      </header>
      {kit && (
        <>
          <p class="muted" data-testid="kit-range-text">
            {t('kitRange', [fmtIsoDay(kit.from), fmtIsoDay(kit.to)])}{kit.asOf !== undefined ? ` ${t('chartImageCaptured', fmtDay(kit.asOf))}` : ''}
          </p>
          <section aria-labelledby="kit-numbers">
            <h2 id="kit-numbers">{t('kitNumbers')}</h2>
            {kit.totals.length || kit.followers ? (
              <dl class="kit-numbers" data-testid="kit-totals">
                {kit.followers && (
                  <div data-metric="followers">
                    <dt>{t(METRIC_LABEL.followers)}</dt>
                    <dd>{fmtExact('followers', kit.followers.end)} <span class={kit.followers.gained >= 0 ? 'up' : 'down'}>{fmtChange('followers', kit.followers.gained)}</span></dd>
                  </div>
                )}
                {kit.totals.map((x) => (
                  <div key={x.metric} data-metric={x.metric}>
                    <dt>{t(METRIC_LABEL[x.metric])}</dt>
                    <dd>{fmtExact(x.metric, x.value)}</dd>
                  </div>
                ))}
                {kit.engagementRate !== undefined && (
                  <div data-metric="engagement">
                    <dt>{t('kitEngagement')}</dt>
                    <dd>{fmtPercent(kit.engagementRate)}</dd>
                  </div>
                )}
              </dl>
            ) : <p class="muted">{t('kitNoDays')}</p>}
          </section>
          {kit.followers && kit.followers.growth.length > 1 && (
            <section aria-labelledby="kit-growth">
              <h2 id="kit-growth">{t('kitGrowth')}</h2>
              <TimeChart series={growth} days label={t('kitGrowthSummary', [fmt('followers', kit.followers.start), fmt('followers', kit.followers.end)])} title={`@${kit.account} · ${t(METRIC_LABEL.followers)}`} />
            </section>
          )}
          <section aria-labelledby="kit-videos">
            <h2 id="kit-videos">{t('kitBestVideos')}</h2>
            {kit.bestVideos.length ? (
              <ol data-testid="kit-videos">
                {kit.bestVideos.map((v) => (
                  <li key={v.videoId}>
                    <bdi class="page-text">{stripBidiControls(v.caption ?? v.videoId)}</bdi>: {fmt('views', v.views)} {t(METRIC_LABEL.views).toLocaleLowerCase()}
                    {v.likes !== undefined ? `, ${fmt('likes', v.likes)} ${t(METRIC_LABEL.likes).toLocaleLowerCase()}` : ''}
                  </li>
                ))}
              </ol>
            ) : <p class="muted">{t('kitNoVideos')}</p>}
          </section>
          <section aria-labelledby="kit-audience">
            <h2 id="kit-audience">{t('kitAudience')}</h2>
            {gender.length || territories.length ? (
              <dl class="kit-numbers" data-testid="kit-audience">
                {gender.map(([g, v]) => <div key={g}><dt>{g in GENDER_LABEL ? t(GENDER_LABEL[g]) : g}</dt><dd>{percent(v)}</dd></div>)}
                {territories.map(([code, v]) => <div key={code}><dt>{fmtRegion(code)}</dt><dd>{percent(v)}</dd></div>)}
              </dl>
            ) : <p class="muted">{t('kitNoAudience')}</p>}
          </section>
          <p class="muted">{t('kitMadeOnDevice')}</p>
        </>
      )}
    </>
  );
}
