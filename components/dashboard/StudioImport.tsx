// "Import from TikTok Studio": pick or drop the zips Studio's Download data gives, see what they
// hold, choose the account when the names do not say, then save everything in one go.
import { useEffect, useRef, useState } from 'preact/hooks';
import { METRIC_LABEL } from '@/components/common/message-keys';
import { errorText } from '@/components/common/Problem';
import { fmtCount, fmtIsoDay } from '@/utils/metrics/format';
import { t, type MessageKey } from '@/utils/platform/i18n';
import { onMessage, sendMessage } from '@/utils/protocol/messaging';
import { localDate } from '@/utils/platform/days';
import { summarizeParts } from '@/utils/import/import-preview';
import { batchForSaving, sendInPieces, type StudioImportResult } from '@/utils/import/import-batch';
import type { DailyMetric, ReadNote, ReadNoteKind, StudioFilePart } from '@/utils/import/studio-files';
import { readStudioFiles, type FileReadResult } from './read-in-worker';

const OTHER = '\u0000other';

const NOTE_KEY: Record<ReadNoteKind, MessageKey> = {
  date: 'studioNoteDate', hour: 'studioNoteHour', cell: 'studioNoteCell', row: 'studioNoteRow', repaired: 'studioNoteRepaired',
  videoLink: 'studioNoteVideoLink', caption: 'studioNoteCaption', columns: 'studioNoteColumns', noValues: 'studioNoteNoValues', exportTime: 'studioNoteExportTime',
  more: 'studioNoteMore',
};

/** "Overview.csv, line 5, column “Date”: “Someday” is not a date…" */
function noteText(note: ReadNote): string {
  const where = [note.file, note.line !== undefined ? t('studioNoteLine', String(note.line)) : '', note.column ? t('studioNoteColumn', note.column) : ''];
  return `${where.filter(Boolean).join(', ')}: ${t(NOTE_KEY[note.kind], note.count !== undefined ? String(note.count) : (note.text ?? ''))}`;
}

/** The days an import brought, as the dashboard's day chart can show them. */
export interface ImportedRange {
  metric: DailyMetric;
  first: string;
  last: string;
}

/**
 * `focus`: the page was opened to import (the popup's offer): bring the picker into view.
 * `onShowDays`: the saved message's link to the day chart of the imported range.
 */
