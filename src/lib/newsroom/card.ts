// The social card of a view (1200 × 630, the size Open Graph and Twitter's
// large-image card expect): the question, the clinic, the two totals and the
// difference as the page words them, and the date of the rules. What it says
// comes from the core's results; this module only words it and draws it as an
// SVG string. The build rasterises that with resvg and the same font it
// measures with here (scripts/newsroom.ts). Pure: no file, no DOM.

import { differenceDirection, type ValueRange } from '../engine/range.ts';
import type { RuleSetResult } from '../engine/types.ts';
import { ruleSetName } from '../format/explain.ts';
import { formatNumber, formatPercent, formatSekShort, type Language } from '../format/numbers.ts';
import { roughly } from '../format/ranges.ts';
import type { Translate } from '../format/translate.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { CARD_HEIGHT, CARD_WIDTH, type NewsroomView } from './views.ts';

export type Tone = ReturnType<typeof differenceDirection>;

export interface CardContent {
  brand: string;
  tagline: string;
  title: string;
  clinic: string;
  rows: { name: string; amount: string }[];
  difference: { label: string; amount: string; detail: string | null; tone: Tone };
  rulesAsOf: string;
  /** Says what the asterisk means, when an amount carries one. */
  note: string | null;
  /** The card in words (og:image:alt). */
  alt: string;
}

export interface CardSide {
  ruleSet: ResolvedRuleSet;
  result: RuleSetResult;
}

export interface CardInput {
  language: Language;
  /** Must know the ui, rules and newsroom namespaces. */
  t: Translate;
  view: NewsroomView;
  baseline: CardSide;
  comparison: CardSide;
  /** The difference's range over the figures no source gives; null when none drives it. */
  differenceRange: ValueRange | null;
}

export function cardContent({ language, t, view, baseline, comparison, differenceRange }: CardInput): CardContent {
  const clinicName = t(`clinic.presets.${view.presetId}.name`);
  const clinic = t('newsroom:card.clinic', {
    name: view.illustrative ? t('newsroom:card.invented', { clinic: clinicName }) : clinicName,
    listed: formatNumber(view.clinic.listedPatients, language),
  });
  const amount = ({ result }: CardSide) => `${formatSekShort(result.total, language)}${result.illustrative ? '*' : ''}`;
  const change = comparison.result.total - baseline.result.total;
  const signed = (value: number) => formatSekShort(value, language, { signed: true });
  const changeText = `${signed(change)} (${formatPercent(change / baseline.result.total, language, 1, { signed: true })})`;
  const tone: Tone = differenceRange ? differenceDirection(differenceRange) : differenceDirection({ low: change, high: change, value: change });
  const detail =
    tone === 'unclear' && differenceRange
      ? t('newsroom:card.unclear', { low: signed(roughly(differenceRange.low)), high: signed(roughly(differenceRange.high)) })
      : null;
  const date = [baseline.ruleSet.updated, comparison.ruleSet.updated].sort().at(-1)!;
  const names = [ruleSetName(baseline.ruleSet, t), ruleSetName(comparison.ruleSet, t)];
  const illustrative = baseline.result.illustrative || comparison.result.illustrative;
  return {
    brand: 'Vårdpengen',
    tagline: t('app.tagline'),
    title: t('newsroom:card.title'),
    clinic,
    rows: [
      { name: names[0], amount: amount(baseline) },
      { name: names[1], amount: amount(comparison) },
    ],
    difference: { label: t('newsroom:card.difference'), amount: changeText, detail, tone },
    rulesAsOf: t('newsroom:card.rulesAsOf', { date }),
    note: illustrative ? t('newsroom:card.illustrative') : null,
    alt: t('newsroom:card.alt', {
      clinic,
      baseline: names[0],
      baselineTotal: amount(baseline),
      comparison: names[1],
      comparisonTotal: amount(comparison),
      difference: detail ? `${changeText}; ${detail}` : changeText,
      date,
    }),
  };
}

export interface TextStyle {
  size: number;
  weight: 'normal' | 'bold';
  family: 'sans' | 'serif';
}

/** How wide a line of text is drawn in a style, in pixels (the build measures with the font resvg draws with). */
export type Measure = (text: string, style: TextStyle) => number;

/** The fonts the card names; the build loads exactly these files into resvg. */
export const CARD_FONTS: Readonly<Record<TextStyle['family'], string>> = { sans: 'DejaVu Sans', serif: 'DejaVu Serif' };

/** The page's light colours (src/styles/global.css). */
const COLOURS = {
  background: '#f7f5f0',
  panel: '#ffffff',
  border: '#d9d5cb',
  text: '#1c1c1a',
  muted: '#54534d',
  accent: '#0b5d4b',
  series: ['#0b5d4b', '#c2410c'],
  gain: '#0b6b3a',
  loss: '#a8321a',
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * Greedy word wrap to a width, at most maxLines lines; a line that still does not fit (one long word,
 * or the rest of a text that needs more lines) ends with "…". A no-break space keeps its two sides
 * together ("29,5 mnkr" is never split).
 */
export function wrap(text: string, width: number, maxLines: number, style: TextStyle, measure: Measure): string[] {
  const fits = (line: string) => measure(line, style) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (!line || fits(joined)) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, lines.slice(maxLines - 1).join(' '));
  return lines.map((l) => (fits(l) ? l : ellipsis(l, width, style, measure)));
}

