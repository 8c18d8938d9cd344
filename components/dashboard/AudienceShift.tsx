// How gender and top territories moved between TikTok Studio exports.
import { useMemo } from 'preact/hooks';
import { audienceShift, type AudiencePicture } from '@/utils/series/audience-shift';
import { GENDER_LABEL } from '@/components/common/message-keys';
import { t } from '@/utils/platform/i18n';
import { fmtDay as day, fmtNumber, fmtPercent, fmtRegion } from '@/utils/metrics/format';

const pct = (v: number | undefined) => (v === undefined ? '—' : fmtPercent(v / 100));
/** A country by its name in the UI language; Studio's "Others" row in words too. */
const territory = (key: string) => (/^others?$/i.test(key) ? t('audienceOtherRegions') : fmtRegion(key));
/** Percentage points, signed: "+2.5 pt". */
const points = (v: number) => t('audiencePoints', `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmtNumber(Math.abs(v))}`);

export function AudienceShift({ pictures }: { pictures: AudiencePicture[] }) {
  const shift = useMemo(() => audienceShift(pictures), [pictures]);
  if (!pictures.length) return null;
  return (
    <div class="table-wrap">
      <table data-testid="audience-shift">
        <thead>
          <tr>
            <td />
            {shift.takenAt.map((at) => <th key={at} scope="col">{day(at)}</th>)}
            {shift.takenAt.length > 1 && <th scope="col">{t('audienceChange')}</th>}
          </tr>
        </thead>
        <tbody>
          {shift.rows.map((row, i) => [
            row.kind !== shift.rows[i - 1]?.kind && (
              <tr key={row.kind} class="group">
                <th scope="colgroup" colSpan={shift.takenAt.length + (shift.takenAt.length > 1 ? 2 : 1)}>{t(row.kind === 'gender' ? 'audienceGender' : 'audienceTerritories')}</th>
              </tr>
            ),
            <tr key={`${row.kind}:${row.key}`}>
              <th scope="row">{row.kind === 'gender' && row.key in GENDER_LABEL ? t(GENDER_LABEL[row.key as keyof typeof GENDER_LABEL]) : row.kind === 'territory' ? territory(row.key) : row.key}</th>
              {row.values.map((v, i) => <td key={i}>{pct(v)}</td>)}
              {shift.takenAt.length > 1 && (
                <td class={row.shift ? (row.shift > 0 ? 'up' : 'down') : ''}>{row.shift === undefined ? '—' : points(row.shift)}</td>
              )}
            </tr>,
          ])}
        </tbody>
      </table>
      <p class="muted">{shift.takenAt.length > 1 ? t('audienceNote') : t('audienceOne')}</p>
    </div>
  );
}
