import { mountWelcome } from '@/components/welcome/Welcome';

mountWelcome(document.getElementById('app')!);
