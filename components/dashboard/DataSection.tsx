// "Your data": what is stored, where an import and captures disagree (both values, both sources),
// the CSV export, the backup file (make and restore), delete all.
import { useEffect, useRef, useState } from 'preact/hooks';
import { METRIC_LABEL, LAST_DAYS } from '@/components/common/message-keys';
import { fmt, fmtDate, fmtIsoDay } from '@/utils/metrics/format';
import { latestOnly } from '@/utils/platform/latest-only';
import { rollingDays } from '@/utils/views/window-totals';
import type { MetricDisagreement } from '@/utils/views/dashboard-view';
import { DeleteAll } from '@/components/common/DeleteAll';
import { errorText, problemOf } from '@/components/common/Problem';
import { t } from '@/utils/platform/i18n';
import { CAPTURE_COUNT, VALUE_COUNT, VIDEO_COUNT } from '@/components/common/message-keys';
import { fmtCount } from '@/utils/metrics/format';
import { plural } from '@/utils/platform/ui-language';
import { onMessage, sendMessage, type StoreStats } from '@/utils/protocol/messaging';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Captured and imported totals of one window that differ beyond Studio's rounding, each said with both values. */
function Disagreements({ account, version }: { account: string; version?: number }) {
  const [found, setFound] = useState<MetricDisagreement[]>([]);
  const latest = useRef(latestOnly()).current;
  useEffect(() => {
    // Only said when there is something to say: a failure here leaves the section as it is.
    latest(sendMessage('getDisagreements', account), (list) => setFound(Array.isArray(list) ? list : []), () => setFound([]));
  }, [account, version]);
  if (!found.length) return null;
  return (
    <div data-testid="disagreements">
      <h3>{t('disagreeTitle')}</h3>
      <ul>
        {found.slice(0, 20).map((d) => (
          <li key={`${d.metric}|${d.range}|${d.through}`}>
            {t('disagreeRow', [t(METRIC_LABEL[d.metric]), plural(LAST_DAYS, rollingDays(d.range) ?? 0), fmtIsoDay(d.through), fmtDate(d.captured.at), fmt(d.metric, d.captured.v, d.captured.rounded), fmt(d.metric, d.imported.v, d.imported.rounded)])}
          </li>
        ))}
      </ul>
      <p class="muted">{t('disagreeNote')}</p>
    </div>
  );
}

/** `hasAccounts`: some account has data (imported days count too, which `stats` does not list); `account`: the one shown, whose disagreements are listed. */
export function DataSection({ stats, hasAccounts, onChanged, account, version }: { stats?: StoreStats; hasAccounts: boolean; onChanged: () => void; account?: string; version?: number }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setMessage({ ok: false, text: problemOf(error) });
    }
  };
  const restoreFile = async (file: File) => {
    try {
      const parsed = JSON.parse(await file.text());
      const stopProgress = onMessage('saveProgress', ({ data }) =>
        setMessage({ ok: true, text: t('restoreProgress', [fmtCount(data.done), fmtCount(data.total)]) }),
      );
      const result = await sendMessage('restoreBackup', parsed).finally(stopProgress);
      const done = t('restoreDone', [fmtCount(result.added), fmtCount(result.skipped)]);
      const conflicts = result.conflicts
        ? ` ${t('restoreConflicts', [fmtCount(result.conflicts), result.conflictSamples.map((c) => `${c.scope} @ ${new Date(c.capturedAt).toISOString()}`).join(', ')])}`
        : '';
      setMessage({ ok: !result.conflicts, text: done + conflicts });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: t('restoreFailed', errorText(error)) });
    }
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const empty = stats !== undefined && !hasAccounts && stats.snapshots === 0 && stats.points === 0 && stats.videos === 0;
  /**
   * Export, backup and delete look unavailable while nothing is stored, but stay clickable: the
   * counts may be older than a capture another tab just made, so a click asks again and either
   * goes ahead or says what to do first.
   */
  const whenStored = (work: () => Promise<void>) =>
    attempt(async () => {
      if (empty) {
        const fresh = await sendMessage('storeStats', undefined);
        if (!fresh.snapshots && !fresh.points && !fresh.videos && !fresh.studioValues) return setMessage({ ok: false, text: t('storedNothing') });
        onChanged();
      }
      await work();
    });
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('yourData')}</h2>
      <p class={empty ? 'empty-state' : 'muted'} data-testid="stats">
        {!stats ? '' : empty ? t('storedNothing') : t('storedCounts', [plural(CAPTURE_COUNT, stats.snapshots), plural(VALUE_COUNT, stats.points), plural(VIDEO_COUNT, stats.videos)])}
        {stats?.importedValues ? ` ${t('storedImported', fmtCount(stats.importedValues))}` : ''}
        {stats?.studioValues ? ` ${t('storedStudioValues', fmtCount(stats.studioValues))}` : ''}
      </p>
      {account && <Disagreements account={account} version={version} />}
      <div class="row">
        <button aria-disabled={empty} data-testid="export-csv" onClick={() => whenStored(async () => download(`creator-lens-${stamp}.csv`, 'text/csv', await sendMessage('exportCsv', undefined)))}>{t('exportCsv')}</button>
        <button aria-disabled={empty} onClick={() => whenStored(async () => download(`creator-lens-${stamp}.json`, 'application/json', JSON.stringify(await sendMessage('makeBackup', undefined))))}>{t('backupMake')}</button>
        <label class="row">
          {t('backupRestore')}
          <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => e.currentTarget.files?.[0] && void restoreFile(e.currentTarget.files[0])} />
        </label>
        <span class="spacer" />
        <DeleteAll
          onDeleted={() => {
            setMessage({ ok: true, text: t('deleted') });
            onChanged();
          }}
          onFailed={(error) => setMessage({ ok: false, text: problemOf(error) })}
        />
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="data-message" class={message.ok ? '' : 'down'}>{message.text}</p>}
    </section>
  );
}
