// A video's retention curve beside the creator's median, over the share of each video's length:
// one chart.js line chart on linear axes, created on mount and destroyed on unmount.
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { fmtPercent } from '@/utils/metrics/format';
import { lineChartBasics, themeColours } from '@/components/common/TimeChart';
import type { LengthCurve } from '@/utils/views/video-page-view';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export interface CurveSeries {
  label: string;
  curve: LengthCurve;
  color: string;
  dashed?: boolean;
}

export function RetentionChart({ series, label, axis }: { series: CurveSeries[]; label: string; axis: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const { grid, text } = themeColours(canvas.current!);
    const percent = (v: number) => fmtPercent(v / 100);
    const chart = new Chart(canvas.current!, {
      type: 'line',
      data: {
        datasets: series.map((s) => ({
          label: s.label,
          data: s.curve,
          borderColor: s.color,
          backgroundColor: s.color,
          borderWidth: 2,
          borderDash: s.dashed ? [6, 4] : [],
          pointRadius: 0,
        })),
      },
      options: {
        ...lineChartBasics(),
        scales: {
          x: { type: 'linear', min: 0, max: 100, title: { display: true, text: axis, color: text }, grid: { color: grid }, ticks: { color: text, callback: (v) => percent(Number(v)) } },
          y: { min: 0, max: 100, grid: { color: grid }, ticks: { color: text, callback: (v) => percent(Number(v)) } },
        },
        plugins: {
          legend: { display: series.length > 1, labels: { color: text } },
          tooltip: { callbacks: { title: (items) => (items[0] ? percent(items[0].parsed.x ?? 0) : ''), label: (item) => `${item.dataset.label}: ${percent(item.parsed.y ?? 0)}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [series]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="retention-chart" />
    </div>
  );
}
