// The user's own guard lists (always allow / always block) and lookalike protection.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { normalizeHost, type GuardLists } from '@/utils/guard/guard-lists';
import { t } from '@/utils/platform/i18n';
import { sendMessage } from '@/utils/protocol/messaging';

const BROAD = { origins: ['<all_urls>'] };

export function GuardSettings() {
  const [lists, setLists] = useState<GuardLists>({ allow: [], block: [] });
  const [broad, setBroad] = useState(false);
  const [draft, setDraft] = useState('');
  const [allowDraft, setAllowDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    void sendMessage('guardGetLists', undefined).then(setLists);
    void browser.permissions.contains(BROAD).then(setBroad);
  }, []);

  const save = async (next: GuardLists) => setLists(await sendMessage('guardSetLists', next));
  const addBlock = async () => {
    const host = normalizeHost(draft);
    if (!host) return setProblem(t('guardBadHost'));
    // Redirecting a site needs access to it: asked for here, while the click counts as consent.
    const granted = broad || (await browser.permissions.request({ origins: [`*://*.${host}/*`] }));
    if (!granted) return setProblem(t('guardNeedsAccess', host));
    setProblem(undefined);
    setDraft('');
    await save({ allow: lists.allow.filter((h) => h !== host), block: [...lists.block, host] });
  };

  const addAllow = async () => {
    const host = normalizeHost(allowDraft);
    if (!host) return setProblem(t('guardBadHost'));
    setProblem(undefined);
    setAllowDraft('');
    await save({ allow: [...lists.allow, host], block: lists.block.filter((h) => h !== host) });
  };

  const list = (kind: keyof GuardLists) => (
    <ul class="plain" data-testid={`guard-${kind}`}>
      {lists[kind].length === 0 && <li class="muted">{t('guardNone')}</li>}
      {lists[kind].map((host) => (
        <li key={host} class="row">
          <span>{host}</span>
          <span class="spacer" />
          <button aria-label={t('guardRemove', host)} onClick={() => void save({ ...lists, [kind]: lists[kind].filter((h) => h !== host) })}>✕</button>
        </li>
      ))}
    </ul>
  );

  return (
    <div>
      <h2>{t('guardTitle')}</h2>
      <label class="row">
        <input type="checkbox" checked={broad} onChange={async (e) => {
          const on = e.currentTarget.checked;
          setBroad(on ? await browser.permissions.request(BROAD) : !(await browser.permissions.remove(BROAD)));
        }} />
        {t('welcomeGrant')}
      </label>
      <p class="muted">{t('permOptional')}</p>
      <h3>{t('guardBlocked')}</h3>
      {list('block')}
      <form class="row" onSubmit={(e) => { e.preventDefault(); void addBlock(); }}>
        <label>{t('guardAddBlock')} <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder="example.com" /></label>
        <button type="submit">{t('add')}</button>
      </form>
      {problem && <p role="alert" class="down">{problem}</p>}
      <h3>{t('guardAllowed')}</h3>
      {list('allow')}
      <form class="row" onSubmit={(e) => { e.preventDefault(); void addAllow(); }}>
        <label>{t('guardAddAllow')} <input value={allowDraft} onInput={(e) => setAllowDraft(e.currentTarget.value)} placeholder="example.com" /></label>
        <button type="submit">{t('add')}</button>
      </form>
    </div>
  );
}
