// Saving what the page shows: the results as CSV and a chart as PNG, each
// through a temporary <a download> with a blob: address made on click.
// Imported only when a download button is pressed, so the first view does
// not carry it.

import type { Chart } from 'chart.js';
import type { RuleSetResult } from '../engine/types.ts';
import { resultsToCsv } from '../format/csv.ts';

/** Offers a blob as a file download, then lets the address go. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by the time the click returns in current browsers; a moment's grace for older ones.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function downloadCsv(results: readonly RuleSetResult[], fileName: string, yearByYear: readonly RuleSetResult[] = []): void {
  downloadBlob(new Blob([resultsToCsv(results, yearByYear)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** The first opaque background behind an element: the panel's colour, so the chart's text stays readable in either theme. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * The chart as drawn, over its panel's background and under a title, as a PNG blob. chart.toBase64Image()
 * would give a transparent image, and loading it back needs a data: image the Content-Security-Policy may
 * refuse, so the chart's own canvas is copied onto a filled one instead: the same pixels.
 */
export function chartPng(chart: Chart, title = ''): Promise<Blob> {
  const source = chart.canvas;
  if (!source) return Promise.reject(new Error('the chart is no longer drawn'));
  const style = getComputedStyle(source);
  /** Device pixels per CSS pixel, so the title is as sharp and as large as the chart's own text. */
  const scale = source.clientWidth ? source.width / source.clientWidth : 1;
  const fontSize = Math.round(16 * scale);
  const band = title ? Math.round(fontSize * 2.2) : 0;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height + band;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas'));
  context.fillStyle = backgroundBehind(source);
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (title) {
    context.fillStyle = style.color;
    context.font = `600 ${fontSize}px ${style.fontFamily}`;
    context.textBaseline = 'middle';
    context.fillText(title, Math.round(8 * scale), band / 2, canvas.width - Math.round(16 * scale));
  }
  context.drawImage(source, 0, band);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}

export async function downloadChartPng(chart: Chart, fileName: string, title = ''): Promise<void> {
  downloadBlob(await chartPng(chart, title), fileName);
}
