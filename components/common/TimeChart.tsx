// One chart.js line chart over a time axis. Created on mount, updated in place, destroyed on
// unmount. Gaps in the captures stay gaps; values TikTok rounded are drawn as hollow triangles.
import {
  Chart,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { withGaps, type Point } from '@/utils/series/series-math';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, Decimation);

export interface Series {
  label: string;
  points: Point[];
  color: string;
  /** Second y axis, for comparing metrics of different sizes. */
  right?: boolean;
}

function dataset(series: Series): ChartDataset<'line', Array<{ x: number; y: number | null }>> {
  const data = withGaps(series.points);
  const dense = data.length > 90;
  return {
    label: series.label,
    data,
    borderColor: series.color,
    backgroundColor: series.color,
    borderWidth: 2,
    spanGaps: false,
    yAxisID: series.right ? 'y2' : 'y',
    pointStyle: data.map((p) => ((p as { rounded?: true }).rounded ? 'triangle' : 'circle')),
    pointRadius: data.map((p) => ((p as { rounded?: true }).rounded ? (dense ? 2 : 4) : dense ? 0 : 3)),
    pointBackgroundColor: data.map((p) => ((p as { rounded?: true }).rounded ? 'transparent' : series.color)),
  };
}

export function TimeChart({ series, label, onDrawn }: { series: Series[]; label: string; onDrawn?: () => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', Array<{ x: number; y: number | null }>> | undefined>(undefined);

  // Layout effects: the chart is drawn before the browser paints its box, never an empty frame first.
  useLayoutEffect(() => {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const grid = dark ? '#2f3540' : '#e6e8ec';
    const text = dark ? '#c9ced6' : '#4b5563';
    chart.current = new Chart<'line', Array<{ x: number; y: number | null }>>(canvas.current!, {
      type: 'line',
      data: { datasets: series.map(dataset) },
      options: {
        parsing: false,
        normalized: true,
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        scales: {
          // Flat labels measured on a sample: chart.js otherwise measures every tick of a year of days.
          x: { type: 'time', time: { tooltipFormat: 'PPp' }, grid: { color: grid }, ticks: { color: text, maxTicksLimit: 6, maxRotation: 0, sampleSize: 8 } },
          y: { grid: { color: grid }, ticks: { color: text, maxTicksLimit: 5, sampleSize: 8 } },
          y2: { display: series.some((s) => s.right), position: 'right', grid: { drawOnChartArea: false }, ticks: { color: text, maxTicksLimit: 5 } },
        },
        plugins: {
          legend: { display: series.length > 1, labels: { color: text } },
          decimation: { enabled: true, algorithm: 'min-max' },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label}: ${(item.raw as { rounded?: true }).rounded ? '≈ ' : ''}${item.formattedValue}`,
            },
          },
        },
      },
    });
    onDrawn?.();
    return () => chart.current?.destroy();
  }, []);

  useLayoutEffect(() => {
    if (!chart.current) return;
    chart.current.data.datasets = series.map(dataset);
    chart.current.options.scales!.y2!.display = series.some((s) => s.right);
    chart.current.options.plugins!.legend!.display = series.length > 1;
    chart.current.update();
  }, [series]);

  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
