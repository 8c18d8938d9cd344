// Everything the "What works for you" section and the popup's line show, from one set of inputs:
// the comparisons, an early read of each young video (and of the newest one, or why it has none),
// and what is about to be lost. Pure.
import { dataAtRisk, type DataAtRisk, type RiskInput } from './data-at-risk';
import { earlyReads, newestEarlyRead, type EarlyRead } from './early-read';
import { whatWorks, type Comparison, type WhatWorks } from './what-works';

export interface WhatWorksReport {
  whatWorks: WhatWorks;
  /** One per young video, newest first. */
  early: EarlyRead[];
  /** The newest video's read, or why it has none (the popup's line). */
  newest: EarlyRead;
  risk: DataAtRisk;
}

export function whatWorksReport(input: RiskInput): WhatWorksReport {
  const early = earlyReads(input.videos, input.now);
  return { whatWorks: whatWorks(input.videos), early, newest: newestEarlyRead(input.videos, input.now, early), risk: dataAtRisk(input) };
}

/** The finding furthest from "no difference" (by the interval's nearer end), for a one-line summary. */
export function strongestFinding(result: WhatWorks): Comparison | undefined {
  const distance = (c: Comparison) => (c.low! > 1 ? Math.log(c.low!) : -Math.log(c.high!));
  return result.comparisons.filter((c) => c.verdict === 'found').sort((a, b) => distance(b) - distance(a))[0];
}

/** How near the nearest comparison is to speaking: the most videos its smaller side has (below the floor while none speaks). */
export const nearestToSpeaking = (result: WhatWorks): number => Math.max(0, ...result.comparisons.map((c) => Math.min(c.videos, c.others)));
