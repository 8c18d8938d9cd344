// The popup asks for its data before anything else, and loads its view (Preact, chart.js) while the
// database answers; the view's files are preloaded by the page (see wxt.config.ts). The view
// appears once the data is in, so its first render is the real one.
import { loadOpeningData } from './data';

const opening = Promise.allSettled([loadOpeningData()]);
const view = import('./App');
void Promise.all([view, opening]).then(([{ mountPopup }, [data]]) => mountPopup(data));