export function StudioImport({ accounts, onImported, onShowDays, focus }: { accounts: string[]; onImported: (account: string) => void; onShowDays?: (range: ImportedRange) => void; focus?: boolean }) {
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    picker.current?.scrollIntoView({ block: 'center' });
    picker.current?.focus();
  }, [focus]);
  const [read, setRead] = useState<FileReadResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [chosen, setChosen] = useState<string>('');
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string; days?: ImportedRange }>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  /** The reading under way, which Cancel stops. */
  const [reading, setReading] = useState<AbortController>();

  const parts = read.flatMap((r): StudioFilePart[] => ('part' in r ? [r.part] : []));
  const summary = summarizeParts(parts);
  const named = summary.accounts.length === 1 ? summary.accounts[0] : undefined;
  const account = named ?? (chosen === OTHER || !accounts.length ? typed : chosen || accounts[0]);
  const mixed = summary.accounts.length > 1;

  const take = async (files: File[]) => {
    if (!files.length) return;
    const controller = new AbortController();
    setReading(controller);
    setBusy(true);
    setMessage(undefined);
    const results = await readStudioFiles(files, localDate(Date.now()), controller.signal);
    if (results) setRead((before) => [...before.filter((r) => !results.some((n) => n.name === r.name)), ...results]);
    else setMessage({ ok: true, text: t('studioImportCancelled') });
    setReading(undefined);
    setBusy(false);
  };

  const notes = parts.flatMap((p) => p.notes ?? []);

  const save = async () => {
    setBusy(true);
    const stopProgress = onMessage('saveProgress', ({ data }) => setProgress(data));
    try {
      // Each day, hour and video once, without the preview's notes, in pieces of bounded size.
      const result: StudioImportResult = await sendInPieces({ account, parts: batchForSaving(parts) }, (piece) => sendMessage('importStudioPiece', piece)).finally(() => {
        stopProgress();
        setProgress(undefined);
      });
      const metric = summary.metrics[0];
      const days = metric && result.firstDay && result.lastDay ? { metric, first: result.firstDay, last: result.lastDay } : undefined;
      setMessage({ ok: true, text: t('studioImportSaved', [result.account, fmtCount(result.added), fmtCount(result.updated), fmtCount(result.unchanged)]), ...(days ? { days } : {}) });
      setRead([]);
      // The page redraws with the new history in a task of its own, after this message shows.
      setTimeout(() => onImported(result.account), 0);
    } catch (error) {
      setMessage({ ok: false, text: t('studioImportFailed', errorText(error)) });
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="studio-import" data-testid="studio-import">
      <h2 id="studio-import">{t('studioImportTitle')}</h2>
      <p class="muted">{t('studioImportHelp')}</p>
      <div
        class={`drop${dragging ? ' over' : ''}`}
        data-testid="studio-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label class="row">
          {t('studioImportPick')}
          <input ref={picker} type="file" multiple accept=".zip,.csv,.xlsx,application/zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="studio-files" disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              void take([...(input.files ?? [])]).then(() => (input.value = ''));
            }} />
        </label>
        <span class="muted">{t('studioImportDrop')}</span>
      </div>

      {read.length > 0 && (
        <div data-testid="studio-preview">
          <table>
            <thead><tr><th>{t('colFile')}</th><th>{t('colFound')}</th></tr></thead>
            <tbody>
              {read.map((r) => (
                <tr key={r.name}>
                  <td>{r.name}</td>
                  {'part' in r ? <td>{r.part.files.join(', ')}</td> : <td class="down" role="alert">{r.error}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {parts.length > 0 && (
            <p data-testid="studio-summary">
              {summary.days > 0 && t('studioImportDays', [fmtCount(summary.days), fmtIsoDay(summary.firstDay!), fmtIsoDay(summary.lastDay!), summary.metrics.map((m) => t(METRIC_LABEL[m])).join(', ')])}
              {summary.activityDays > 0 && ` ${t('studioImportActivity', fmtCount(summary.activityDays))}`}
              {summary.audience && ` ${t('studioImportAudience')}`}
              {summary.videos > 0 && ` ${t('studioImportVideos', fmtCount(summary.videos))}`}
            </p>
          )}
          {notes.length > 0 && (
            <details open={notes.length <= 5} data-testid="studio-notes">
              <summary>{t('studioNotesTitle', String(notes.length))}</summary>
              <ul>{notes.map((note, i) => <li key={i}>{noteText(note)}</li>)}</ul>
            </details>
          )}
          {mixed && <p role="alert" class="down">{t('studioImportMixed', summary.accounts.map((a) => `@${a}`).join(', '))}</p>}
          {parts.length > 0 && !mixed && (
            <div class="row">
              {named ? (
                <span>{t('account')}: <strong data-testid="studio-account">@{named}</strong></span>
              ) : (
                <>
                  <label>{t('studioImportAccount')}{' '}
                    {accounts.length > 0 && (
                      <select data-testid="studio-account-choice" value={chosen || accounts[0]} onChange={(e) => setChosen(e.currentTarget.value)}>
                        {accounts.map((a) => <option key={a} value={a}>@{a}</option>)}
                        <option value={OTHER}>{t('studioImportOther')}</option>
                      </select>
                    )}
                  </label>
                  {(chosen === OTHER || !accounts.length) && (
                    <input aria-label={t('studioImportAccount')} data-testid="studio-account-input" placeholder="@handle" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
                  )}
                </>
              )}
              <span class="spacer" />
              <button onClick={() => setRead([])}>{t('cancel')}</button>
              <button class="primary" data-testid="studio-save" disabled={busy || !account.trim()} onClick={() => void save()}>{t('studioImportSave')}</button>
            </div>
          )}
        </div>
      )}
      {busy && (
        <p class="muted row" role="status" data-testid="studio-progress">
          {progress ? t('studioImportProgress', [progress.done.toLocaleString(), progress.total.toLocaleString()]) : t('loading')}
          {reading && <button data-testid="studio-cancel-reading" onClick={() => reading.abort()}>{t('cancel')}</button>}
        </p>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} data-testid="studio-message" class={message.ok ? '' : 'down'}>
          {message.text}
          {message.days && onShowDays && (
            <>
              {' '}
              <a href="#daily" data-testid="studio-see-days" onClick={() => onShowDays(message.days!)}>{t('importSeeDays')}</a>
            </>
          )}
        </p>
      )}
    </section>
  );
}
