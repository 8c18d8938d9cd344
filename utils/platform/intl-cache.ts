// Intl's formatters, made once per locale and options: making one costs about 0.1 ms (the first
// compact number format of a page over 10 ms), using one about a microsecond, and the popup's first
// draw and every badge write dozens of numbers and dates.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat;
const made = new Map<string, Formatter>();

function once<T extends Formatter>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  once('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) =>
  once('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string | undefined) => once('plural', locale, {}, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions = {}) =>
  once('list', locale, options, () => new Intl.ListFormat(locale, options));
