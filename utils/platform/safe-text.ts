// Text that came from a web page, made safe to show: bidirectional control characters (U+202E
// RIGHT-TO-LEFT OVERRIDE and friends) are removed so a caption or address cannot reorder what
// is drawn around it or disguise itself ("moc.kotkit" shown as "tiktok.com").
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
