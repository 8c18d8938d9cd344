// Issue 31's URL signals, one example each: typos glued into longer names, near-whole-name typos,
// pieces of the brand beside growth words, the brand in the path on free hosting and in buckets,
// and ByteDance's own infrastructure (never warned, even as a CDN's name for it).
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/guard/classify';
import { adviceTopics, explain } from '@/utils/guard/explain-verdict';
import { indexScamList } from '@/utils/guard/scam-list';
import bytedance from '../../fixtures/guard/bytedance-hosts.json';

const NO_LIST = indexScamList([]);
const judge = (url: string) => classifyUrl(url, {}, NO_LIST);

describe('URL signals (heuristics alone)', () => {
  it.each([
    ['https://shoptitok.org/', 'typo:shoptitok'],
    ['https://tikokppay.com/', 'typo:tikokppay'],
    ['https://tiktpkstore.com/', 'typo:tiktpkstore'],
    ['https://tiktko18.com/', 'typo:tiktko18'],
    ['https://titok.beauty/', 'typo:titok'],
    ['https://tik0k.com/', 'typo:tik0k'],
    ['https://freetikfan.com/', 'brand-fragment:tik+free'],
    ['https://followerstik.com/', 'brand-fragment:tik+followers'],
    ['https://ttlike.com/', 'brand-fragment:tt+like'],
    ['https://ttcoinz.com/', 'brand-fragment:tt+coinz'],
  ])('%s is stopped (%s)', (url, reason) => {
    expect(judge(url)).toMatchObject({ level: 'lookalike', reasons: expect.arrayContaining([reason]) });
  });

  it('words a letter from the brand stay quiet: its own language\'s titok, tiktak, tiktik, kiktok, bittcoin, tokyo', () => {
    for (const url of ['https://titok.hu/', 'https://tiktak.nl/', 'https://tiktik.ph/', 'https://kiktok.com/', 'https://bittcoin.com/', 'https://tokyo-free.jp/', 'https://stockfans.net/'])
      expect(judge(url).level, url).toBe('none');
  });

  it('the brand in a path: a caution on free hosting and in storage buckets, nothing on an app\'s OAuth page', () => {
    expect(judge('https://someone.github.io/tiktok/login.html')).toMatchObject({ level: 'suspicious', reasons: expect.arrayContaining(['path:brand', 'shared-hosting:github.io']) });
    expect(judge('https://kit-125.cos.ap-guangzhou.myqcloud.com/tiktok/index.html')).toMatchObject({ level: 'suspicious', reasons: ['path:brand', 'shared-hosting:cos.ap-guangzhou.myqcloud.com'] });
    expect(judge('https://zzzi-img-1313100942.cos.ap-beijing.myqcloud.com/tiktok/video/clip.mp4').level).toBe('none');
    expect(judge('https://monaruku.github.io/tiktok_post_vid.html').level).toBe('none');
  });
});

describe("ByteDance's own infrastructure (tests/fixtures/guard/bytedance-hosts.json, each with its source)", () => {
  it('every host is left alone, and every ByteDance-owned registrable domain is official', () => {
    expect(bytedance.entries.length).toBeGreaterThan(120);
    for (const e of bytedance.entries) expect(e.source.length, e.domain).toBeGreaterThan(10);
    const warned = bytedance.entries.filter((e) => ['known-scam', 'lookalike'].includes(classifyUrl(`https://${e.domain}/`).level)).map((e) => e.domain);
    expect(warned).toEqual([]);
    const notOfficial = bytedance.entries.filter((e) => e.registrable && e.owner === 'bytedance' && classifyUrl(`https://x.${e.domain}/`).level !== 'official').map((e) => e.domain);
    expect(notOfficial).toEqual([]);
  });

  it('the "official name as a subdomain" rule knows ByteDance\'s CNAME targets and still stops the lookalike', () => {
    expect(judge('https://tiktokcdn-eu.com.rocket-cdn-eu.com/').level).toBe('none');
    expect(judge('https://tiktokcdn.com.spbycdn.com/').level).toBe('none');
    expect(judge('https://tiktok.com.evil.example/')).toMatchObject({ level: 'lookalike', reasons: ['official-as-subdomain:tiktok.com'] });
    expect(judge('https://tiktokv.com.login-verify.xyz/')).toMatchObject({ level: 'lookalike', reasons: expect.arrayContaining(['official-as-subdomain:tiktokv.com', 'keyword:login']) });
    // TikTok's name for a load balancer on another suffix, owner unknown: a caution, never a stop.
    expect(judge('https://tiktoklb.us/')).toMatchObject({ level: 'suspicious', reasons: ['brand-other-tld'] });
  });
});

describe('reasons in words a creator understands (issue 31)', () => {
  const keys = (url: string) => explain(classifyUrl(url)).map((e) => e.key);

  it('a shop lookalike never "promises things TikTok never offers: shop", and gets no "who viewed" advice', () => {
    const shop = classifyUrl('https://tiktokshopstore.net/');
    expect(explain(shop)).toContainEqual({ key: 'reasonKeywordShop', args: [{ text: 'store, shop' }] });
    expect(keys('https://tiktokshopstore.net/')).not.toContain('reasonKeyword');
    expect(adviceTopics(shop)).toEqual(['shop']);
  });

  it('viewer scams, and only they, get the "who viewed" advice', () => {
    expect(adviceTopics(classifyUrl('https://tiktokviewer.com/'))).toEqual(['viewers']);
    expect(adviceTopics(classifyUrl('https://tiktok-profile-viewer.org/'))).toEqual(['viewers']);
    expect(adviceTopics(classifyUrl('https://freetikfan.com/'))).toEqual(['growth']);
    expect(adviceTopics(classifyUrl('https://tlktok.net/'))).toEqual(['login']);
    expect(adviceTopics(classifyUrl('https://tiktok-apk-download.com/'))).toContain('app');
  });

  it('login words and the page check are said as what they are', () => {
    expect(keys('https://tiktok-login-help.xyz/')).toContain('reasonKeywordLogin');
    expect(keys('https://freetikfan.com/')).toEqual(['reasonBrandFragment', 'reasonKeyword']);
  });
});
