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
  // Issue 31: ByteDance's own infrastructure, each group from the public evidence named beside it.
  // nextdns/services services/tiktok @4b73ad9798dc: tiktok.net and ByteDance's CDN zones.
  'tiktok.net', 'bytefcdn-oversea.com', 'bytefcdn-ttpeu.com', 'bytetcdn.com',
  // duckduckgo/tracker-radar entities/ByteDance Ltd..json (properties): SDK, static and ad hosts.
  'isnssdk.com', 'sgsnssdk.com', 'ipstatp.com', 'ulikecam.com', 'pangle.io', 'pangleglobal.com', 'zhiliaoapp.com',
  // blackmatrix7/ios_rule_script rule/Clash/TikTok/TikTok.list.
  'sgpstatp.com', 'bytegecko.com', 'bytegecko-i18n.com',
  // v2fly/domain-list-community data/bytedance: load balancing, DNS and internal service zones.
  'byteglb.com', 'byteintl.net', 'bytedns1.com', 'bytedns2.com', 'bytegslb.com', 'bytelb.net',
  // mypdns/matrix issues #121140 ("TikTok CDN": fonts-sg.byteintl.com) and #121150 (imagex-us-east-1.bytevcloudapi.com).
  'byteintl.com', 'bytevcloudapi.com',
  // TikTok host lists in public code (a downloader's tiktokAltUrls, a TIKTOK_DOMAINS table):
  // tiktok-lb-texas.useast5.byteoversea.net.byteigtm.com, TikTok Music.
  'byteigtm.com', 'tiktokmusic.app',
  // TikTok U.S. Data Security (careers.tiktokusds.com; applicant-tracking maps pairing it with lifeattiktok.com).
  'tiktokusds.com',
  // ByteDance-internal regional zones in public no_proxy lists and configs (prod-row-kmsv2-control-og.tiktok-row.org,
  // logservice-tx.tiktok-us.org, prod-eu-ttp-kmsv2-control.tiktok-eu.org).
  'tiktok-row.org', 'tiktok-us.org', 'tiktok-eu.org',
  // A MikroTik DNS-forward script listing larksuite.com.ttdns1.com beside larksuite.com.ttdns2.com (Lark is ByteDance's).
  'ttdns1.com',
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
  // nextdns/services services/tiktok (frontier23-normal-alisg.tiktokv.com.bpgslb.com in hagezi native.tiktok.extended).
  'bpgslb.com',
]);

/**
 * TikTok's sites people open in a browser (the app, the shop, the seller centre, careers, CapCut):
 * the names a lookalike puts in front of its own (tiktok.com.evil.xyz). Every other official domain
 * is infrastructure (CDNs, APIs, DNS and load-balancing zones) that CDNs name their customers
 * after (tiktokcdn-eu.com.rocket-cdn-eu.com, tiktokcdn.com.spbycdn.com: issue 31's ByteDance CNAME
 * targets), so one of those in front of another name is no lookalike unless scam words come with it.
 */
export const SITES_PEOPLE_OPEN: ReadonlySet<string> = new Set([
  'tiktok.com', 'tiktok.in', 'tiktokshop.com', 'tiktokglobalshop.com', 'tiktokglobalshopv.com', 'business-tiktok.com', 'musical.ly',
  'capcut.com', 'lifeattiktok.com', 'tiktokmusic.app', 'tiktokusds.com', 'bytedance.com', 'ulikecam.com',
]);

/** The domain a lookalike is said to imitate. */
export const BRAND_HOME = 'tiktok.com';
