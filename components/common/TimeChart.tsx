// One chart.js line chart over a time axis. Created on mount, updated in place, destroyed on
// unmount. Gaps in the captures stay gaps; values TikTok rounded are drawn as hollow triangles.
// Ticks and tooltips are written by Intl in the UI's language (no date-fns locale to ship), and
// the colours follow the page's theme tokens, also when the theme changes with the page open.
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
  type Plugin,
  type Scale,
} from 'chart.js';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { withGaps, type Point } from '@/utils/series/series-math';
import { DAY_MS } from '@/utils/platform/days';
import { uiLocale } from '@/utils/platform/ui-language';
import { dateTimeFormat, numberFormat } from '@/utils/platform/intl-cache';
import { fmtExact } from '@/utils/metrics/format';
import { localDate } from '@/utils/platform/days';
import { t } from '@/utils/platform/i18n';
import { chartCard, chartFileName, downloadPng } from './chart-image';
import { registerTimeAdapter } from './time-adapter';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend, Decimation);
registerTimeAdapter(uiLocale);

export interface Series {
  label: string;
  points: Point[];
  color: string;
  /** Second y axis, for comparing metrics of different sizes. */
  right?: boolean;
  /** Points this close are always joined (windows whose spans touch); beyond the series' own cadence, a gap. */
  joinWithin?: number;
}

type XY = { x: number; y: number | null; rounded?: true };

/** One series as chart.js draws it: gaps as nulls, rounded values as hollow triangles. */
export function dataset(series: Series): ChartDataset<'line', XY[]> {
  const data = withGaps(series.points, series.joinWithin);
  const dense = data.length > 90;
  return {
    label: series.label,
    data,
    borderColor: series.color,
    backgroundColor: series.color,
    borderWidth: 2,
    spanGaps: false,
    yAxisID: series.right ? 'y2' : 'y',
    // Per-point options only where a value was rounded: chart.js then resolves every point's options
    // on its own (a third of the dashboard's first chart at a year of days); plain values share one.
    ...(data.some((p) => p.rounded)
      ? {
          pointStyle: data.map((p) => (p.rounded ? 'triangle' : 'circle')),
          pointRadius: data.map((p) => (p.rounded ? (dense ? 2 : 4) : dense ? 0 : 3)),
          pointBackgroundColor: data.map((p) => (p.rounded ? 'transparent' : series.color)),
        }
      : { pointStyle: 'circle', pointRadius: dense ? 0 : 3, pointBackgroundColor: series.color }),
  };
}

const dateFormat = (options: Intl.DateTimeFormatOptions) => dateTimeFormat(uiLocale(), options);

/** What a tick says, by how much time the axis spans: hours within two days, days within a year, else months. */
function tickOptions(span: number): Intl.DateTimeFormatOptions {
  if (span <= 2 * DAY_MS) return { hour: 'numeric', minute: '2-digit' };
  if (span <= 300 * DAY_MS) return { month: 'short', day: 'numeric' };
  return { year: 'numeric', month: 'short' };
}

const compact = (value: number) => numberFormat(uiLocale(), { notation: 'compact', maximumFractionDigits: 1 }).format(value);

/** A lone capture gets a day either side, so the axis shows dates rather than milliseconds. */
function xBounds(datasets: Array<ChartDataset<'line', XY[]>>): { min?: number; max?: number } {
  const xs = datasets.flatMap((d) => d.data.map((p) => p.x));
  if (!xs.length) return {};
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return hi - lo >= DAY_MS / 24 ? { min: undefined, max: undefined } : { min: lo - DAY_MS, max: hi + DAY_MS };
}

/** The theme's colours, read from the page's tokens (ui.css). */
export function themeColours(element: Element) {
  const style = getComputedStyle(element);
  return { grid: style.getPropertyValue('--border').trim() || '#dfe3e8', text: style.getPropertyValue('--muted').trim() || '#4b5563' };
}

/** Leaves the drawn ticks and grid colour on the canvas: what a test can read of a bitmap. */
const recordTicks: Plugin<'line'> = {
  id: 'creatorLensTicks',
  afterDraw(chart) {
    const canvas = chart.canvas;
    canvas.dataset.xTicks = chart.scales.x?.ticks.map((tick) => String(tick.label ?? '')).join('|') ?? '';
    canvas.dataset.grid = String((chart.options.scales?.x?.grid as { color?: string } | undefined)?.color ?? '');
  },
};

/** What every line chart of the extension shares: its data as given, drawn at once, in the UI's language. */
export const lineChartBasics = () => ({
  locale: uiLocale(),
  parsing: false as const,
  normalized: true,
  animation: false as const,
  maintainAspectRatio: false,
  interaction: { mode: 'nearest' as const, intersect: false, axis: 'x' as const },
});

