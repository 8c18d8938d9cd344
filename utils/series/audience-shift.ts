// How the audience picture moves between Studio exports. Pure.

export interface AudiencePicture {
  takenAt: number;
  gender?: Partial<Record<'male' | 'female' | 'other', number>>;
  territories?: Record<string, number>;
}

export interface AudienceRow {
  kind: 'gender' | 'territory';
  key: string;
  /** Percent at each picture, oldest first; undefined where that picture did not list it. */
  values: Array<number | undefined>;
  /** Percentage points from the first picture that lists it to the latest (absent unless both list it). */
  shift?: number;
}

/** One row per gender and territory ever listed, ordered by the latest picture's share. */
export function audienceShift(pictures: AudiencePicture[]): { takenAt: number[]; rows: AudienceRow[] } {
  const sorted = [...pictures].sort((a, b) => a.takenAt - b.takenAt);
  const rows: AudienceRow[] = [];
  for (const kind of ['gender', 'territory'] as const) {
    const of = (p: AudiencePicture) => (kind === 'gender' ? p.gender : p.territories) ?? {};
    const keys = new Set(sorted.flatMap((p) => Object.keys(of(p))));
    const kindRows = [...keys].map((key): AudienceRow => {
      const values = sorted.map((p) => (of(p) as Record<string, number>)[key]);
      const firstAt = values.findIndex((v) => v !== undefined);
      const last = values[values.length - 1];
      const listedTwice = last !== undefined && firstAt < values.length - 1;
      return { kind, key, values, ...(listedTwice ? { shift: Math.round((last - values[firstAt]!) * 10) / 10 } : {}) };
    });
    kindRows.sort((a, b) => (b.values[b.values.length - 1] ?? -1) - (a.values[a.values.length - 1] ?? -1));
    rows.push(...kindRows);
  }
  return { takenAt: sorted.map((p) => p.takenAt), rows };
}
