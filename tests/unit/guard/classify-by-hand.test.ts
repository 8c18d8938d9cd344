// classifyUrl's verdicts in full (level, score, reasons, the site and what it imitates), each
// written by hand from the rules: the order the checks run in, the scores each path gives, the
// user's lists, the known list with a hand-made index.
import { describe, expect, it } from 'vitest';
import { classifyPage, classifyUrl, siteOf, type GuardVerdict } from '@/utils/guard/classify';
import { indexScamList, type ScamListEntry } from '@/utils/guard/scam-list';

const summary = ({ level, host, score, reasons, registrableDomain, imitates }: GuardVerdict) => ({ level, host, score, reasons, registrableDomain, imitates });
const NO_LIST = indexScamList([]);
const judge = (url: string) => summary(classifyUrl(url, {}, NO_LIST));
const T = 'tiktok.com';

describe('the order of the checks', () => {
  it('TikTok\'s own domains first, named by the official parent', () => {
    expect(summary(classifyUrl('https://www.tiktok.com/@someone'))).toEqual({ level: 'official', host: 'www.tiktok.com', score: 0, reasons: ['official'], registrableDomain: 'tiktok.com', imitates: undefined });
    expect(summary(classifyUrl('https://tiktok.github.io/', { block: ['tiktok.github.io'] }))).toMatchObject({ level: 'official', registrableDomain: 'tiktok.github.io' });
  });

  it('then the user\'s allow list, then their block list, as the domain or its subdomains', () => {
    expect(summary(classifyUrl('https://sub.acme.example/', { allow: ['acme.example'], block: ['acme.example'] }))).toEqual({ level: 'none', host: 'sub.acme.example', score: 0, reasons: ['user:allow'], registrableDomain: undefined, imitates: undefined });
    expect(summary(classifyUrl('https://sub.acme.example/', { allow: ['cme.example'], block: ['acme.example'] }))).toEqual({ level: 'known-scam', host: 'sub.acme.example', score: 100, reasons: ['user:block'], registrableDomain: undefined, imitates: undefined });
    // Any one entry of a list is enough.
    expect(summary(classifyUrl('https://acme.example/', { allow: ['other.example', 'acme.example'] })).reasons).toEqual(['user:allow']);
    expect(summary(classifyUrl('https://acme.example/', { block: ['other.example', 'acme.example'] })).reasons).toEqual(['user:block']);
    expect(classifyUrl('').host).toBe('');
    expect(summary(classifyUrl('https://acme.example/', { block: ['cme.example'] }))).toEqual({ level: 'none', host: 'acme.example', score: 0, reasons: [], registrableDomain: undefined, imitates: undefined });
  });

  it('then the known list: the host or a parent, a path entry only under its path', () => {
    const list: ScamListEntry[] = [
      { domain: 'evil.example', kind: 'coins', source: 'feed one' },
      { domain: 'deep.evil.example', kind: 'phishing', source: 'feed two' },
      { domain: 'host.example', path: '/tiktok/', kind: 'fake-shop', source: 'feed three' },
      { domain: '10.0.0.1', kind: 'task-scam', source: 'feed four' },
    ];
    const index = indexScamList(list);
    const listed = (url: string) => summary(classifyUrl(url, {}, index));
    expect(listed('https://a.evil.example/x')).toEqual({ level: 'known-scam', host: 'a.evil.example', score: 100, reasons: ['list:coins'], registrableDomain: 'evil.example', imitates: T });
    // The nearest entry wins: the host's own before its parent's.
    expect(listed('https://x.deep.evil.example/')).toMatchObject({ reasons: ['list:phishing'] });
    expect(classifyUrl('https://host.example/tiktok/login', {}, index)).toMatchObject({ level: 'known-scam', reasons: ['list:fake-shop'], listEntry: list[2] });
    expect(listed('https://host.example/other')).toEqual({ level: 'none', host: 'host.example', score: 0, reasons: [], registrableDomain: undefined, imitates: undefined });
    expect(listed('http://10.0.0.1/')).toEqual({ level: 'known-scam', host: '10.0.0.1', score: 100, reasons: ['list:task-scam'], registrableDomain: undefined, imitates: T });
    // The user's allow list beats the known list; TikTok's domains beat both.
    expect(summary(classifyUrl('https://evil.example/', { allow: ['evil.example'] }, index)).reasons).toEqual(['user:allow']);
  });

  it('says nothing, not even the site, when the host has no trace of the brand and the path is plain', () => {
    expect(judge('https://news.example.com/article')).toEqual({ level: 'none', host: 'news.example.com', score: 0, reasons: [], registrableDomain: undefined, imitates: undefined });
    // A trace that comes to nothing: the site is named.
    expect(judge('https://kite.example.com/')).toEqual({ level: 'none', host: 'kite.example.com', score: 0, reasons: [], registrableDomain: 'example.com', imitates: undefined });
  });
});