/** The chart as a PNG with its title, range and capture day (the Save image button). */
async function saveImage(canvas: HTMLCanvasElement, series: Series[], title: string): Promise<void> {
  const ts = series.flatMap((s) => s.points.map((p) => p.t));
  const style = getComputedStyle(canvas);
  const colours = {
    background: style.getPropertyValue('--bg').trim() || '#ffffff',
    text: style.getPropertyValue('--fg').trim() || style.color || '#111827',
    muted: themeColours(canvas).text,
  };
  const to = ts.length ? Math.max(...ts) : undefined;
  const card = chartCard(canvas, { title, from: ts.length ? Math.min(...ts) : undefined, to, capturedAt: to ?? Date.now() }, colours);
  await downloadPng(card, chartFileName(title, localDate(Date.now())));
}

/**
 * `days`: the points are calendar days (tooltips then name the day only). `title`: what a saved
 * image is headed with (the label when absent).
 */
export function TimeChart({ series, label, onDrawn, days, title }: { series: Series[]; label: string; onDrawn?: () => void; days?: boolean; title?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', XY[]> | undefined>(undefined);
  // The series the chart shows: the update below skips the series it was just created with.
  const shown = useRef(series);

  // Layout effects: the chart is drawn before the browser paints its box, never an empty frame first.
  useLayoutEffect(() => {
    const { grid, text } = themeColours(canvas.current!);
    const datasets = series.map(dataset);
    chart.current = new Chart<'line', XY[]>(canvas.current!, {
      type: 'line',
      data: { datasets },
      plugins: [recordTicks],
      options: {
        ...lineChartBasics(),
        scales: {
          // Flat labels measured on a sample: chart.js otherwise measures every tick of a year of days.
          x: {
            type: 'time',
            time: { minUnit: 'minute' },
            ...xBounds(datasets),
            grid: { color: grid },
            ticks: {
              color: text, maxTicksLimit: 6, maxRotation: 0, sampleSize: 8,
              callback(value) {
                const scale = this as Scale;
                return dateFormat(tickOptions(scale.max - scale.min)).format(Number(value));
              },
            },
          },
          y: { grid: { color: grid }, ticks: { color: text, maxTicksLimit: 5, sampleSize: 8, callback: (value) => compact(Number(value)) } },
          y2: { display: series.some((s) => s.right), position: 'right', grid: { drawOnChartArea: false }, ticks: { color: text, maxTicksLimit: 5, callback: (value) => compact(Number(value)) } },
        },
        plugins: {
          legend: { display: series.length > 1, labels: { color: text } },
          decimation: { enabled: true, algorithm: 'min-max' },
          tooltip: {
            callbacks: {
              title: (items) => (items[0] ? dateFormat(days ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }).format((items[0].raw as XY).x) : ''),
              label: (item) => `${item.dataset.label}: ${(item.raw as XY).rounded ? '≈ ' : ''}${fmtExact('count', item.parsed.y ?? undefined)}`,
            },
          },
        },
      },
    });
    onDrawn?.();

    // The theme can change while the page is open: recolour from the tokens.
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const recolour = () => {
      const c = chart.current;
      if (!c || !canvas.current) return;
      const colours = themeColours(canvas.current);
      const scales = c.options.scales!;
      for (const id of ['x', 'y', 'y2'] as const) {
        if (id !== 'y2') scales[id]!.grid!.color = colours.grid;
        scales[id]!.ticks!.color = colours.text;
      }
      c.options.plugins!.legend!.labels!.color = colours.text;
      c.update('none');
    };
    scheme.addEventListener('change', recolour);
    return () => {
      scheme.removeEventListener('change', recolour);
      chart.current?.destroy();
    };
  }, []);

  useLayoutEffect(() => {
    if (!chart.current || shown.current === series) return;
    shown.current = series;
    const datasets = series.map(dataset);
    chart.current.data.datasets = datasets;
    Object.assign(chart.current.options.scales!.x!, xBounds(datasets));
    chart.current.options.scales!.y2!.display = series.some((s) => s.right);
    chart.current.options.plugins!.legend!.display = series.length > 1;
    chart.current.update();
  }, [series]);

  return (
    <>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <p class="chart-actions">
        <button type="button" data-testid="save-chart-image" onClick={() => void saveImage(canvas.current!, shown.current, title ?? label).catch((e: unknown) => console.error('[Creator Lens]', e))}>{t('chartSaveImage')}</button>
      </p>
    </>
  );
}
