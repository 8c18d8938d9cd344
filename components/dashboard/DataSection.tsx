// "Your data": what is stored, the CSV export, the backup file (make and restore), delete all.
import { useState } from 'preact/hooks';
import { problemOf } from '@/components/common/Problem';
import { t } from '@/utils/platform/i18n';
import { onMessage, sendMessage, type StoreStats } from '@/utils/platform/messaging';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DataSection({ stats, onChanged }: { stats?: StoreStats; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setMessage({ ok: false, text: problemOf(error) });
    }
  };
  const importFile = async (file: File) => {
    try {
      const parsed = JSON.parse(await file.text());
      const stopProgress = onMessage('saveProgress', ({ data }) =>
        setMessage({ ok: true, text: t('restoreProgress', [data.done.toLocaleString(), data.total.toLocaleString()]) }),
      );
      const result = await sendMessage('restoreBackup', parsed).finally(stopProgress);
      const done = t('restoreDone', [String(result.added), String(result.skipped)]);
      const conflicts = result.conflicts
        ? ` ${t('restoreConflicts', [String(result.conflicts), result.conflictSamples.map((c) => `${c.scope} @ ${new Date(c.capturedAt).toISOString()}`).join(', ')])}`
        : '';
      setMessage({ ok: !result.conflicts, text: done + conflicts });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: t('restoreFailed', (error as Error).message) });
    }
  };
  const deleteAll = () =>
    attempt(async () => {
      if (!confirm(t('deleteConfirm'))) return;
      await sendMessage('clearAll', undefined);
      setMessage({ ok: true, text: t('deleted') });
      onChanged();
    });
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('yourData')}</h2>
      <p class="muted" data-testid="stats">{stats ? t('storedCounts', [String(stats.snapshots), String(stats.points), String(stats.videos)]) : ''}{stats?.importedValues ? ` ${t('storedImported', stats.importedValues.toLocaleString())}` : ''}</p>
      <div class="row">
        <button onClick={() => attempt(async () => download(`creator-lens-${stamp}.csv`, 'text/csv', await sendMessage('exportCsv', undefined)))}>{t('exportCsv')}</button>
        <button onClick={() => attempt(async () => download(`creator-lens-${stamp}.json`, 'application/json', JSON.stringify(await sendMessage('makeBackup', undefined))))}>{t('backupMake')}</button>
        <label class="row">
          {t('backupRestore')}
          <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
        <span class="spacer" />
        <button onClick={() => void deleteAll()}>{t('deleteAll')}</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="data-message" class={message.ok ? '' : 'down'}>{message.text}</p>}
    </section>
  );
}
