// Popular, established sites (Moz top 500): a "tiktok." subdomain of one of them is the site's own
// section about TikTok (a wiki, a news desk), never a lookalike.
import popular from '../../assets/guard/popular-domains.json';

export const POPULAR_DOMAINS: ReadonlySet<string> = new Set(popular.domains);
