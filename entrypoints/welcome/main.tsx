import { mountWelcome } from '@/components/welcome/Welcome';
import { setPageLanguage } from '@/components/common/page-language';

setPageLanguage('welcomeTitle');

mountWelcome(document.getElementById('app')!);
