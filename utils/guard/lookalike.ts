// Spotting "tiktok" in disguise inside one domain label: look-alike letters and homoglyphs folded
// (guard-tables.ts), punycode decoded, then the few typos people actually register.
import { toUnicode } from 'punycode';
import { BRAND, BRAND_FRAGMENTS, CONFUSABLE, FOLD, GROWTH_WORDS, KEYBOARD_NEIGHBOURS, NOT_BRAND_ENDINGS, NOT_BRAND_WORDS, SCAM_WORD_LIST, type ScamWordKind } from './guard-tables';

/** Unicode form of a punycode label (xn--…), or the label itself. */
export function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/**
 * One character folded to the Latin letter it imitates: the table first, then any accented letter
 * to its base (Vietnamese ỉ ị ĩ, Latin-extended ǐ ȉ ṭ ḳ ọ ơ: the mark dropped).
 */
export function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped) return mapped;
  if (ch < '\x80') return ch;
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? (FOLD[base] ?? base) : ch;
}

/** Look-alike characters folded to the letter they imitate; one character out per character in. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += foldChar(ch);
  return out;
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
  /** How the brand appears: as written, with look-alike characters, with homoglyphs, or misspelt. */
  kind: 'exact' | 'folded' | 'homoglyph' | 'typo';
  /** The label as written (for the reason). */
  label: string;
  /** The label with the brand taken out (a space where it was), for keywords and digits. */
  rest: string;
}

/** Where the brand starts in `text` (already folded), skipping words that merely begin like it. */
function brandAt(text: string): number {
  for (let i = text.indexOf(BRAND); i !== -1; i = text.indexOf(BRAND, i + 1)) {
    if (!NOT_BRAND_WORDS.some((word) => text.startsWith(word, i) && NOT_BRAND_ENDINGS.test(text.slice(i + word.length)))) return i;
  }
  return -1;
}

/**
 * A misspelling people register instead of the brand: one letter added (tiktokk), one dropped
 * (tktok, titok, tikok, tikto), two neighbours swapped (titkok, tiktko), or one replaced: by a
 * sound-alike (tictok), its first vowel by another (taktok, tuktok: the "-tok" kept), or by a
 * consonant on a key next to it (tiktpk). Other replacements make another word (tiktak, tiktik,
 * kiktok), which stays out.
 */
function isTypo(part: string): boolean {
  if (part === BRAND || part.length < BRAND.length - 1 || part.length > BRAND.length + 1) return false;
  if (editDistance(part, BRAND, 1) !== 1) return false;
  if (part.length !== BRAND.length) return true;
  const replaced = [...part].flatMap((ch, j) => (ch !== BRAND[j] ? [{ at: j, letter: BRAND[j], typed: ch }] : []));
  // Two differences at the same length and distance one: neighbours swapped.
  if (replaced.length !== 1) return true;
  const { at, letter, typed } = replaced[0];
  const vowel = (ch: string) => 'aeiouy'.includes(ch);
  if (CONFUSABLE[typed] === letter) return true;
  if (at === BRAND.indexOf('i') && vowel(typed)) return true;
  return !vowel(typed) && (KEYBOARD_NEIGHBOURS[letter] ?? '').includes(typed);
}

const splitRest = (chars: string[], at: number, length: number) => `${chars.slice(0, at).join('')} ${chars.slice(at + length).join('')}`.trim();

/**
 * Does a domain label imitate the brand? `tiktok` itself inside a longer name is 'exact' (the
 * brand in someone else's name); t1ktok/tlktok 'folded'; Cyrillic і 'homoglyph'; tictok/titkok/tiktokk 'typo'.
 */
