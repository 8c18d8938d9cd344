// A chart saved as an image, made on the device: the chart's canvas drawn on a card with its
// title, the range it covers and the day it was captured from TikTok Studio, as a PNG the browser
// downloads from a blob URL (no request leaves the browser).
import { fmtDay } from '@/utils/metrics/format';
import { t } from '@/utils/platform/i18n';

const PAD = 16;
const TITLE_PX = 16;
const LINE_PX = 12;

export interface ChartImageText {
  title: string;
  /** The first and last moments the chart draws. */
  from?: number;
  to?: number;
  /** When the newest value was captured (the day the image says it came from Studio). */
  capturedAt: number;
}

/** The chart on a card with its words, as a new canvas. */
export function chartCard(chart: HTMLCanvasElement, text: ChartImageText, colours: { background: string; text: string; muted: string }): HTMLCanvasElement {
  const scale = chart.width / Math.max(1, chart.clientWidth || chart.width);
  const card = document.createElement('canvas');
  const header = PAD + TITLE_PX + 6 + LINE_PX + PAD / 2;
  const footer = PAD / 2 + LINE_PX + PAD;
  card.width = chart.width + 2 * PAD * scale;
  card.height = chart.height + (header + footer) * scale;
  const g = card.getContext('2d')!;
  g.fillStyle = colours.background;
  g.fillRect(0, 0, card.width, card.height);
  g.scale(scale, scale);
  const font = getComputedStyle(chart).fontFamily || 'sans-serif';
  g.textBaseline = 'top';
  g.fillStyle = colours.text;
  g.font = `600 ${TITLE_PX}px ${font}`;
  g.fillText(text.title, PAD, PAD, card.width / scale - 2 * PAD);
  g.fillStyle = colours.muted;
  g.font = `${LINE_PX}px ${font}`;
  if (text.from !== undefined && text.to !== undefined) g.fillText(t('chartImageRange', [fmtDay(text.from), fmtDay(text.to)]), PAD, PAD + TITLE_PX + 6);
  g.drawImage(chart, PAD, header, chart.width / scale, chart.height / scale);
  g.fillText(t('chartImageCaptured', fmtDay(text.capturedAt)), PAD, header + chart.height / scale + PAD / 2);
  return card;
}

/** A file name of the title's words and the day: creator-lens-followers-2026-12-07.png. */
export function chartFileName(title: string, day: string): string {
  const words = title.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `creator-lens-${words || 'chart'}-${day}.png`;
}

/** Downloads a canvas as a PNG through an <a download> on a blob URL. */
export async function downloadPng(canvas: HTMLCanvasElement, name: string): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The chart could not be drawn as an image'))), 'image/png'));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has the blob by the next task; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return blob;
}
