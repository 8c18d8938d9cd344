// What the guard does for each verdict level, in one place: the warning page reads it, and the
// browser's rules are built to stop exactly the levels marked 'stop'.
import type { GuardLevel } from './classify';

/**
 * - `stop`: the warning page, with back, proceed once and always allow.
 * - `let-through`: a broad rule stopped it, the precise check found no scam or lookalike: it is
 *   allowed once for this host and loads with no click.
 * - `forward`: TikTok's own sites, which no rule stops: loads, nothing to allow.
 */
export type GuardAction = 'stop' | 'let-through' | 'forward';

export const GUARD_ACTIONS: Readonly<Record<GuardLevel, GuardAction>> = {
  'known-scam': 'stop',
  lookalike: 'stop',
  suspicious: 'let-through',
  none: 'let-through',
  official: 'forward',
};
