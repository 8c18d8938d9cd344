// The popup reads its data first and runs its view's code (Preact, chart.js) once the data is in:
// evaluating that code meanwhile would hold up the database's replies. The view's files are
// fetched and compiled from the start (module preloads, see wxt.config.ts).
import { loadOpeningData } from './data';

void Promise.allSettled([loadOpeningData()])
  .then(async ([opening]) => (await import('./App')).mountPopup(opening));
