// Generated creator histories for the "what works" and early-read tests: videos whose reach is
// log-normal around the creator's usual, with effects planted where a test wants them, captured
// once a day at a random hour as the posts list would be. Deterministic for a seed.
import type { OwnVideo } from '../../utils/insights/own-videos';
import { seededRandom } from './seeded-random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const GENERATED_NOW = Date.UTC(2026, 5, 1, 12);
const TAGS = ['sourdough', 'baking', 'recipe', 'bread', 'fyp', 'kitchen'];

export interface GeneratedOptions {
  seed: number;
  videos?: number;
  /** Spread of log reach around the creator's median (real creators: roughly 0.6–1.5). */
  sigma?: number;
  /** Multiplies the reach of the videos it returns more than 1 for (the planted effect). */
  effect?: (video: OwnVideo) => number;
  /** Days until a video has about two thirds of its views (the curve's time constant), drawn in this range. */
  settleDays?: [number, number];
  /** Days between posts. */
  every?: number;
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export function generatedVideos({ seed, videos = 150, sigma = 0.7, effect = () => 1, settleDays = [0.7, 2.5], every = 1.5 }: GeneratedOptions): OwnVideo[] {
  const random = seededRandom(seed);
  const out: OwnVideo[] = [];
  for (let i = 0; i < videos; i++) {
    const hour = Math.floor(random() * 24);
    const postedAt = GENERATED_NOW - Math.round((videos - i) * every * DAY) + hour * HOUR - 12 * HOUR;
    const words = Math.floor(random() * 160);
    const tags = TAGS.filter(() => random() < 0.3);
    const video: OwnVideo = {
      videoId: `g${seed}-${i}`,
      caption: `${'x'.repeat(words)} ${tags.map((t) => `#${t}`).join(' ')}`.trim(),
      postedAt,
      hour,
      weekday: new Date(postedAt).getUTCDay(),
      durationSeconds: Math.round(5 + random() * 200),
      views: [],
    };
    const reach = 20_000 * Math.exp(sigma * normal(random)) * effect(video);
    const tau = (settleDays[0] + random() * (settleDays[1] - settleDays[0])) * DAY;
    const viewsAt = (t: number) => Math.round(reach * (1 - Math.exp(-(t - postedAt) / tau)));
    for (let day = 0; day < 40; day++) {
      const at = postedAt + day * DAY + Math.floor(random() * 20 * HOUR) + 2 * HOUR;
      if (at > GENERATED_NOW) break;
      video.views.push({ t: at, v: viewsAt(at) });
    }
    const lifetime = viewsAt(GENERATED_NOW);
    video.counters = { at: GENERATED_NOW, views: lifetime, likes: Math.round(lifetime * 0.08 * Math.exp(0.3 * normal(random))), comments: Math.round(lifetime * 0.004), shares: Math.round(lifetime * 0.002) };
    out.push(video);
  }
  return out;
}
