import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { classifyUrl, type GuardVerdict } from '@/utils/guard/classify';
import { explain } from '@/utils/guard/explain';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

/** The blocked address travels after '#', where the redirect rule put it. */
const blockedUrl = decodeURIComponent(location.hash.slice(1)) || location.hash.slice(1);

function titleKey(verdict: GuardVerdict): string {
  if (verdict.level === 'known-scam') return 'warnTitleScam';
  if (verdict.level === 'lookalike') return 'warnTitleLookalike';
  return 'warnTitleSuspicious';
}

async function proceed(action: 'guardProceedOnce' | 'guardAllowAlways') {
  await sendMessage(action, blockedUrl);
  location.replace(blockedUrl);
}

function backToSafety() {
  if (history.length > 1) history.back();
  else location.replace('https://www.tiktok.com/');
}

function Warning({ verdict }: { verdict: GuardVerdict }) {
  const reasons = explain(verdict);
  return (
    <>
      <h1>{t(titleKey(verdict))}</h1>
      <p class="url" data-testid="blocked-url">{blockedUrl}</p>
      <section class="card" aria-labelledby="why">
        <h2 id="why">{t('warnWhy')}</h2>
        <ul data-testid="reasons">
          {reasons.map((r) => (
            <li key={r.key + (r.detail ?? '')}>{t(r.key, r.detail ?? '')}</li>
          ))}
          {verdict.imitates && <li>{t('warnImitates', verdict.imitates)}</li>}
        </ul>
      </section>
      <section class="card">
        <p>{t('warnNoViewerList')}</p>
        <p>{t('warnRisks')}</p>
        <p>{t('warnProfileViews')}</p>
      </section>
      <div class="actions">
        <button class="primary" onClick={backToSafety} autoFocus>{t('warnBack')}</button>
        <button onClick={() => void proceed('guardProceedOnce')}>{t('warnProceedOnce')}</button>
        <button onClick={() => void proceed('guardAllowAlways')}>{t('warnAllowAlways')}</button>
      </div>
      <p class="muted">{t('warnPrivacy')}</p>
    </>
  );
}

function App() {
  const [verdict, setVerdict] = useState<GuardVerdict>();
  useEffect(() => {
    void (async () => {
      const lists = await sendMessage('guardGetLists', undefined);
      const v = classifyUrl(blockedUrl, lists);
      if (v.level === 'none' || v.level === 'official') {
        // The browser's rules cast a wide net; this precise check found nothing: go on at once.
        await proceed('guardProceedOnce');
        return;
      }
      document.documentElement.dataset.level = v.level;
      document.title = t(titleKey(v));
      setVerdict(v);
      void sendMessage('guardWarned', undefined);
    })();
  }, []);
  return verdict ? <Warning verdict={verdict} /> : null;
}

render(<App />, document.getElementById('app')!);
