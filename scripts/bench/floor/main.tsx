// The floor for the popup's first chart (npm run bench only; never shipped): the least an extension
// page can do to draw the same chart with the same libraries. Preact renders a canvas, one
// IndexedDB read fetches the series, chart.js draws it on a time axis.
import { Chart, LinearScale, LineController, LineElement, PointElement, TimeScale } from 'chart.js';
import { registerTimeAdapter } from '../../../components/common/time-adapter';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { DAY_MS } from '../../../utils/platform/days';

// The pages' own date adapter (what the popup and the dashboard ship since issue 34), not date-fns's.
registerTimeAdapter(() => undefined);

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale);

// `#account|days|kind`: days 0 for all; kind 'points' (captures, the default), 'daily' (imported
// days) or 'days' (imported days and Studio's own days, Studio's winning a date both hold: every day
// a day-by-day chart of the account draws when Studio's data reaches further back than the exports).
const [account, days, kind = 'points'] = decodeURIComponent(location.hash.slice(1)).split('|');

const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
const atNoon = (date: string) => new Date(`${date}T12:00:00`).getTime();

async function readSeries(): Promise<Array<{ x: number; y: number }>> {
  const db = await request(indexedDB.open('creator-lens'));
  const from = Number(days) ? Date.now() - Number(days) * DAY_MS : -Infinity;
  const dayRange = IDBKeyRange.bound([account, 'followers', from === -Infinity ? '' : new Date(from).toISOString().slice(0, 10)], [account, 'followers', '\uffff']);
  if (kind === 'points') {
    const points = await request(db.transaction('points').objectStore('points').index('bySeries').getAll(IDBKeyRange.bound([account, '', 'followers', 'lifetime', from], [account, '', 'followers', 'lifetime', Infinity])));
    return points.map((p: { capturedAt: number; value: number }) => ({ x: p.capturedAt, y: p.value }));
  }
  const stores = kind === 'days' ? ['daily', 'studioDays'] : ['daily'];
  const tx = db.transaction(stores);
  const read = await Promise.all(stores.map((s) => request<Array<{ date: string; value: number }>>(tx.objectStore(s).getAll(dayRange))));
  const byDate = new Map(read.flat().map((d) => [d.date, d.value]));
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ x: atNoon(date), y: value }));
}

function Floor() {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    void readSeries().then((data) => {
      new Chart(canvas.current!, {
        type: 'line',
        data: { datasets: [{ label: 'Followers', data, borderColor: '#e11d48', pointRadius: 0 }] },
        options: { parsing: false, normalized: true, animation: false, maintainAspectRatio: false, scales: { x: { type: 'time' } } },
      });
      performance.mark('first-chart', { detail: { points: data.length } });
    });
  }, []);
  return (
    <div class="chart-box">
      <canvas ref={canvas} />
    </div>
  );
}

render(<Floor />, document.getElementById('app')!);
