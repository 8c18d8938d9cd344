// Spotting "tiktok" in disguise: look-alike letters and digits folded, homoglyphs decoded from
// punycode, then a Damerau edit distance to the brand.
import { toUnicode } from 'punycode';

export const BRAND = 'tiktok';

// Latin look-alikes and Cyrillic/Greek homoglyphs → the letter they imitate.
const FOLD: Record<string, string> = {
  '0': 'o', '1': 'i', l: 'i', '!': 'i', '|': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '+': 't', '$': 's',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'і': 'i', 'ї': 'i', 'к': 'k', 'т': 't', 'х': 'x', 'у': 'y',
  'ԁ': 'd', 'ɩ': 'i', 'ı': 'i', 'ο': 'o', 'κ': 'k', 'τ': 't', 'ι': 'i', 'ķ': 'k', 'ţ': 't', 'ť': 't', 'í': 'i',
  'ì': 'i', 'ï': 'i', 'î': 'i', 'ó': 'o', 'ò': 'o', 'ö': 'o', 'ô': 'o', 'õ': 'o', 'ø': 'o',
};

/** Unicode form of a punycode label (xn--…), or the label itself. */
export function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += FOLD[ch] ?? ch;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/** Optimal string alignment distance (Damerau: a swap of neighbours costs one), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return Math.min(rows[a.length][b.length], max + 1);
}

export interface BrandSignal {
  /** How the brand appears: exact, folded look-alike characters, homoglyphs, or a typo. */
  kind: 'exact' | 'folded' | 'homoglyph' | 'typo';
  /** The label as written (for the reason code). */
  label: string;
}

/**
 * Does a domain label (or a hyphen/letter run inside it) imitate the brand? `tiktok` itself is
 * 'exact' (the brand used inside someone else's name); t1ktok/tlktok 'folded'; Cyrillic і 'homoglyph';
 * tictok/tiktk/tiktokw 'typo'.
 */
export function brandIn(label: string): BrandSignal | undefined {
  // Any spelling within one edit of "tiktok" keeps one of its two k's: most names exit here.
  if (!label.startsWith('xn--') && !/[kкκķ]/i.test(label)) return undefined;
  const unicode = decodeLabel(label);
  const homoglyph = unicode !== label;
  const plain = unicode.toLowerCase();
  const folded = fold(plain);
  const compact = folded.replace(/[-_]/g, '');
  // One letter added to the brand (tiktokk, tiktokw) is a typo even though the brand is inside.
  if (compact !== BRAND && compact.length === BRAND.length + 1 && editDistance(compact, BRAND, 1) === 1)
    return { kind: homoglyph ? 'homoglyph' : 'typo', label };
  if (plain.replace(/[-_]/g, '').includes(BRAND)) return { kind: 'exact', label };
  if (compact.includes(BRAND)) return { kind: homoglyph ? 'homoglyph' : 'folded', label };
  // A typo of the whole label, or of one hyphen-separated part of it: one edit away from the brand.
  for (const part of [compact, ...folded.split(/[-_]/)]) {
    if (part.length >= 4 && editDistance(part, BRAND, 1) <= 1) return { kind: homoglyph ? 'homoglyph' : 'typo', label };
  }
  return undefined;
}