export function brandIn(label: string): BrandSignal | undefined {
  // Every spelling counted here keeps a k and a t (or 7), or is punycode: most names exit now.
  if (!label.startsWith('xn--') && !(label.includes('k') && /[t7]/.test(label))) return undefined;
  const unicode = decodeLabel(label).toLowerCase();
  const chars = [...unicode].filter((ch) => ch !== '-' && ch !== '_');
  const plain = chars.join('');
  const folded = chars.map(foldChar).join('');
  const homoglyph = /[^\x00-\x7f]/.test(plain);
  const disguised: BrandSignal['kind'] = homoglyph ? 'homoglyph' : 'folded';

  // The brand with one letter glued on (tiktokw, ttiktok) is a typo, not the brand in a name.
  if (folded.length === BRAND.length + 1 && isTypo(folded)) return { kind: homoglyph ? 'homoglyph' : 'typo', label, rest: '' };
  const exact = brandAt(plain);
  if (exact !== -1) return { kind: 'exact', label, rest: splitRest(chars, exact, BRAND.length) };
  const look = brandAt(folded);
  if (look !== -1) return { kind: disguised, label, rest: splitRest(chars, look, BRAND.length) };
  // One sound-alike letter (tictok), not two: tictoc is a clock's sound, not a typo.
  const sounds = brandAt([...folded].map((ch) => CONFUSABLE[ch] ?? ch).join(''));
  if (sounds !== -1 && [...BRAND].filter((ch, j) => folded[sounds + j] !== ch).length === 1) return { kind: homoglyph ? 'homoglyph' : 'typo', label, rest: splitRest(chars, sounds, BRAND.length) };
  // A typo of the whole label, or of one hyphen-separated part of it.
  const parts = unicode.split(/[-_]/);
  for (let i = 0; i < parts.length; i++) {
    const part = [...parts[i]].map(foldChar).join('');
    if (isTypo(part)) return { kind: homoglyph ? 'homoglyph' : 'typo', label, rest: [...parts.slice(0, i), ...parts.slice(i + 1)].join(' ') };
  }
  if (isTypo(folded)) return { kind: homoglyph ? 'homoglyph' : 'typo', label, rest: '' };
  const inside = typoInside(folded);
  // What is left is the name as written (malltktok: "mall", not the folded "maii"), where folding
  // kept every position; past a character outside the BMP only the folded text has them.
  const rest = (at: number, length: number) => (folded.length === chars.length ? splitRest(chars, at, length) : `${folded.slice(0, at)} ${folded.slice(at + length)}`.trim());
  if (inside) return { kind: homoglyph ? 'homoglyph' : 'typo', label, rest: rest(inside.at, inside.length) };
  return undefined;
}

/**
 * The brand misspelt inside a longer name (malltktok, tiktookk1688, shoptitok, tikokppay,
 * tiktpkstore, tiktko18): a stretch one typo away from the brand (isTypo). Measured on the Tranco
 * top 50,000 and the eth-phishing-detect allow list: no popular name has such a stretch without the
 * brand itself (tests/unit/guard/corpus.test.ts).
 */
export function typoInside(folded: string): { at: number; length: number } | undefined {
  // Words that merely begin like the brand (tiktoken) are blanked out, keeping every position.
  let text = folded;
  for (const word of NOT_BRAND_WORDS) text = text.replaceAll(word, ' '.repeat(word.length));
  // A stretch starts where the brand does: "iktok" inside kiktok or piktok is another word's end.
  for (let at = text.indexOf('t'); at !== -1; at = text.indexOf('t', at + 1)) {
    for (const length of [BRAND.length, BRAND.length + 1, BRAND.length - 1]) {
      const part = text.slice(at, at + length);
      if (part.length === length && isTypo(part)) return { at, length };
    }
  }
  return undefined;
}

/**
 * A piece of the brand glued to a growth promise, with no brand in the name (freetikfan,
 * followerstik, ttlike, ttcoinz): the piece sits between a growth word and the name's edge or
 * another growth word. Plain letters only: bittcoin has "tt" inside a word and stays out.
 */
export function growthFragmentIn(label: string): { fragment: string; word: string } | undefined {
  const name = label.toLowerCase().replace(/[-_]/g, '');
  const wordEnding = (text: string) => GROWTH_WORDS.find((w) => text.endsWith(w));
  const wordStarting = (text: string) => GROWTH_WORDS.find((w) => text.startsWith(w));
  for (const fragment of BRAND_FRAGMENTS) {
    for (let at = name.indexOf(fragment); at !== -1; at = name.indexOf(fragment, at + 1)) {
      const before = name.slice(0, at);
      const after = name.slice(at + fragment.length);
      const left = wordEnding(before);
      const right = wordStarting(after);
      if (left && (right || !after)) return { fragment, word: left };
      if (right && !before) return { fragment, word: right };
    }
  }
  return undefined;
}

/** Scam words (guard-tables.ts) in a piece of a name, longest first, each part of the text used once. */
export function scamWordsIn(text: string): Array<{ word: string; kind: ScamWordKind }> {
  let rest = text.toLowerCase().replace(/[-_.]/g, '');
  const found: Array<{ word: string; kind: ScamWordKind }> = [];
  for (const [word, kind] of SCAM_WORD_LIST) {
    if (!rest.includes(word)) continue;
    found.push({ word, kind });
    rest = rest.replaceAll(word, ' ');
  }
  return found;
}
