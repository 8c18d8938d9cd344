// The page check's rules one at a time, on small pages written by hand: which box makes a page
// worth reading, where TikTok's name must stand, where a promise may be read, what a long read
// is, and the signal names carried to the warning page.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { knownSignals, pageLevel, pageSignals, pageWarningUrl, readPageSignals } from '@/utils/guard/page-signals';

function page(html: string): Document {
  const window = new Window({ url: 'https://acme.example/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
const signalsOf = (html: string) => pageSignals(page(html))?.signals;
/** A part of a page (no document, so no title property): what a shadow root or a frame's fragment gives. */
function fragment(html: string): DocumentFragment {
  const template = page('').createElement('template');
  template.innerHTML = html;
  return template.content;
}
const PASSWORD_FORM = '<form><input type="email"><input type="password"><button>Sign in</button></form>';

describe('pageLevel', () => {
  it('stops on any signal but the login near the name, which cautions; nothing earns nothing', () => {
    expect(pageLevel([])).toBeUndefined();
    expect(pageLevel(['login-near-brand'])).toBe('suspicious');
    expect(pageLevel(['brand-login'])).toBe('lookalike');
    expect(pageLevel(['brand-code'])).toBe('lookalike');
    expect(pageLevel(['growth-form'])).toBe('lookalike');
    expect(pageLevel(['viewer-form'])).toBe('lookalike');
    expect(pageLevel(['login-near-brand', 'viewer-form'])).toBe('lookalike');
  });
});

// happy-dom reads no "i" flag in attribute selectors: the boxes here are written in lower case.
describe('which boxes make a page worth reading', () => {
  it('reads nothing on a page with no password, code or username box, whatever it promises', () => {
    expect(signalsOf('<title>TikTok free followers</title><h1>Free TikTok followers generator</h1><form><input type="email"><button>Get free followers</button></form>')).toBeUndefined();
  });

  it('finds a username box by its placeholder, name, id or label, and only among the first five text boxes', () => {
    const growth = (input: string) => signalsOf(`<title>TikTok</title><h1>Free followers</h1><form>${input}<button>Go</button></form>`);
    expect(growth('<input placeholder="Your username">')).toEqual(['growth-form']);
    expect(growth('<input type="text" name="handle">')).toEqual(['growth-form']);
    expect(growth('<input type="text" id="profile">')).toEqual(['growth-form']);
    expect(growth('<input type="search" aria-label="TikTok @">')).toEqual(['growth-form']);
    expect(growth('<input type="text" name="email">')).toBeUndefined();
    // The fields are read apart: "handl" and "e" make no handle.
    expect(growth('<input placeholder="handl" name="e">')).toBeUndefined();
    expect(growth('<input name="a"><input name="b"><input name="c"><input name="d"><input name="e"><input name="username">')).toBeUndefined();
    expect(growth('<input name="a"><input name="b"><input name="c"><input name="d"><input name="username">')).toEqual(['growth-form']);
    // A box of another type (a number, a hidden field) is no username box.
    expect(growth('<input type="number" name="username">')).toBeUndefined();
  });

  it('finds a code box by its autocomplete, by six numeric digits, or by an "otp" name', () => {
    const code = (input: string) => signalsOf(`<title>TikTok</title><form>${input}<button>Verify</button></form>`);
    expect(code('<input autocomplete="one-time-code">')).toEqual(['brand-code']);
    expect(code('<input inputmode="numeric" maxlength="6">')).toEqual(['brand-code']);
    expect(code('<input name="user_OTP">')).toEqual(['brand-code']);
    expect(code('<input inputmode="numeric" maxlength="4">')).toBeUndefined();
  });
});

describe('where TikTok\'s name must stand for a login to stop', () => {
  it('a title that is TikTok\'s own once login words are set aside names the form', () => {
    expect(signalsOf(`<title>Log in | TikTok</title>${PASSWORD_FORM}`)).toEqual(['brand-login']);
    expect(signalsOf(`<title>TikTok - Log in to your account</title>${PASSWORD_FORM}`)).toEqual(['brand-login']);
    // A title that says more than TikTok names the page only: a caution.
    expect(signalsOf(`<title>TikTok cooking club</title>${PASSWORD_FORM}`)).toEqual(['login-near-brand']);
    expect(signalsOf(`<title>Acme</title>${PASSWORD_FORM}`)).toBeUndefined();
  });

  it('reads the title as the page states it, only its first 400 characters', () => {
    const long = `${'log in '.repeat(60)}TikTok`;
    expect(long.length).toBe(426);
    expect(signalsOf(`<title>${long}</title>${PASSWORD_FORM}`)).toBeUndefined();
  });

  it('a TikTok logo in the form names it (its alt, its source, an icon font, an svg label)', () => {
    const logo = (mark: string) => signalsOf(`<title>Acme</title><form>${mark}<input type="password"></form>`);
    expect(logo('<img alt="TikTok logo">')).toEqual(['brand-login']);
    expect(logo('<img src="/img/TIKTOK.png">')).toEqual(['brand-login']);
    expect(logo('<i class="fa fa-tiktok"></i>')).toEqual(['brand-login']);
    expect(logo('<svg aria-label="TikTok"></svg>')).toEqual(['brand-login']);
    expect(logo('<img alt="Acme logo" src="/acme.png">')).toBeUndefined();
  });

  it('the name written in the form names it; written only in a heading, it names the page', () => {
    expect(signalsOf('<title>Acme</title><form><p>Sign in with your Tik-Tok account</p><input type="password"></form>')).toEqual(['brand-login']);
    expect(signalsOf('<title>Acme</title><h2>Grow on T1kT0k</h2><form><input type="password"></form>')).toEqual(['login-near-brand']);
    // The first four headings only.
    expect(signalsOf('<title>Acme</title><h1>a</h1><h2>b</h2><header>c</header><h1>d</h1><h2>TikTok</h2><form><input type="password"></form>')).toBeUndefined();
    expect(signalsOf('<title>Acme</title><h1>a</h1><h2>b</h2><header>c</header><h1>TikTok</h1><form><input type="password"></form>')).toEqual(['login-near-brand']);
    // Headings are read apart, not run together.
    expect(signalsOf('<title>Acme</title><h1>TikT</h1><h2>ok</h2><form><input type="password"></form>')).toBeUndefined();
  });

  it('a box outside any form is read with its parent', () => {
    expect(signalsOf('<title>Acme</title><div><span>TikTok</span><input type="password"></div>')).toEqual(['brand-login']);
    expect(signalsOf('<title>Acme</title><p>TikTok</p><div><input type="password"></div>')).toBeUndefined();
  });

  it('a link to TikTok\'s own sign-in in the form does not name it; a look-alike link does', () => {
    const link = (href: string) => signalsOf(`<title>Acme</title><form><input type="password"><a href="${href}">Continue with TikTok</a></form>`);
    expect(link('https://www.tiktok.com/auth/authorize/')).toBeUndefined();
    expect(link('https://open.tiktokapis.com/v2/oauth/')).toBeUndefined();
    expect(link('https://tiktok.com.evil.example/login')).toEqual(['brand-login']);
    expect(link('http://www.tiktok.com/login')).toEqual(['brand-login']);
  });

  it('a code box under the name stops as a code; with a password box beside it, as a login', () => {
    expect(signalsOf('<title>TikTok</title><form><input type="password"><input autocomplete="one-time-code"></form>')).toEqual(['brand-login']);
    expect(signalsOf('<title>TikTok club</title><form><input autocomplete="one-time-code"></form>')).toEqual(['login-near-brand']);
  });
});

describe('a part of a page, and text as the page shows it', () => {
  it('reads a fragment\'s own <title>, or none, and a box with no parent at all', () => {
    expect(pageSignals(fragment('<title>TikTok</title><input type="password">'))).toEqual({ level: 'lookalike', signals: ['brand-login'] });
    expect(pageSignals(fragment('<h1>TikTok</h1><input type="password">'))).toEqual({ level: 'suspicious', signals: ['login-near-brand'] });
    expect(pageSignals(fragment('<input type="password">'))).toBeUndefined();
  });

  it('reads text with its spacing collapsed and trimmed, the first 400 characters of it', () => {
    // "Free" forty spaces from "coins" is still a promise once spacing is collapsed.
    expect(signalsOf(`<title>TikTok</title><h1>Free${' '.repeat(40)}coins</h1><form><input name="username"></form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>Acme</title><h1>Tik${'\n'.repeat(3)}Tok</h1><form><input type="password"></form>`)).toEqual(['login-near-brand']);
    // A heading's 401st character on is not read.
    expect(signalsOf(`<title>Acme</title><h1>${'x'.repeat(400)} TikTok</h1><form><input type="password"></form>`)).toBeUndefined();
    // A button whose text is only spaces is read by its value.
    expect(signalsOf(`<title>TikTok</title><form><input name="username"><button value="Free coins"> </button></form>`)).toEqual(['growth-form']);
  });

  it('reads buttons apart, and a sign-in link taken out of the form leaves a break', () => {
    expect(signalsOf(`<title>TikTok</title><form><input name="username"><button>Get free</button><button>coins</button></form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><form><input name="username">free<a href="https://www.tiktok.com/login">TikTok</a>coins</form>`)).toEqual(['growth-form']);
  });
});

describe('the promises a short page makes', () => {
  const USER = '<input name="username">';
  it('reads a growth promise in the title, a heading, a button or the form', () => {
    expect(signalsOf(`<title>TikTok free likes</title><form>${USER}</form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><h1>Free coins for you</h1><form>${USER}</form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><form>${USER}</form><button>Get 1000 free fans</button>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><form>${USER}<input type="submit" value="Claim your followers"></form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><form><p>Followers generator</p>${USER}</form>`)).toEqual(['growth-form']);
    expect(signalsOf(`<title>TikTok</title><h1>Grow with us</h1><form>${USER}<button>Search</button></form>`)).toBeUndefined();
  });

  it('reads a viewer promise the same way, beside a growth one', () => {
    expect(signalsOf(`<title>TikTok</title><h1>See who viewed your profile</h1><form>${USER}</form>`)).toEqual(['viewer-form']);
    expect(signalsOf(`<title>TikTok free followers</title><h1>Profile viewers</h1><form>${USER}</form>`)).toEqual(['growth-form', 'viewer-form']);
    // A stop signal leaves no room for the caution.
    expect(signalsOf(`<title>TikTok stalkers</title><form><input type="password"></form>`)).toEqual(['viewer-form']);
  });

  it('needs TikTok named somewhere on the page', () => {
    expect(signalsOf(`<title>Free followers</title><h1>See who viewed your profile</h1><form>${USER}</form>`)).toBeUndefined();
    expect(signalsOf(`<title>Free followers</title><h1>Instagram</h1><form><p>Your TikTok</p>${USER}</form>`)).toEqual(['growth-form']);
  });

  it('takes an article, or more than twelve paragraphs, for a long read that quotes the promises', () => {
    const promise = `<title>TikTok</title><h1>Free followers? See who viewed your profile?</h1><form>${USER}</form>`;
    expect(signalsOf(`${promise}${'<p>x</p>'.repeat(12)}`)).toEqual(['growth-form', 'viewer-form']);
    expect(signalsOf(`${promise}${'<p>x</p>'.repeat(13)}`)).toBeUndefined();
    expect(signalsOf(`${promise}<article>Scams to avoid</article>`)).toBeUndefined();
    // A long read with a password box under TikTok's name still stops as a login.
    expect(signalsOf(`<title>TikTok</title><article>news</article><form><input type="password"></form>`)).toEqual(['brand-login']);
  });

  it('says which level the signals earn', () => {
    expect(pageSignals(page(`<title>TikTok club</title>${PASSWORD_FORM}`))).toEqual({ level: 'suspicious', signals: ['login-near-brand'] });
    expect(pageSignals(page(`<title>TikTok</title>${PASSWORD_FORM}`))).toEqual({ level: 'lookalike', signals: ['brand-login'] });
  });
});

describe('signal names carried to the warning page', () => {
  it('keeps known names only, once each, in the order given', () => {
    expect(knownSignals(['viewer-form', 'growth-form', 'viewer-form', 'Brand-Login', null])).toEqual(['viewer-form', 'growth-form']);
    expect(knownSignals(undefined)).toEqual([]);
    expect(knownSignals({ 0: 'brand-login', length: 1 })).toEqual([]);
  });

  it('reads the query\'s page list, or nothing', () => {
    expect(readPageSignals('?page=brand-code,login-near-brand')).toEqual(['brand-code', 'login-near-brand']);
    expect(readPageSignals('?other=brand-code')).toEqual([]);
    expect(readPageSignals('')).toEqual([]);
  });

  it('writes the signals in the query and the page after "#"', () => {
    expect(pageWarningUrl('chrome-extension://id/warning.html', ['brand-login', 'growth-form'], 'https://kit.example/a?b=1')).toBe('chrome-extension://id/warning.html?page=brand-login,growth-form#https://kit.example/a?b=1');
  });
});
