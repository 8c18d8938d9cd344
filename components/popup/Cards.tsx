// The headline cards: each shows its latest value, what it covers and from when, and two changes,
// each with its words (like with like: the previous window of the same length, the capture or the
// day before; over the chart's window), a disagreement between an import and a capture in words,
// or says exactly where in Studio to get a value.
import { Sparkline } from '@/components/common/Sparkline';
import { Amount } from '@/components/common/Amount';
import { CHANGE_IN_DAYS, LAST_DAYS, METRIC_LABEL, VS_PREVIOUS_DAYS } from '@/components/common/message-keys';
import { fmt, fmtDate, fmtExact, fmtIsoDay } from '@/utils/metrics/format';
import { rollingDays } from '@/utils/views/window-totals';
import { whereToCapture } from '@/utils/reader/page-kinds';
import { t } from '@/utils/platform/i18n';
import { plural } from '@/utils/platform/ui-language';
import type { Card } from '@/utils/views/popup-view';

/** "last 7 days" for Studio's "7d"; other periods as Studio names them. */
function period(range?: string): string {
  if (!range || range === 'lifetime') return '';
  const days = /^(\d+)d$/.exec(range);
  return ` · ${days ? plural(LAST_DAYS, Number(days[1])) : t('periodOf', range)}`;
}

/** What the first change is measured against, in words; none when there is nothing like to compare with. */
function comparedWith(card: Card): string | undefined {
  if (card.comparedWith === 'lastCapture') return t('changeSinceLast');
  if (card.comparedWith === 'previousDay') return t('changeVsPreviousDay');
  if (card.comparedWith === 'previousWindow') return plural(VS_PREVIOUS_DAYS, rollingDays(card.range) ?? 0);
  return undefined;
}

/** "to 5 Dec 2026, from your import" / "…, as captured". */
const THROUGH = { import: 'cardThroughImport', capture: 'cardThroughCapture', studio: 'cardThroughStudio' } as const;
const asOf = (card: Card) => card.latestFrom && t(THROUGH[card.latestFrom.source], fmtIsoDay(card.latestFrom.through));

const sign = (n?: number) => (n === undefined || n === 0 ? '' : n > 0 ? 'up' : 'down');

/** `days`: the chart's window (0: everything), which the second change covers; `lastKnown`: the last popup's cards, painted until fresh ones arrive. */
export function Cards({ cards, days, onOpen, lastKnown = false }: { cards: Card[]; days: number; onOpen: (url: string) => void; lastKnown?: boolean }) {
  const overWindow = days ? plural(CHANGE_IN_DAYS, days) : t('changeAllTime');
  return (
    <section class="cards" aria-label={t('headline')} aria-busy={lastKnown}>
      {cards.map((card) => (
        <div class="card" data-testid={`${lastKnown ? 'last-known-' : ''}card-${card.metric}`} key={card.metric}>
          <div class="label">{t(METRIC_LABEL[card.metric])}{period(card.range)}</div>
          {card.latest ? (
            <>
              <div class="row">
                <Amount class="value" testId="value" metric={card.metric} value={card.latest.v} rounded={card.latest.rounded} />
                <span class="spacer" />
                <Sparkline points={card.spark} />
              </div>
              {card.latestFrom && <div class="muted small" data-testid="as-of">{asOf(card)}</div>}
              <ul class="changes">
                {comparedWith(card) !== undefined && card.sincePrevious !== undefined && (
                  <li>
                    <Amount class={sign(card.sincePrevious)} testId="since-previous" metric={card.metric} value={card.sincePrevious} rounded={card.latest.rounded} change />{' '}
                    <span class="what" data-testid="compared-with">{comparedWith(card)}</span>
                  </li>
                )}
                <li>
                  <Amount class={sign(card.overWindow)} testId="over-window" metric={card.metric} value={card.overWindow} rounded={card.latest.rounded} change />{' '}
                  <span class="what">{overWindow}</span>
                </li>
              </ul>
              {card.exactFromStudio && <p class="muted" data-testid="exact-from-studio">{t('cardExactFromStudio')}</p>}
              {card.unconfirmed && (
                <p class="muted" data-testid="unconfirmed">
                  {t('cardUnconfirmed', [fmt(card.metric, card.unconfirmed.captured.v, card.unconfirmed.captured.rounded), plural(LAST_DAYS, parseInt(card.unconfirmed.range, 10)), fmtIsoDay(card.unconfirmed.through), fmtExact(card.metric, card.unconfirmed.days.v)])}
                </p>
              )}
              {card.disagreement && (
                <p class="down small" role="note" data-testid="disagreement">
                  {t('cardDisagree', [fmt(card.metric, card.disagreement.imported.v, card.disagreement.imported.rounded), fmt(card.metric, card.disagreement.captured.v, card.disagreement.captured.rounded), fmtDate(card.disagreement.captured.at), fmtIsoDay(card.disagreement.through)])}
                </p>
              )}
            </>
          ) : (
            <HowToCapture metric={card.metric} onOpen={onOpen} />
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
