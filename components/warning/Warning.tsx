// The warning page: why the guard stopped an address, and the ways on (back, once, always).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getDomain } from 'tldts';
import { readBlockedTarget } from '@/utils/guard/blocked-target';
import { classifyPage, type GuardVerdict } from '@/utils/guard/classify';
import { GUARD_ACTIONS } from '@/utils/guard/guard-actions';
import { adviceTopics, explain, type AdviceTopic, type ExplainArg } from '@/utils/guard/explain-verdict';
import { readPageSignals } from '@/utils/guard/page-signals';
import { stripBidiControls } from '@/utils/platform/safe-text';
import { t, type MessageKey } from '@/utils/platform/i18n';
import { sendMessage } from '@/utils/protocol/messaging';
import { useDeliberateInput } from './use-deliberate-input';

/** The blocked address, read once: verdict, destination and allowed host all come from it. */
const target = readBlockedTarget(location.hash);
/** What the page itself showed, when the page check (not the address) sent the tab here. */
const pageSignals = readPageSignals(location.search);

/**
 * Nothing is let through for a host that is no one site: a public suffix (com, co.uk, github.io)
 * or a name without a registrable domain. An IP address is one host and may be.
 */
const oneSite = target.ok && (/^[0-9.]+$|^\[/.test(target.host) || Boolean(getDomain(target.host, { allowPrivateDomains: true })));

/**
 * A web page that frames this page (or drives it from a script) must not be able to proceed or
 * allow anything: the page acts only as its own top-level tab, and only on real clicks.
 */
const framed = window.top !== window;

function titleKey(verdict: GuardVerdict | undefined): MessageKey {
  if (verdict?.level === 'known-scam') return 'warnTitleScam';
  if (verdict?.level === 'lookalike') return 'warnTitleLookalike';
  if (verdict && GUARD_ACTIONS[verdict.level] === 'caution') return 'cautionTitle';
  return 'warnTitleSuspicious';
}

async function proceed(action: 'guardProceedOnce' | 'guardAllowAlways' | 'guardCautionSeen', event: MouseEvent) {
  if (!event.isTrusted || framed || !target.ok || !oneSite) return;
  await sendMessage(action, target.href);
  location.replace(target.href);
}

function backToSafety() {
  if (history.length > 1) history.back();
  else location.replace('https://www.tiktok.com/');
}

/** The advice for each kind of scam: what no site can do, and where the real thing is. */
const ADVICE: Record<AdviceTopic, MessageKey[]> = {
  viewers: ['warnNoViewerList', 'warnRisks', 'warnProfileViews'],
  growth: ['adviceGrowth'],
  login: ['adviceLogin'],
  shop: ['adviceShop'],
  app: ['adviceApp'],
};
const adviceKeys = (verdict: GuardVerdict | undefined) => [...new Set((verdict ? adviceTopics(verdict) : (['viewers'] as const)).flatMap((topic) => ADVICE[topic]))];

/** Text from the address (a domain, a word) loses bidi controls so it cannot reorder the sentence. */
const argText = (arg: ExplainArg) => ('text' in arg ? stripBidiControls(arg.text) : 'messages' in arg ? arg.messages.map((m) => t(m)).join('; ') : t(arg.message));

function Warning({ verdict }: { verdict?: GuardVerdict }) {
  const reasons = verdict ? explain(verdict) : [];
  const [confirming, setConfirming] = useState(false);
  // "Back to safety" is focused and always works; the ways on wait for a deliberate choice.
  const deliberate = useDeliberateInput();
  return (
    <>
      <h1>{t(titleKey(verdict))}</h1>
      <p class="url" data-testid="blocked-url">{stripBidiControls(target.ok ? target.href : target.raw)}</p>
      <section class="card" aria-labelledby="why">
        <h2 id="why">{t('warnWhy')}</h2>
        <ul data-testid="reasons">
          {!target.ok && <li>{t('warnUnreadable')}</li>}
          {target.ok && !oneSite && <li>{t('warnNoSite')}</li>}
          {reasons.map((r) => (
            <li key={r.key}>{t(r.key, r.args.map(argText))}</li>
          ))}
          {verdict?.imitates && <li>{t('warnImitates', verdict.imitates)}</li>}
        </ul>
      </section>
      <section class="card" data-testid="advice">
        {adviceKeys(verdict).map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
      </section>
      <div class="actions">
        <button class="primary" onClick={backToSafety} autoFocus>{t('warnBack')}</button>
        {verdict && oneSite && <button disabled={!deliberate} onClick={(e) => void proceed('guardProceedOnce', e)}>{t('warnProceedOnce')}</button>}
      </div>
      {verdict && oneSite && (
        <p class="always">
          {confirming ? (
            <span data-testid="allow-confirm">
              {t('warnAllowConfirm')}{' '}
              <button class="link" disabled={!deliberate} onClick={(e) => void proceed('guardAllowAlways', e)}>{t('warnAllowConfirmYes')}</button>{' '}
              <button class="link" onClick={() => setConfirming(false)}>{t('warnAllowConfirmNo')}</button>
            </span>
          ) : (
            <button class="link" disabled={!deliberate} onClick={(e) => e.isTrusted && setConfirming(true)}>{t('warnAllowAlways')}</button>
          )}
        </p>
      )}
      <p class="muted">{t('warnPrivacy')}</p>
    </>
  );
}

/** The softer page for a site that only uses TikTok's name: one click on, remembered for the site. */
function Caution({ verdict }: { verdict: GuardVerdict }) {
  const reasons = explain(verdict);
  const deliberate = useDeliberateInput();
  return (
    <>
      <h1>{t('cautionTitle')}</h1>
      <p class="url" data-testid="blocked-url">{stripBidiControls(target.ok ? target.href : '')}</p>
      <section class="card" aria-labelledby="why">
        <p data-testid="caution-text">{t('cautionText')}</p>
        <ul data-testid="reasons">
          {reasons.map((r) => (
            <li key={r.key}>{t(r.key, r.args.map(argText))}</li>
          ))}
        </ul>
        {adviceKeys(verdict).slice(0, 1).map((key) => (
          <p key={key} data-testid="advice">{t(key)}</p>
        ))}
      </section>
      <div class="actions">
        <button class="primary" onClick={backToSafety} autoFocus>{t('warnBack')}</button>
        {oneSite && <button disabled={!deliberate} onClick={(e) => void proceed('guardCautionSeen', e)}>{t('cautionContinue')}</button>}
      </div>
      <p class="muted">{t('cautionRemembered')}</p>
    </>
  );
}

type View = { kind: 'loading' } | { kind: 'framed' } | { kind: 'warn'; verdict?: GuardVerdict } | { kind: 'caution'; verdict: GuardVerdict };

function App() {
  const [view, setView] = useState<View>(framed ? { kind: 'framed' } : target.ok && oneSite ? { kind: 'loading' } : { kind: 'warn' });
  useEffect(() => {
    if (view.kind !== 'loading' || !target.ok) return;
    void (async () => {
      const v = classifyPage(target.href, pageSignals, await sendMessage('guardGetLists', undefined));
      const action = GUARD_ACTIONS[v.level];
      if (action === 'forward' || action === 'let-through') {
        // 'forward': TikTok itself, which the browser's rules never stop, so nothing needs allowing.
        // 'let-through': the browser's heuristic rules cast a wide net; this precise check of the
        // very host that would be let through found nothing, so that host (and only it) is let
        // through in this tab, with no click.
        if (action === 'let-through') await sendMessage('guardLetThrough', target.href);
        location.replace(target.href);
        return;
      }
      document.documentElement.dataset.level = v.level;
      document.title = t(titleKey(v));
      setView(action === 'caution' ? { kind: 'caution', verdict: v } : { kind: 'warn', verdict: v });
      void sendMessage('guardWarned', undefined);
    })();
  }, []);
  if (view.kind === 'framed') return <p data-testid="framed">{t('warnFramed')}</p>;
  if (view.kind === 'loading') return null;
  if (view.kind === 'caution') return <Caution verdict={view.verdict} />;
  return <Warning verdict={view.verdict} />;
}

export function mountWarning(root: HTMLElement) {
  render(<App />, root);
}