describe('the brand in the name the owner registered', () => {
  it('alone: a caution; with an affix, a number or scam words: a lookalike scored by how much is said', () => {
    expect(judge('https://tiktokcooking.com/')).toEqual({ level: 'suspicious', host: 'tiktokcooking.com', score: 50, reasons: ['brand-in-domain'], registrableDomain: 'tiktokcooking.com', imitates: T });
    expect(judge('https://vntiktok.com/')).toEqual({ level: 'lookalike', host: 'vntiktok.com', score: 78, reasons: ['brand-in-domain', 'brand-affix:vn'], registrableDomain: 'vntiktok.com', imitates: T });
    expect(judge('https://tiktok25881.top/')).toEqual({ level: 'lookalike', host: 'tiktok25881.top', score: 78, reasons: ['brand-in-domain', 'brand-number'], registrableDomain: 'tiktok25881.top', imitates: T });
    expect(judge('https://tiktok-viewer.vercel.app/')).toEqual({ level: 'lookalike', host: 'tiktok-viewer.vercel.app', score: 86, reasons: ['brand-in-domain', 'keyword:viewer', 'shared-hosting:vercel.app'], registrableDomain: 'tiktok-viewer.vercel.app', imitates: T });
    expect(judge('https://coins.tiktok9-shop.com/')).toEqual({ level: 'lookalike', host: 'coins.tiktok9-shop.com', score: 94, reasons: ['brand-in-domain', 'keyword:coins', 'keyword:shop', 'brand-number'], registrableDomain: 'tiktok9-shop.com', imitates: T });
    // Never above 95.
    expect(judge('https://free-coins-tiktok-login-shop.vercel.app/').score).toBe(95);
  });

  it('an affix is a short word, no digits, and only when no scam word is there', () => {
    expect(judge('https://tiktokabcd.com/')).toMatchObject({ level: 'suspicious', score: 50, reasons: ['brand-in-domain'] });
    expect(judge('https://abctiktok.com/')).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'brand-affix:abc'] });
    expect(judge('https://us-tiktok-shop.com/')).toMatchObject({ reasons: ['brand-in-domain', 'keyword:shop'] });
  });

  it('the brand on another suffix: a caution, a lookalike with scam words in front', () => {
    expect(judge('https://tiktok.xyz/')).toEqual({ level: 'suspicious', host: 'tiktok.xyz', score: 45, reasons: ['brand-other-tld'], registrableDomain: 'tiktok.xyz', imitates: T });
    expect(judge('https://login.tiktok.lol/')).toEqual({ level: 'lookalike', host: 'login.tiktok.lol', score: 80, reasons: ['brand-other-tld', 'keyword:login'], registrableDomain: 'tiktok.lol', imitates: T });
    expect(classifyUrl('https://tiktok.xyz/', {}, NO_LIST).why).toEqual([{ code: 'brand-other-tld', domain: 'tiktok.xyz' }]);
    // One of TikTok's own names on another suffix, bare.
    expect(judge('https://tiktoklb.us/')).toEqual({ level: 'suspicious', host: 'tiktoklb.us', score: 45, reasons: ['brand-other-tld'], registrableDomain: 'tiktoklb.us', imitates: T });
    expect(judge('https://tiktoklb9.us/')).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'brand-number'] });
    // That name with scam words, or on shared hosting, is no longer TikTok's.
    expect(judge('https://login.tiktoklb.us/')).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'keyword:login'] });
    expect(judge('https://tiktoklb.vercel.app/')).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'brand-affix:lb', 'shared-hosting:vercel.app'] });
  });

  it('a popular site named after the brand is a caution whatever it says', () => {
    expect(judge('https://tiktokio.com/')).toEqual({ level: 'suspicious', host: 'tiktokio.com', score: 50, reasons: ['brand-in-domain', 'brand-affix:io'], registrableDomain: 'tiktokio.com', imitates: T });
  });

  it('a disguised brand: 90, or 80 for a typo; a real word on its own country\'s domain is left alone', () => {
    expect(judge('https://tlktok-coins.net/')).toEqual({ level: 'lookalike', host: 'tlktok-coins.net', score: 90, reasons: ['typo:tlktok-coins', 'keyword:coins'], registrableDomain: 'tlktok-coins.net', imitates: T });
    expect(judge('https://tictok7.com/')).toEqual({ level: 'lookalike', host: 'tictok7.com', score: 80, reasons: ['typo:tictok7', 'brand-number'], registrableDomain: 'tictok7.com', imitates: T });
    expect(judge('https://xn--tktok-n2e.com/')).toMatchObject({ level: 'lookalike', score: 90, reasons: ['homoglyph:t\u0456ktok'] });
    expect(judge('https://titok.hu/')).toEqual({ level: 'none', host: 'titok.hu', score: 0, reasons: [], registrableDomain: 'titok.hu', imitates: undefined });
    expect(judge('https://titok.beauty/')).toMatchObject({ level: 'lookalike', score: 80, reasons: ['typo:titok'] });
  });

  it('a TikTok domain spelt with dashes on a CDN is TikTok\'s own', () => {
    expect(judge('https://p16-tiktokcdn-com.akamaized.net/')).toEqual({ level: 'none', host: 'p16-tiktokcdn-com.akamaized.net', score: 0, reasons: [], registrableDomain: 'p16-tiktokcdn-com.akamaized.net', imitates: undefined });
    expect(judge('https://p16-tiktokcdn-com.example.net/')).toMatchObject({ level: 'lookalike' });
    // Any other brand name on that CDN is judged as anywhere.
    expect(judge('https://tiktokviewer.akamaized.net/')).toMatchObject({ level: 'lookalike', reasons: ['brand-in-domain', 'keyword:viewer', 'shared-hosting:akamaized.net'] });
  });
});

