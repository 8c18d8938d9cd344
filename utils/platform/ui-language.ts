// The language the UI's text is in, for everything Intl writes beside it (numbers, dates, plurals,
// country names, chart ticks). Not the browser's language: a German browser gets the English
// messages (no German locale ships), and its numbers should read as that English text does.
import browser from 'webextension-polyfill';
import { t, type MessageKey } from './i18n';
import { numberFormat, pluralRules } from './intl-cache';

let cached: string | undefined;

/** BCP 47 tag of the messages in use ("en", "pt-BR"), from the shipped locale itself. */
export function uiLocale(): string {
  if (cached) return cached;
  let tag = '';
  try {
    tag = browser.i18n.getMessage('uiLanguage');
  } catch {
    // No extension context (unit tests, scripts): the runtime's own language.
  }
  cached = tag || Intl.DateTimeFormat().resolvedOptions().locale;
  return cached;
}

/** A message's plural forms, chosen by the UI language's rules ("1 capture", "2 captures"; Japanese has one form). */
export interface PluralForms {
  one: MessageKey;
  other: MessageKey;
}

/** `count` as the message's $1 (written in the UI language), then `more` as $2…. */
export function plural(forms: PluralForms, count: number, more: string[] = []): string {
  const rule = pluralRules(uiLocale()).select(count);
  return t(rule === 'one' ? forms.one : forms.other, [numberFormat(uiLocale()).format(count), ...more]);
}
