// The first page after install: three steps that start a creator (open Studio, import the past,
// pin the button), then lookalike protection offered as a choice, then what each permission is for.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '@/utils/platform/i18n';
import { STUDIO_HOME_URL } from '@/utils/reader/page-kinds';

const BROAD = { origins: ['<all_urls>'] };

function Step({ n, title, text, children }: { n: number; title: string; text: string; children?: preact.ComponentChildren }) {
  return (
    <li class="step">
      <span class="step-n" aria-hidden="true">{n}</span>
      <div>
        <h3>{title}</h3>
        <p>{text}</p>
        {children}
      </div>
    </li>
  );
}

function Welcome() {
  const [broad, setBroad] = useState<boolean>();
  useEffect(() => {
    void browser.permissions.contains(BROAD).then(setBroad);
  }, []);
  const grant = async () => setBroad(await browser.permissions.request(BROAD));
  return (
    <>
      <header class="hero">
        <img src="/icons/128.png" alt="" width="56" height="56" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p>{t('welcomeWhat')}</p>
        </div>
      </header>

      <section aria-labelledby="start">
        <h2 id="start">{t('welcomeStart')}</h2>
        <ol class="steps" data-testid="welcome-steps">
          <Step n={1} title={t('welcomeStep1Title')} text={t('welcomeStep1')}>
            <a class="primary" href={STUDIO_HOME_URL} target="_blank" rel="noreferrer" data-testid="welcome-studio">{t('openStudio')}</a>
          </Step>
          <Step n={2} title={t('welcomeStep2Title')} text={t('welcomeStep2')}>
            <a class="button" href="/dashboard.html#import" data-testid="welcome-import">{t('studioImportTitle')}</a>
          </Step>
          <Step n={3} title={t('welcomeStep3Title')} text={t('welcomeStep3')} />
        </ol>
      </section>

      <section aria-labelledby="protection" class="panel">
        <h2 id="protection">{t('welcomeProtectionTitle')}</h2>
        <p>{t('welcomeNot')}</p>
        <p>{t('welcomeProtectionChoice')}</p>
        <p data-testid="broad-state" class="muted">{broad ? t('welcomeBroadOn') : t('welcomeBroadOff')}</p>
        {!broad && <button onClick={() => void grant()}>{t('welcomeGrant')}</button>}
      </section>

      <details class="panel">
        <summary><h2 id="perms">{t('welcomePermissions')}</h2></summary>
        <ul>
          <li>{t('permStudio')}</li>
          <li>{t('permStorage')}</li>
          <li>{t('permDnr')}</li>
          <li>{t('permOptional')}</li>
        </ul>
      </details>

      <p class="muted">
        <a href="/privacy.html" data-testid="welcome-privacy">{t('privacyPolicy')}</a>
      </p>
    </>
  );
}

export function mountWelcome(root: HTMLElement) {
  render(<Welcome />, root);
}
