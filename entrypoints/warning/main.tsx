import { mountWarning } from '@/components/warning/Warning';

mountWarning(document.getElementById('app')!);