function ellipsis(text: string, width: number, style: TextStyle, measure: Measure): string {
  let characters = [...text];
  while (characters.length && measure(`${characters.join('').trimEnd()}…`, style) > width) characters = characters.slice(0, -1);
  return `${characters.join('').trimEnd()}…`;
}

const STYLE = {
  brand: { size: 30, weight: 'bold', family: 'serif' },
  tagline: { size: 22, weight: 'normal', family: 'sans' },
  title: { size: 42, weight: 'bold', family: 'serif' },
  clinic: { size: 24, weight: 'normal', family: 'sans' },
  name: { size: 26, weight: 'normal', family: 'sans' },
  label: { size: 26, weight: 'bold', family: 'sans' },
  amount: { size: 44, weight: 'bold', family: 'sans' },
  detail: { size: 22, weight: 'normal', family: 'sans' },
  foot: { size: 20, weight: 'normal', family: 'sans' },
} satisfies Record<string, TextStyle>;

/** The card as an SVG document of CARD_WIDTH × CARD_HEIGHT. Throws if its numbers would run into its foot. */
export function cardSvg(content: CardContent, measure: Measure): string {
  const margin = 72;
  const right = CARD_WIDTH - margin;
  const parts: string[] = [];
  const text = (value: string, x: number, y: number, style: TextStyle, fill: string, anchor: 'start' | 'end' = 'start') =>
    parts.push(
      `<text x="${x}" y="${y}" font-family="${CARD_FONTS[style.family]}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(value)}</text>`,
    );

  // The heading: brand and tagline, the question, the clinic.
  let y = 72;
  text(content.brand, margin, y, STYLE.brand, COLOURS.accent);
  const taglineX = margin + measure(content.brand, STYLE.brand) + 20;
  for (const line of wrap(content.tagline, right - taglineX, 1, STYLE.tagline, measure)) text(line, taglineX, y, STYLE.tagline, COLOURS.muted);
  y += 58;
  for (const line of wrap(content.title, right - margin, 2, STYLE.title, measure)) {
    text(line, margin, y, STYLE.title, COLOURS.text);
    y += 50;
  }
  y -= 10;
  for (const line of wrap(content.clinic, right - margin, 1, STYLE.clinic, measure)) text(line, margin, y, STYLE.clinic, COLOURS.muted);

  // The numbers, on a panel as on the page: each rule set with its colour and its total, then the
  // difference. The space the panel does not need is shared out between its rows.
  const heading = parts.splice(0);
  const footY = CARD_HEIGHT - 36;
  const panelTop = y + 22;
  const nameX = margin + 26;
  const rows = content.rows.map((row) => ({
    ...row,
    lines: wrap(row.name, right - measure(row.amount, STYLE.amount) - 32 - nameX, 2, STYLE.name, measure),
  }));
  const { difference } = content;
  const detail = difference.detail ? wrap(difference.detail, right - nameX, 1, STYLE.detail, measure) : [];
  const rowHeight = (lines: string[]) => 66 + (lines.length - 1) * 16;
  const natural = 26 + rows.reduce((sum, row) => sum + rowHeight(row.lines), 0) + 58 + 30 * detail.length + 24;
  const gap = Math.min(28, Math.max(0, (footY - 44 - panelTop - natural) / (rows.length + 2)));
  y = panelTop + 26 + gap;
  rows.forEach((row, index) => {
    const amountY = y + 44;
    const first = amountY - (row.lines.length - 1) * 16 - 4;
    parts.push(`<circle cx="${margin + 6}" cy="${first - 9}" r="9" fill="${COLOURS.series[index % COLOURS.series.length]}"/>`);
    row.lines.forEach((line, i) => text(line, nameX, first + i * 32, STYLE.name, COLOURS.text));
    text(row.amount, right, amountY, STYLE.amount, COLOURS.text, 'end');
    y += rowHeight(row.lines) + gap;
  });
  parts.push(`<line x1="${margin - 8}" x2="${right + 8}" y1="${y - gap / 2}" y2="${y - gap / 2}" stroke="${COLOURS.border}" stroke-width="2"/>`);
  const colour = difference.tone === 'gain' ? COLOURS.gain : difference.tone === 'loss' ? COLOURS.loss : COLOURS.text;
  y += 58;
  text(difference.label, nameX, y - 4, STYLE.label, COLOURS.text);
  text(difference.amount, right, y, STYLE.amount, colour, 'end');
  for (const line of detail) text(line, right, (y += 30), STYLE.detail, COLOURS.text, 'end');
  const panelBottom = y + 24 + gap;
  const numbers = parts.splice(0);
  if (panelBottom > footY - 30) throw new Error(`the card's numbers reach ${panelBottom} px, into its foot at ${footY} px`);

  // The foot: the date of the rules, and what an asterisk means.
  text(content.rulesAsOf, margin, footY, STYLE.foot, COLOURS.muted);
  if (content.note) {
    const noteWidth = right - margin - measure(content.rulesAsOf, STYLE.foot) - 32;
    for (const line of wrap(content.note, noteWidth, 1, STYLE.foot, measure)) text(line, right, footY, STYLE.foot, COLOURS.muted, 'end');
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.background}"/>`,
    `<rect width="12" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`,
    ...heading,
    `<rect x="${margin - 24}" y="${panelTop}" width="${right - margin + 48}" height="${panelBottom - panelTop}" rx="14" fill="${COLOURS.panel}" stroke="${COLOURS.border}" stroke-width="2"/>`,
    ...numbers,
    ...parts,
    '</svg>\n',
  ].join('');
}
