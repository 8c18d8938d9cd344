// What the guard does for each verdict level, in one place: the warning page reads it, and the
// browser's rules are built to stop exactly the levels marked 'stop' or 'caution'.
import type { GuardLevel } from './classify';

/**
 * - `stop`: the warning page, with back, proceed once and (behind a confirmation) always allow.
 * - `caution`: a softer page ("this site uses TikTok's name; TikTok does not run it"), one click
 *   to go on, remembered for that site: brand-plus-word sites are stopped once, not never.
 * - `let-through`: a broad rule stopped it, the precise check found nothing: this exact host is
 *   let through in this tab only and loads with no click.
 * - `forward`: TikTok's own sites, which no rule stops: loads, nothing to allow.
 */
export type GuardAction = 'stop' | 'caution' | 'let-through' | 'forward';

export const GUARD_ACTIONS: Readonly<Record<GuardLevel, GuardAction>> = {
  'known-scam': 'stop',
  lookalike: 'stop',
  suspicious: 'caution',
  none: 'let-through',
  official: 'forward',
};
