import { render } from 'preact';
import { MediaKitPage } from '@/components/media-kit/MediaKitPage';
import { setPageLanguage } from '@/components/common/page-language';

setPageLanguage('kitTitle');

render(<MediaKitPage />, document.getElementById('app')!);
