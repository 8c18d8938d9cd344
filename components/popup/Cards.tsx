// The headline cards: each shows its latest value and two changes, each with its words (since the
// last capture, over the chart's window), or says exactly where in Studio to get a value.
import { Sparkline } from '@/components/common/Sparkline';
import { Amount } from '@/components/common/Amount';
import { CHANGE_IN_DAYS, LAST_DAYS, METRIC_LABEL } from '@/components/common/message-keys';
import { whereToCapture } from '@/utils/reader/page-kinds';
import { t } from '@/utils/platform/i18n';
import { plural } from '@/utils/platform/ui-language';
import { fmt, fmtExact, fmtIsoDay } from '@/utils/metrics/format';
import type { Card } from '@/utils/views/popup-view';

/** "last 7 days" for Studio's "7d"; other periods as Studio names them. */
function period(range?: string): string {
  if (!range || range === 'lifetime') return '';
  const days = /^(\d+)d$/.exec(range);
  return ` · ${days ? plural(LAST_DAYS, Number(days[1])) : t('periodOf', range)}`;
}

const sign = (n?: number) => (n === undefined || n === 0 ? '' : n > 0 ? 'up' : 'down');

/** `days`: the chart's window (0: everything), which the second change covers. */
export function Cards({ cards, days, onOpen }: { cards: Card[]; days: number; onOpen: (url: string) => void }) {
  const overWindow = days ? plural(CHANGE_IN_DAYS, days) : t('changeAllTime');
  return (
    <section class="cards" aria-label={t('headline')}>
      {cards.map((c) => (
        <div class="card" data-testid={`card-${c.metric}`} key={c.metric}>
          <div class="label">{t(METRIC_LABEL[c.metric])}{period(c.range)}</div>
          {c.latest ? (
            <>
              <div class="row">
                <Amount class="value" testId="value" metric={c.metric} value={c.latest.v} rounded={c.latest.rounded} />
                <span class="spacer" />
                <Sparkline points={c.spark} />
              </div>
              <ul class="changes">
                <li>
                  <Amount class={sign(c.sincePrevious)} testId="since-previous" metric={c.metric} value={c.sincePrevious} rounded={c.latest.rounded} change />{' '}
                  <span class="what">{t('changeSinceLast')}</span>
                </li>
                <li>
                  <Amount class={sign(c.overWindow)} testId="over-window" metric={c.metric} value={c.overWindow} rounded={c.latest.rounded} change />{' '}
                  <span class="what">{overWindow}</span>
                </li>
              </ul>
              {c.exactFromStudio && <p class="muted" data-testid="exact-from-studio">{t('cardExactFromStudio')}</p>}
              {c.unconfirmed && (
                <p class="muted" data-testid="unconfirmed">
                  {t('cardUnconfirmed', [fmt(c.metric, c.unconfirmed.captured.v, c.unconfirmed.captured.rounded), plural(LAST_DAYS, parseInt(c.unconfirmed.range, 10)), fmtIsoDay(c.unconfirmed.through), fmtExact(c.metric, c.unconfirmed.days.v)])}
                </p>
              )}
            </>
          ) : (
            <HowToCapture metric={c.metric} onOpen={onOpen} />
          )}
        </div>
      ))}
    </section>
  );
}

function HowToCapture({ metric, onOpen }: { metric: Card['metric']; onOpen: (url: string) => void }) {
  const where = whereToCapture(metric);
  return where ? <button class="link" data-testid="how" onClick={() => onOpen(where.url)}>{t(where.hint)}</button> : null;
}
