import { nothing, svg, type SVGTemplateResult } from 'lit';

/*
 * The report's charts, drawn to the width of their container in CSS pixels (one SVG unit is one pixel), so their
 * text is always the body text's size: a narrow container gets a chart laid out for it, never a wide chart shrunk.
 */

/** Low-n bars and columns are hatched with the pattern of this id (the chart's own, in its <defs>). */
export const hatchId = (chart: string) => `sipas-report-hatch-${chart}`;

/** One bar: what it is about, its value in percent (null when missing), the text after it, and whether n is low. */
export interface ChartBar {
  label: string;
  value: number | null;
  text: string;
  lowN: boolean;
}

/** Charts are never drawn wider than this: printed on A4 they are then scaled down by at most about a tenth. */
export const CHART_MAX_WIDTH = 720;
/** Below this width a bar's value goes on its own line above the bar, leaving the bar the whole width. */
const STACKED_BELOW = 480;
/** An estimate of a character's width in em, generous for Vietnamese text in a sans-serif font. */
const CHAR_EM = 0.6;
const BAR_HEIGHT = 20;

/** Words in lines no wider than `width` px at `fontPx`; a word longer than a line is kept whole (it overflows a little). */
export function wrapToWidth(text: string, width: number, fontPx: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontPx * CHAR_EM)));
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

export interface DrawnChart {
  width: number;
  height: number;
  content: SVGTemplateResult[];
}

/** A horizontal bar chart (0–100 %): each bar's label in full above it, its value and n beside it or above it. */
export function barChart(bars: readonly ChartBar[], width: number, fontPx: number, hatch: string): DrawnChart {
  const line = Math.round(fontPx * 1.35);
  const stacked = width < STACKED_BELOW;
  const textWidth = Math.max(...bars.map((bar) => bar.text.length), 0) * fontPx * CHAR_EM;
  const trackWidth = stacked ? width : Math.max(width / 2, width - textWidth - 8);
  let y = 0;
  const content = bars.map((bar) => {
    const labels = wrapToWidth(bar.label, width, fontPx);
    const labelTexts = labels.map((text, i) => svg`<text x="0" y=${y + (i + 1) * line - 4}>${text}</text>`);
    y += labels.length * line + 4;
    let valueText: SVGTemplateResult;
    if (stacked) {
      valueText = svg`<text class="value" x="0" y=${y + line - 4}>${bar.text}</text>`;
      y += line;
    } else valueText = svg`<text class="value" x=${trackWidth + 8} y=${y + BAR_HEIGHT / 2 + fontPx * 0.35}>${bar.text}</text>`;
    const barWidth = ((bar.value ?? 0) / 100) * trackWidth;
    const drawn = svg`${labelTexts}${valueText}
      <rect class="track" x="0" y=${y} width=${trackWidth} height=${BAR_HEIGHT}></rect>
      <rect class="bar ${bar.lowN ? 'low-n' : ''}" fill=${bar.lowN ? `url(#${hatch})` : nothing} x="0" y=${y} width=${barWidth} height=${BAR_HEIGHT}></rect>`;
    y += BAR_HEIGHT + Math.round(line * 0.6);
    return drawn;
  });
  return { width, height: Math.max(y, 1), content };
}

/** One point of a trend: the period in words, its value, the value as printed and n. */
export interface TrendPoint {
  period: string;
  value: number | null;
  valueText: string;
  nText: string;
  lowN: boolean;
}

/** The width one column of a trend needs: its period label in at most two lines. */
const COLUMN_MIN_EM = 6.5;

/**
 * A trend across periods: columns over time, each with its value above and its period and n below, when the
 * container has room for them; otherwise one bar per period, oldest first, as the bar chart draws them.
 */
export function trendChart(points: readonly TrendPoint[], width: number, fontPx: number, nWord: string, hatch: string): DrawnChart {
  const slot = width / Math.max(points.length, 1);
  if (slot < COLUMN_MIN_EM * fontPx) {
    return barChart(points.map((p) => ({ label: p.period, value: p.value, text: `${p.valueText} · ${nWord} = ${p.nText}`, lowN: p.lowN })), width, fontPx, hatch);
  }
  const line = Math.round(fontPx * 1.35);
  const plot = Math.round(fontPx * 12);
  const top = line;
  const columnWidth = Math.min(slot * 0.6, fontPx * 4);
  const labels = points.map((p) => wrapToWidth(p.period, slot - 4, fontPx));
  const labelLines = Math.max(...labels.map((l) => l.length), 1);
  const content = points.map((p, i) => {
    const centre = slot * i + slot / 2;
    const height = ((p.value ?? 0) / 100) * plot;
    const below = top + plot;
    return svg`<rect class="track" x=${centre - columnWidth / 2} y=${top} width=${columnWidth} height=${plot}></rect>
      <rect class="bar ${p.lowN ? 'low-n' : ''}" fill=${p.lowN ? `url(#${hatch})` : nothing} x=${centre - columnWidth / 2} y=${below - height} width=${columnWidth} height=${height}></rect>
      <text class="value" x=${centre} y=${below - height - 6} text-anchor="middle">${p.valueText}</text>
      ${labels[i]!.map((text, j) => svg`<text x=${centre} y=${below + (j + 1) * line} text-anchor="middle">${text}</text>`)}
      <text class="n" x=${centre} y=${below + (labelLines + 1) * line} text-anchor="middle">${nWord} = ${p.nText}</text>`;
  });
  return { width, height: top + plot + (labelLines + 1) * line + 6, content };
}