describe('the brand in a subdomain', () => {
  it('a TikTok domain in front of another name', () => {
    expect(judge('https://tiktok.com.evil.xyz/')).toEqual({ level: 'lookalike', host: 'tiktok.com.evil.xyz', score: 90, reasons: ['official-as-subdomain:tiktok.com'], registrableDomain: 'evil.xyz', imitates: T });
    expect(judge('https://a.tiktok.com.b.evil.xyz/')).toMatchObject({ level: 'lookalike', reasons: ['official-as-subdomain:tiktok.com'] });
    expect(judge('https://verify.tiktokshop.com.acme-xyz.com/')).toMatchObject({ level: 'lookalike', score: 90, reasons: ['official-as-subdomain:tiktokshop.com', 'keyword:verify'] });
    // Infrastructure names: a CDN's name for ByteDance's host, unless scam words come with it.
    expect(judge('https://tiktokcdn-eu.com.rocket-cdn-eu.com/').level).toBe('none');
    expect(judge('https://tiktokcdn-eu.com.free-coins.com/')).toMatchObject({ level: 'lookalike', reasons: ['official-as-subdomain:tiktokcdn-eu.com', 'keyword:coins', 'keyword:free'] });
    // Deeper in a name, another infrastructure name is a CDN's customer.
    expect(judge('https://pstatp.com.w.alikunlun.com/').level).toBe('none');
    // Such a name deeper in is a CDN's customer even beside scam words (next to the name it would not be).
    expect(judge('https://tiktokcdn-eu.com.x.coins-site.com/').reasons).toEqual([]);
    // A CDN that mirrors whole host names.
    expect(judge('https://api.tiktokv.com.edgekey.net/').level).toBe('none');
  });

  it('the brand split by a dot: a caution, a lookalike with scam words', () => {
    expect(judge('https://tik.tok-login.com/')).toEqual({ level: 'lookalike', host: 'tik.tok-login.com', score: 80, reasons: ['typo:tik.tok-login', 'keyword:login'], registrableDomain: 'tok-login.com', imitates: T });
    expect(judge('https://ti.ktok.example.com/')).toEqual({ level: 'suspicious', host: 'ti.ktok.example.com', score: 50, reasons: ['typo:ti.ktok'], registrableDomain: 'example.com', imitates: T });
    expect(judge('https://t.iktok.example.com/').reasons).not.toContain('typo:t.iktok');
    expect(judge('https://ti.tokyo-kit.com/').level).toBe('none');
    expect(judge('https://ti-k.tok-login.com/').reasons).toEqual(['typo:ti-k.tok-login', 'keyword:login']);
    expect(judge('https://tik.to-k-login.com/').reasons).toEqual(['typo:tik.to-k-login', 'keyword:login']);
    // The site's own name may be a brand's first letters: nothing follows it to split.
    expect(judge('https://tiktok-free.ti.com/')).toMatchObject({ level: 'lookalike', reasons: ['brand-subdomain', 'keyword:free'] });
  });

  it('the brand as a subdomain: disguised, with words or a number, or alone', () => {
    expect(judge('https://xn--tktok-n2e.example-site.xyz/')).toMatchObject({ level: 'lookalike', score: 80, reasons: ['homoglyph:t\u0456ktok', 'brand-subdomain'] });
    expect(judge('https://t1ktok.example-site.xyz/')).toEqual({ level: 'lookalike', host: 't1ktok.example-site.xyz', score: 80, reasons: ['typo:t1ktok', 'brand-subdomain'], registrableDomain: 'example-site.xyz', imitates: T });
    expect(judge('https://tiktok.shop-deals.xyz/')).toEqual({ level: 'lookalike', host: 'tiktok.shop-deals.xyz', score: 80, reasons: ['brand-subdomain', 'keyword:shop'], registrableDomain: 'shop-deals.xyz', imitates: T });
    expect(judge('https://tiktok-coins.example-site.xyz/')).toMatchObject({ level: 'lookalike', reasons: ['brand-subdomain', 'keyword:coins'] });
    expect(judge('https://tiktok22.example-site.xyz/')).toMatchObject({ level: 'lookalike', score: 80, reasons: ['brand-subdomain', 'brand-number'] });
    // One character glued on is a typo of the brand, not the brand and a number.
    expect(judge('https://tiktok2.example-site.xyz/')).toMatchObject({ level: 'lookalike', score: 80, reasons: ['typo:tiktok2', 'brand-subdomain'] });
    expect(judge('https://tiktok.site9.xyz/')).toMatchObject({ level: 'lookalike', reasons: ['brand-subdomain', 'brand-number'] });
    expect(judge('https://tiktok.example-site.xyz/')).toEqual({ level: 'suspicious', host: 'tiktok.example-site.xyz', score: 45, reasons: ['brand-subdomain'], registrableDomain: 'example-site.xyz', imitates: T });
    // A popular site's own section about TikTok, or a CDN's customer, is no lookalike.
    expect(judge('https://tiktok.fandom.com/').level).toBe('none');
    expect(judge('https://tiktokcdn.liveplay.myqcloud.com/').level).toBe('none');
    expect(judge('https://tiktok.bucket.cos.ap-guangzhou.myqcloud.com/').level).toBe('none');
  });
});

