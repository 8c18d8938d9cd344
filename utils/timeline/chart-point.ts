// The one way a chart point is made: a time, a value, and `rounded` only when Studio rounded it
// (so exact points carry no `rounded: undefined` through messages and comparisons).
import type { Point } from '../series/series-math';

export const toPoint = ({ t, v, rounded }: { t: number; v: number; rounded?: boolean }): Point => (rounded ? { t, v, rounded: true } : { t, v });
