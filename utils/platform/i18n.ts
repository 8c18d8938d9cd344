// UI strings come from _locales through browser.i18n. Keys are typed from the English messages,
// so a key the code builds that English lacks fails the typecheck; tests check the other locales.
import browser from 'webextension-polyfill';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
