// "Your data": what is stored, the CSV export, the backup file (make and restore), delete all.
import { useState } from 'preact/hooks';
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

/** `hasAccounts`: some account has data (imported days count too, which `stats` does not list). */
export function DataSection({ stats, hasAccounts, onChanged }: { stats?: StoreStats; hasAccounts: boolean; onChanged: () => void }) {
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
