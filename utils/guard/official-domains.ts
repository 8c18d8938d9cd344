// Real TikTok / ByteDance registrable domains, each from public evidence (sources named beside
// each group; docs/guard.md). Matched by exact registrable domain or as a
// parent of the host only: tiktokw.us is TikTok's, tiktokw.com is a scam.
export const OFFICIAL_DOMAINS: ReadonlySet<string> = new Set([
  // hagezi/dns-blocklists native.tiktok; blocklistproject/Lists tiktok.txt; jarelllama whitelist.
  'tiktok.com', 'tiktokv.com', 'tiktokv.eu', 'tiktokv.us', 'tiktokw.eu', 'tiktokw.us', 'tiktokcdn.com',
  'tiktokcdn-us.com', 'tiktokv-us.com', 'tiktokv-eu.com', 'tiktokeu-cdn.com', 'tiktokrow-cdn.com',
  'byteoversea.com', 'byteoversea.net', 'ibytedtos.com', 'ibyteimg.com', 'byteimg.com', 'muscdn.com',
  'musical.ly', 'snssdk.com', 'pstatp.com', 'ttlivecdn.com', 'ttwstatic.com', 'business-tiktok.com',
  'tiktok.tv', 'tiktok.in', 'capcutapi.com', 'capcutapi.us', 'capcut.com', 'bytedance.com',
  'tiktokglobalshop.com', 'tiktokshop.com', 'capcutw.us',
  // v2fly/domain-list-community data/tiktok (2026-08): the hosts TikTok serves from outside China.
  'bytedapm.com', 'tik-tokapi.com', 'tiktok-minis.com', 'tiktok-row.net', 'tiktokcdn-eu.com', 'tiktokd.net',
  'tiktokd.org', 'tiktokglobalshopv.com', 'tiktokminis.us', 'ttcdn-us.com', 'ttoverseaus.net', 'amemv.com',
  // ByteDance's DNS alias zones: v2fly lark-global (larksuite.com.ttdns2.com) and hagezi
  // native.tiktok (analytics.tiktok.com.ttdns2.com, *.tiktokv.eu.ttdns3.com, *.tiktokv.us.ttdns4.com).
  'ttdns2.com', 'ttdns3.com', 'ttdns4.com',
  // TikTok's ad network Pangle: host constants of its SDK (com.bytedance.sdk.openadsdk).
  'tiktokpangle.us', 'tiktokpangle-b.us', 'tiktokpangle-cdn-us.com',
  // Netify's application list for TikTok (as quoted in public repositories, 2026): the EU/US
  // serving and load-balancing names, the static host, the Minis platform in each region.
  'tiktok-eu.net', 'tiktok-us.net', 'tiktoklb.eu', 'tiktokstaticb.com', 'tiktokcdn-eu.net', 'tiktokcdn-in.com',
  'tiktok-minis.eu', 'tiktok-minis.us',
  // TikTok's careers site (recruitment scams imitate it: lifeattiktok-sg.com is on the feeds).
  'lifeattiktok.com',
  // TikTok's GitHub organisation's pages (github.com/tiktok: sparo, sparkling, knit docs). Only this
  // host: every other *.github.io is anyone's.
  'tiktok.github.io',
]);

/**
 * CDNs that mirror a customer's whole host name under their own (api.tiktokv.com.edgekey.net): a
 * TikTok domain in front of one of these is TikTok's alias, never a lookalike. Seen in hagezi
 * native.tiktok, blocklistproject tiktok.txt and Netify's TikTok infrastructure list.
 */
export const CDN_ALIAS_DOMAINS: ReadonlySet<string> = new Set([
  'akamaized.net', 'akamaihd.net', 'akadns.net', 'edgekey.net', 'edgesuite.net', 'fastly.net', 'cloudflare.net',
  'footprint.net', 'myqcloud.com', 'cdnvideo.ru', 'toutiao50.com', 'bytefcdn-oversea.com', 'bytefcdn-ttpeu.com',
  'bytetcdn.com', 'qlivecdn.com', 'tlivepush.com', 'worldfcdn.com', 'worldfcdn2.com', 'wsdvs.com', 'cdn20.com',
  'ecdnx.com', 'rocket-cdn.com', 'swiftserve.com', 'atomile.com', 'queniuaa.com', 'mncdn.com',
  // ByteDance's own DNS and load-balancing zones (blocklistproject tiktok.txt) and a resolver
  // alias hagezi native.tiktok lists (mon-i18n.tiktokv.com.dvaitas.lt).
  'bytedns.net', 'bsgslb.com', 'dvaitas.lt', 'baishan-cloud.net',
]);

/** The domain a lookalike is said to imitate. */
export const BRAND_HOME = 'tiktok.com';
