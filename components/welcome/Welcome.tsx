// The first page after install: what Creator Lens does, what it asks for, and where to start.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '@/utils/platform/i18n';

const BROAD = { origins: ['<all_urls>'] };

function Welcome() {
  const [broad, setBroad] = useState<boolean>();
  useEffect(() => {
    void browser.permissions.contains(BROAD).then(setBroad);
  }, []);
  const grant = async () => setBroad(await browser.permissions.request(BROAD));
  return (
    <>
      <h1 style={{ color: 'inherit' }}>{t('welcomeTitle')}</h1>
      <section class="card">
        <p>{t('welcomeWhat')}</p>
        <p>{t('welcomeNot')}</p>
      </section>
      <section class="card" aria-labelledby="perms">
        <h2 id="perms">{t('welcomePermissions')}</h2>
        <ul>
          <li>{t('permStudio')}</li>
          <li>{t('permStorage')}</li>
          <li>{t('permDnr')}</li>
          <li>{t('permOptional')}</li>
        </ul>
        <p data-testid="broad-state">{broad ? t('welcomeBroadOn') : t('welcomeBroadOff')}</p>
        {!broad && <button class="primary" onClick={() => void grant()}>{t('welcomeGrant')}</button>}
      </section>
      <div class="actions">
        <a href="https://www.tiktok.com/tiktokstudio/analytics" target="_blank" rel="noreferrer">{t('openStudio')}</a>
      </div>
    </>
  );
}

export function mountWelcome(root: HTMLElement) {
  render(<Welcome />, root);
}
