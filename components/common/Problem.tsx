// A request that failed, said on the page.
import { t } from '@/utils/platform/i18n';
import { isBackgroundGone } from '@/utils/platform/retry';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An error said in words: a stopped background is explained, never shown as the browser's raw message. */
export const errorText = (error: unknown) => (isBackgroundGone(error) ? t('backgroundStopped') : messageOf(error));

export const problemOf = (error: unknown) => t('dashboardError', messageOf(error));

export function Problem({ text }: { text?: string }) {
  return text ? <p role="alert" class="down" data-testid="problem">{text}</p> : null;
}
