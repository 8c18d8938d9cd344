// UI strings come from _locales through browser.i18n; the key itself shows if one is missing,
// which a test catches.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