describe('a piece of the brand, and the brand in a path', () => {
  it('a piece of the brand beside a growth word: 75', () => {
    expect(judge('https://freetikfan.com/')).toEqual({ level: 'lookalike', host: 'freetikfan.com', score: 75, reasons: ['brand-fragment:tik+free', 'keyword:free'], registrableDomain: 'freetikfan.com', imitates: T });
    expect(judge('https://ttlike.github.io/')).toMatchObject({ score: 75, reasons: ['brand-fragment:tt+like', 'keyword:like', 'shared-hosting:github.io'] });
  });

  it('a path template anywhere: 45, five more a reason, at most 65', () => {
    expect(judge('https://random-site.xyz/form/3/username.php')).toEqual({ level: 'suspicious', host: 'random-site.xyz', score: 45, reasons: ['path:form-username'], registrableDomain: 'random-site.xyz', imitates: T });
    expect(judge('https://x.github.io/tiktok/free-coins-login/case/-12')).toMatchObject({ level: 'suspicious', score: 65, reasons: ['path:case-number', 'path:brand', 'keyword:coins', 'keyword:login', 'keyword:free', 'shared-hosting:github.io'] });
  });

  it('the brand and scam words in a path count on free hosting, a bare IP, or a site whose name promises freebies', () => {
    expect(judge('https://free-stuff.github.io/tiktok/free-followers')).toEqual({ level: 'suspicious', host: 'free-stuff.github.io', score: 60, reasons: ['path:brand', 'keyword:followers', 'keyword:free', 'shared-hosting:github.io'], registrableDomain: 'free-stuff.github.io', imitates: T });
    expect(judge('http://192.168.1.1/tiktok/free-followers')).toEqual({ level: 'suspicious', host: '192.168.1.1', score: 55, reasons: ['path:brand', 'keyword:followers', 'keyword:free'], registrableDomain: undefined, imitates: T });
    expect(judge('https://free-likes.xyz/tiktok/likes')).toMatchObject({ level: 'suspicious', score: 50, reasons: ['path:brand', 'keyword:likes'] });
    // Not on a news site, nor without scam words, nor on shared hosting that is no free host.
    expect(judge('https://news.example.com/tiktok/free-followers')).toEqual({ level: 'none', host: 'news.example.com', score: 0, reasons: [], registrableDomain: 'example.com', imitates: undefined });
    expect(judge('https://shop-site.xyz/tiktok/free-followers').level).toBe('none');
    expect(judge('https://free-stuff.github.io/tiktok/about').level).toBe('none');
    expect(judge('https://someone.glitch.me/tiktok/free').level).toBe('suspicious');
    expect(judge('https://someone.herokuapp.com/tiktok/free').level).toBe('none');
    // The brand taken out of a path leaves a break: "fre" and "e" around it make no "free".
    expect(judge('http://10.0.0.1/fretiktoke').level).toBe('none');
    // Three scam words at most.
    expect(judge('http://10.1.1.1/tiktok/free-coins-login-shop').reasons).toEqual(['path:brand', 'keyword:coins', 'keyword:login', 'keyword:free']);
  });

  it('in a storage bucket a page under the brand\'s name is enough, not a file it loads', () => {
    expect(judge('https://bucket.cos.ap-guangzhou.myqcloud.com/tiktok/index.html')).toEqual({ level: 'suspicious', host: 'bucket.cos.ap-guangzhou.myqcloud.com', score: 50, reasons: ['path:brand', 'shared-hosting:cos.ap-guangzhou.myqcloud.com'], registrableDomain: 'bucket.cos.ap-guangzhou.myqcloud.com', imitates: T });
    expect(judge('https://bucket.cos.ap-guangzhou.myqcloud.com/tiktok/').level).toBe('suspicious');
    expect(judge('https://bucket.cos.ap-guangzhou.myqcloud.com/tiktok/login.php').level).toBe('suspicious');
    expect(judge('https://bucket.cos.ap-guangzhou.myqcloud.com/tiktok/logo.png').level).toBe('none');
    expect(judge('https://bucket.cos.ap-guangzhou.myqcloud.com/tiktok/index.htm').level).toBe('suspicious');
    // The platform's own site is no bucket.
    expect(judge('https://www.myqcloud.com/tiktok/free-coins').level).toBe('none');
    expect(judge('https://bucket.s3.example.org/tiktok/index.html').level).toBe('none');
  });
});

