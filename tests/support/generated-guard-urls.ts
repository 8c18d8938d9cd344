// Generated addresses for the guard's agreement tests: the brand and its disguises in the host
// (whole name, glued to words, in a subdomain, on free hosting), in the path and the query, TikTok's
// own names in front of other names, bare IPs, userinfo. Seeded: the same seed, the same URLs.
import { seededRandom } from './seeded-random';

const BRANDS = [
  'tiktok', 'tik-tok', 'tiktokk', 't1kt0k', 'tlktok', 'tiktk', 'tktok', 'titok', 'tikok', 'tikto', 'titkok', 'tiktko',
  'tictok', 'tiktpk', 'taktok', 'tuktok', 'tik0k', 'freetikfan', 'ttlike', 'followerstik', 'tokfans', 'ttcoinz',
];
/** Names near the brand that are not it: the rules may touch them, the verdict must not stop them. */
const NEAR = ['ticktick', 'tiktak', 'tiktoken', 'kitkat', 'tokyo', 'stock', 'bittcoin', 'tiket', 'tiktik', 'kiktok', 'titok'];
const WORDS = ['', '', 'login', 'shop', 'free', 'viewer', 'coins', 'app', 'help', 'mall', 'cooking', 'news', '88', 'us', 'x', 'store'];
const TLDS = ['com', 'net', 'xyz', 'shop', 'top', 'co.uk', 'hu', 'io'];
const HOSTING = ['github.io', 'workers.dev', 'vercel.app', 'pages.dev', 'cos.ap-beijing.myqcloud.com', 'herokuapp.com'];
const PATHS = ['/', '/', '/login', '/tiktok/login.html', '/free-tiktok-followers', '/tiktok_post_vid.html', '/tiktok/index.php', '/t1kt0k-viewer/', '/news/tiktok-ban', '/form/3/username.php', '/case/-4821'];
const QUERIES = ['', '', '', '?ref=tiktok', '?u=tiktok-login', '?q=free+tiktok+coins'];
const SITES = ['example', 'graniteworks-4367', 'free-likes', 'daily-news', 'my-shop', 'cdn-edge', 'rocket-cdn-eu', 'spbycdn'];

export function generatedGuardUrls(count: number, seed = 31): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const label = (core: string) => [pick(WORDS), core, pick(WORDS)].filter(Boolean).join(pick(['', '', '-']));
  const tail = () => `${pick(PATHS)}${pick(QUERIES)}`;
  const forms: Array<() => string> = [
    () => `https://${label(pick(BRANDS))}.${pick(TLDS)}${tail()}`,
    () => `https://${label(pick(NEAR))}.${pick(TLDS)}${tail()}`,
    () => `https://${pick(['www.', 'login.', 'm.', ''])}${label(pick(BRANDS))}.${pick(SITES)}.${pick(TLDS)}${tail()}`,
    () => `https://${label(pick(BRANDS))}.${pick(HOSTING)}${tail()}`,
    () => `https://${pick(SITES)}.${pick(HOSTING)}${tail()}`,
    () => `https://${pick(['tiktok.com', 'tiktokshop.com', 'tiktokcdn.com', 'tiktokcdn-eu.com', 'tiktokv.com'])}.${pick(SITES)}.${pick(TLDS)}${tail()}`,
    () => `https://${pick(SITES)}.${pick(TLDS)}${tail()}`,
    () => `http://${Math.floor(random() * 223) + 1}.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}.${Math.floor(random() * 254) + 1}${tail()}`,
    () => `https://${pick(['tiktok', 'tiktok.com', 'user'])}@${pick(SITES)}.${pick(TLDS)}${tail()}`,
    () => `https://${label(pick(BRANDS)).toUpperCase()}.${pick(TLDS)}:8443${tail()}`,
  ];
  const urls = new Set<string>();
  while (urls.size < count) urls.add(new URL(pick(forms)()).href);
  return [...urls];
}
