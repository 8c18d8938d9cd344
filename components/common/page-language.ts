// Every extension page says which language its text is in (screen readers, hyphenation, fonts for
// Japanese) and has a title in that language: the HTML files can only carry English defaults.
import { t, type MessageKey } from '@/utils/platform/i18n';
import { uiLocale } from '@/utils/platform/ui-language';

export function setPageLanguage(title?: MessageKey): void {
  document.documentElement.lang = uiLocale();
  if (title) document.title = t(title);
}