describe('siteOf', () => {
  it('names the site on a platform the public list lacks by its own label', () => {
    expect(siteOf('a.b.weebly.com')).toEqual({ registrableDomain: 'b.weebly.com', label: 'b', subdomains: ['a'], sharedHosting: 'weebly.com' });
    expect(siteOf('x.bucket.cos.eu-west.myqcloud.com')).toEqual({ registrableDomain: 'bucket.cos.eu-west.myqcloud.com', label: 'bucket', subdomains: ['x'], sharedHosting: 'cos.eu-west.myqcloud.com' });
    expect(siteOf('www.a.shop.example.co.uk')).toEqual({ registrableDomain: 'example.co.uk', label: 'example', subdomains: ['a', 'shop'], sharedHosting: undefined });
    expect(siteOf('me.github.io')).toEqual({ registrableDomain: 'me.github.io', label: 'me', subdomains: [], sharedHosting: 'github.io' });
  });
});

describe('classifyPage', () => {
  it('scores a page\'s own verdict 85 when it stops, 50 when it cautions', () => {
    expect(summary(classifyPage('https://acme.example/', ['brand-login']))).toEqual({ level: 'lookalike', host: 'acme.example', score: 85, reasons: ['page:brand-login'], registrableDomain: 'acme.example', imitates: T });
    expect(summary(classifyPage('https://acme.example/', ['login-near-brand', 'growth-form']))).toEqual({ level: 'lookalike', host: 'acme.example', score: 85, reasons: ['page:login-near-brand', 'page:growth-form'], registrableDomain: 'acme.example', imitates: T });
    expect(summary(classifyPage('https://acme.example/', ['login-near-brand']))).toEqual({ level: 'suspicious', host: 'acme.example', score: 50, reasons: ['page:login-near-brand'], registrableDomain: 'acme.example', imitates: T });
    expect(summary(classifyPage('http://10.0.0.9/', ['login-near-brand']))).toEqual({ level: 'suspicious', host: '10.0.0.9', score: 50, reasons: ['page:login-near-brand'], registrableDomain: undefined, imitates: T });
  });

  it('leaves a verdict that said something, unless a caution meets a stopping page', () => {
    // A site the address says nothing about but whose path said something stays as it was.
    expect(summary(classifyPage('https://random-site.xyz/form/3/username.php', ['login-near-brand']))).toMatchObject({ level: 'suspicious', reasons: ['path:form-username'], score: 45 });
    expect(summary(classifyPage('https://random-site.xyz/form/3/username.php', ['brand-code']))).toMatchObject({ level: 'lookalike', reasons: ['path:form-username', 'page:brand-code'], score: 85 });
    expect(summary(classifyPage('https://tlktok.net/', ['brand-code']))).toMatchObject({ level: 'lookalike', reasons: ['typo:tlktok'], score: 90 });
    expect(summary(classifyPage('not a url', ['brand-code']))).toMatchObject({ level: 'none', reasons: ['not-a-url'] });
  });
});
