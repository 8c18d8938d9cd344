// A request that failed, said on the page.
import { t } from '@/utils/platform/i18n';

export const problemOf = (error: unknown) => t('dashboardError', error instanceof Error ? error.message : String(error));

export function Problem({ text }: { text?: string }) {
  return text ? <p role="alert" class="down" data-testid="problem">{text}</p> : null;
}
