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

// `#account|days|kind`: days 0 for all; kind 'points' (captures, the default) or 'daily' (imported days).
const [account, days, kind = 'points'] = decodeURIComponent(location.hash.slice(1)).split('|');

function readSeries(): Promise<Array<{ x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('creator-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const from = Number(days) ? Date.now() - Number(days) * DAY_MS : -Infinity;
      const read =
        kind === 'daily'
          ? open.result.transaction('daily').objectStore('daily').getAll(IDBKeyRange.bound([account, 'followers', from === -Infinity ? '' : new Date(from).toISOString().slice(0, 10)], [account, 'followers', '\uffff']))
          : open.result.transaction('points').objectStore('points').index('bySeries').getAll(IDBKeyRange.bound([account, '', 'followers', 'lifetime', from], [account, '', 'followers', 'lifetime', Infinity]));
      read.onerror = () => reject(read.error);
      read.onsuccess = () =>
        resolve(
          kind === 'daily'
            ? read.result.map((d: { date: string; value: number }) => ({ x: new Date(`${d.date}T12:00:00`).getTime(), y: d.value }))
            : read.result.map((p: { capturedAt: number; value: number }) => ({ x: p.capturedAt, y: p.value })),
        );
    };
  });
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
      performance.mark('first-chart');
    });
  }, []);
  return (
    <div class="chart-box">
      <canvas ref={canvas} />
    </div>
  );
}

render(<Floor />, document.getElementById('app')!);
