// Real TikTok / ByteDance registrable domains (../shared/research/scam-sites.md). Matched by exact
// registrable domain only: tiktokw.us is TikTok's, tiktokw.com is a scam.
export const OFFICIAL_DOMAINS: ReadonlySet<string> = new Set([
  'tiktok.com', 'tiktokv.com', 'tiktokv.eu', 'tiktokv.us', 'tiktokw.eu', 'tiktokw.us', 'tiktokcdn.com',
  'tiktokcdn-us.com', 'tiktokv-us.com', 'tiktokv-eu.com', 'tiktokeu-cdn.com', 'tiktokrow-cdn.com',
  'byteoversea.com', 'byteoversea.net', 'ibytedtos.com', 'ibyteimg.com', 'byteimg.com', 'muscdn.com',
  'musical.ly', 'snssdk.com', 'pstatp.com', 'ttlivecdn.com', 'ttwstatic.com', 'business-tiktok.com',
  'tiktok.tv', 'tiktok.in', 'capcutapi.com', 'capcutapi.us', 'capcut.com', 'bytedance.com',
  'tiktokglobalshop.com', 'tiktokshop.com',
  // TikTok's careers site (recruitment scams imitate it: lifeattiktok-sg.com is on the feeds).
  'lifeattiktok.com',
]);

/** The domain a lookalike is said to imitate. */
export const BRAND_HOME = 'tiktok.com';
