// The headline cards: each shows its latest value, or says exactly where in Studio to get one.
import { Sparkline } from '@/components/common/Sparkline';
import { fmt, fmtChange } from '@/utils/platform/format';
import { METRIC_LABEL } from '@/components/common/message-keys';
import { whereToCapture } from '@/utils/reader/page-kinds';
import { t } from '@/utils/platform/i18n';
import type { Card } from '@/utils/views/popup-view';

const sign = (n?: number) => (n === undefined || n === 0 ? '' : n > 0 ? 'up' : 'down');

export function Cards({ cards, onOpen }: { cards: Card[]; onOpen: (url: string) => void }) {
  return (
    <section class="cards" aria-label={t('headline')}>
      {cards.map((c) => (
        <div class="card" data-testid={`card-${c.metric}`} key={c.metric}>
          <div class="muted">{t(METRIC_LABEL[c.metric])}{c.range && c.range !== 'lifetime' ? ` · ${t('periodOf', c.range)}` : ''}</div>
          {c.latest ? (
            <>
              <div class="value" data-testid="value">{c.latest.rounded ? '≈ ' : ''}{fmt(c.metric, c.latest.v)}</div>
              <div class="row">
                <span class={sign(c.sincePrevious)} title={t('sincePrevious')} data-testid="since-previous">{fmtChange(c.metric, c.sincePrevious)}</span>
                <span class={`muted ${sign(c.overWindow)}`} title={t('overWindow')}>{fmtChange(c.metric, c.overWindow)}</span>
                <span class="spacer" />
                <Sparkline points={c.spark} />
              </div>
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
