// Our adapter against date-fns (what chartjs-adapter-date-fns called) over moments around month
// ends, leap days and daylight-saving changes, every unit: the disagreements, empty when none.
// Run in the test's process and, with another TZ, in a child process (time-adapter.test.ts).
import * as fns from 'date-fns';
import { add, diff, endOf, startOf } from '../../../components/common/time-adapter';

const UNITS = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
type Unit = (typeof UNITS)[number];
const cap = (u: Unit) => `${u[0].toUpperCase()}${u.slice(1)}`;

const ADD = (u: Unit) => (fns as unknown as Record<string, (t: number, n: number) => Date>)[`add${cap(u)}s`];
const DIFF = (u: Unit) => (fns as unknown as Record<string, (a: number, b: number) => number>)[`differenceIn${cap(u)}s`];
const START = (u: Unit) => (fns as unknown as Record<string, (t: number, o?: object) => Date>)[`startOf${cap(u)}`];
const END = (u: Unit) => (fns as unknown as Record<string, (t: number) => Date>)[`endOf${cap(u)}`];

export function compareWithDateFns(): string[] {
  const moments: number[] = [];
  for (const [y, m, d] of [[2024, 0, 31], [2024, 1, 28], [2024, 1, 29], [2024, 2, 30], [2024, 2, 31], [2024, 9, 26], [2024, 9, 27], [2023, 11, 31], [2025, 10, 2], [2025, 2, 9]])
    for (const h of [0, 1, 2, 3, 12, 23]) moments.push(new Date(y, m, d, h, 30, 15, 250).getTime());
  const out: string[] = [];
  const check = (what: string, ours: number, theirs: number) => ours !== theirs && out.length < 20 && out.push(`${what}: ${ours} ≠ ${theirs}`);
  for (const t of moments) {
    for (const u of UNITS) {
      for (const n of [-13, -1, 1, 2, 7, 40]) check(`add ${new Date(t).toString()} ${n} ${u}`, add(t, n, u), ADD(u)(t, n).getTime());
      if (u !== 'millisecond') check(`startOf ${new Date(t).toString()} ${u}`, startOf(t, u), START(u)(t).getTime());
      if (u !== 'millisecond') check(`endOf ${new Date(t).toString()} ${u}`, endOf(t, u), END(u)(t).getTime());
      for (const other of moments) check(`diff ${new Date(t).toString()} ${new Date(other).toString()} ${u}`, diff(t, other, u), DIFF(u)(t, other));
    }
    for (const weekday of [0, 1, 6]) check(`startOf isoWeek ${weekday} ${new Date(t).toString()}`, startOf(t, 'isoWeek', weekday), fns.startOfWeek(t, { weekStartsOn: weekday as 0 | 1 | 6 }).getTime());
  }
  return out;
}
