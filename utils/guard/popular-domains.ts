// Popular, established sites. The Moz top 500: a "tiktok." subdomain of one of them is the site's
// own section about TikTok (a wiki, a news desk), never a lookalike. The brand-named ones of a
// Tranco top 50,000 (picked by rule, see the JSON): a caution at most, never a stop.
import popular from '../../assets/guard/popular-domains.json';

export const POPULAR_DOMAINS: ReadonlySet<string> = new Set(popular.domains);
export const POPULAR_BRAND_NAMED: ReadonlySet<string> = new Set(popular.brandNamed ?? []);
