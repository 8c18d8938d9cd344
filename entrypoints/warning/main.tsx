import { mountWarning } from '@/components/warning/Warning';
import { setPageLanguage } from '@/components/common/page-language';

setPageLanguage();

mountWarning(document.getElementById('app')!);
