/**
 * A chart as SVG, drawn to be published: a title, axis labels, a value on
 * every bar or point, gridlines at round numbers, bars from zero (so their
 * lengths compare honestly), and the source line. Pure: data in, SVG text
 * out; src/render/png/render.ts turns it into a PNG.
 */
import { familyFor, LATIN_FAMILY } from './font.js';

export interface Point {
  label: string;
  value: number;
  /** The value as printed on the chart; empty to print none at this point. */
  shown: string;
  /** Where the point sits on a time axis (any unit, e.g. days); without it points are evenly spaced. */
  x?: number;
  /** Drawn apart, in grey, off the line: a value that disagrees with the others. */
  muted?: boolean;
}

export interface Panel {
  /** Over the panel when a chart has more than one; the axis label otherwise. */
  heading: string;
  axisLabel: string;
  points: Point[];
  /** Gridline labels: the value in the axis's unit (e.g. billions). */
  tick(value: number): string;
  color: string;
  /** For points placed by `x`: where to label the horizontal axis (e.g. each 1 January), instead of every point. */
  xTicks?: { x: number; label: string }[];
}

export interface ChartSpec {
  title: string;
  subtitle?: string;
  xLabel: string;
  source: string;
  kind: 'bar' | 'line';
  panels: Panel[];
}

export const CHART_WIDTH = 1200;
/** Height of a one-panel chart; each further panel adds PANEL_HEIGHT. */
export const CHART_HEIGHT = 675;
export const PANEL_HEIGHT = 440;

export function chartHeight(panels: number): number {
  return CHART_HEIGHT + (panels - 1) * PANEL_HEIGHT;
}

const INK = '#1a1a1a';
const MUTED = '#5f6368';
const GRID = '#e3e3e3';
const LEFT = 120;
const RIGHT = 56;
const TOP = 150;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const rest = Object.entries(attrs)
    .map(([k, v]) => `${k}="${esc(String(v))}"`)
    .join(' ');
  const family = familyFor(content);
  const font = family === LATIN_FAMILY ? '' : ` font-family="${family}"`;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${font} ${rest}>${esc(content)}</text>`;
}

/** Gridline values: 0 and round steps (1, 2, 2.5 or 5 × a power of ten) up to at least the largest value. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

function panelSvg(panel: Panel, kind: ChartSpec['kind'], box: { top: number; height: number }, showHeading: boolean): string {
  const out: string[] = [];
  const plotTop = box.top + (showHeading ? 44 : 0);
  const plotBottom = box.top + box.height;
  const plotLeft = LEFT;
  const plotRight = CHART_WIDTH - RIGHT;
  const ticks = niceTicks(Math.max(...panel.points.map((p) => p.value)));
  const top = ticks[ticks.length - 1]!;
  const y = (v: number) => plotBottom - (v / top) * (plotBottom - plotTop);

  if (showHeading) out.push(text(plotLeft, box.top + 22, panel.heading, { 'font-size': 24, 'font-weight': 700, fill: INK }));
  for (const t of ticks) {
    out.push(
      `<line x1="${plotLeft}" x2="${plotRight}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${t === 0 ? '#9a9a9a' : GRID}" stroke-width="${t === 0 ? 2 : 1}"/>`,
    );
    out.push(text(plotLeft - 14, y(t) + 6, panel.tick(t), { 'font-size': 18, fill: MUTED, 'text-anchor': 'end' }));
  }
  // The axis label runs up the left side, centred on the plot.
  const midY = (plotTop + plotBottom) / 2;
  out.push(text(0, 0, panel.axisLabel, { 'font-size': 18, fill: MUTED, 'text-anchor': 'middle', transform: `translate(34 ${midY.toFixed(1)}) rotate(-90)` }));

  if (panel.points.every((p) => p.x !== undefined) && kind === 'line') {
    out.push(...timeLine(panel, { left: plotLeft + 20, right: plotRight - 20, bottom: plotBottom }, y));
    return out.join('\n');
  }
  const band = (plotRight - plotLeft) / panel.points.length;
  const centre = (i: number) => plotLeft + band * (i + 0.5);
  if (kind === 'bar') {
    const width = band * 0.62;
    panel.points.forEach((p, i) => {
      const top = y(p.value);
      out.push(
        `<rect x="${(centre(i) - width / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${width.toFixed(1)}" height="${(plotBottom - top).toFixed(1)}" fill="${panel.color}"/>`,
      );
      out.push(text(centre(i), top - 10, p.shown, { 'font-size': 20, 'font-weight': 700, fill: INK, 'text-anchor': 'middle' }));
    });
  } else {
    const path = panel.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${centre(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${panel.color}" stroke-width="4" stroke-linejoin="round"/>`);
    panel.points.forEach((p, i) => {
      out.push(`<circle cx="${centre(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="7" fill="#ffffff" stroke="${panel.color}" stroke-width="4"/>`);
      out.push(text(centre(i), y(p.value) - 18, p.shown, { 'font-size': 20, 'font-weight': 700, fill: INK, 'text-anchor': 'middle' }));
    });
  }
  panel.points.forEach((p, i) => {
    out.push(text(centre(i), plotBottom + 30, p.label, { 'font-size': 20, fill: INK, 'text-anchor': 'middle' }));
  });
  return out.join('\n');
}

const MUTED_POINT = '#9a9a9a';

/**
 * A line over a time axis: points at their `x`, the axis labelled at
 * `xTicks`, muted points drawn off the line in grey, and a value printed only
 * where it changes and there is room for it.
 */
function timeLine(panel: Panel, box: { left: number; right: number; bottom: number }, y: (v: number) => number): string[] {
  const out: string[] = [];
  const xs = [...panel.points.map((p) => p.x!), ...(panel.xTicks ?? []).map((t) => t.x)];
  const min = Math.min(...xs);
  const span = Math.max(1, Math.max(...xs) - min);
  const at = (x: number) => box.left + ((x - min) / span) * (box.right - box.left);
  for (const tick of panel.xTicks ?? []) {
    out.push(`<line x1="${at(tick.x).toFixed(1)}" x2="${at(tick.x).toFixed(1)}" y1="${box.bottom}" y2="${box.bottom + 8}" stroke="#9a9a9a" stroke-width="1"/>`);
    out.push(text(at(tick.x), box.bottom + 30, tick.label, { 'font-size': 18, fill: INK, 'text-anchor': 'middle' }));
  }
  const line = panel.points.filter((p) => !p.muted);
  out.push(
    `<path d="${line.map((p, i) => `${i === 0 ? 'M' : 'L'}${at(p.x!).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ')}" fill="none" stroke="${panel.color}" stroke-width="3" stroke-linejoin="round"/>`,
  );
  // A value is printed where it changes, and always at the last point; labels closer than 34 px give way to the later one.
  const labelled: Point[] = [];
  line.forEach((p, i) => {
    if (p.shown && (i === line.length - 1 || p.value !== line[i - 1]?.value)) labelled.push(p);
  });
  const kept: Point[] = [];
  for (const p of labelled.reverse()) if (kept.length === 0 || at(kept[kept.length - 1]!.x!) - at(p.x!) >= 34) kept.push(p);
  for (const p of panel.points) {
    out.push(
      `<circle cx="${at(p.x!).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="5" fill="${p.muted ? MUTED_POINT : '#ffffff'}" stroke="${p.muted ? MUTED_POINT : panel.color}" stroke-width="3"/>`,
    );
  }
  for (const p of kept) out.push(text(at(p.x!), y(p.value) - 14, p.shown, { 'font-size': 17, 'font-weight': 700, fill: INK, 'text-anchor': 'middle' }));
  return out;
}

export function chartSvg(spec: ChartSpec): string {
  const height = chartHeight(spec.panels.length);
  const several = spec.panels.length > 1;
  // One panel fills the space between the title and the x-axis label; several share it equally.
  const plotHeight = several ? PANEL_HEIGHT - 100 : height - TOP - 130;
  const parts = spec.panels.map((panel, i) => panelSvg(panel, spec.kind, { top: TOP + i * PANEL_HEIGHT, height: plotHeight }, several));
  const lastBottom = TOP + (spec.panels.length - 1) * PANEL_HEIGHT + plotHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" font-family="${LATIN_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="${CHART_WIDTH}" height="8" fill="#b22222"/>`,
    text(LEFT - 64, 66, spec.title, { 'font-size': 34, 'font-weight': 700, fill: INK }),
    spec.subtitle ? text(LEFT - 64, 104, spec.subtitle, { 'font-size': 20, fill: MUTED }) : '',
    ...parts,
    text((LEFT + CHART_WIDTH - RIGHT) / 2, lastBottom + 68, spec.xLabel, { 'font-size': 18, fill: MUTED, 'text-anchor': 'middle' }),
    `<line x1="${LEFT - 64}" x2="${CHART_WIDTH - RIGHT}" y1="${height - 52}" y2="${height - 52}" stroke="${GRID}" stroke-width="1"/>`,
    text(LEFT - 64, height - 22, spec.source, { 'font-size': 16, fill: MUTED }),
    '</svg>',
  ].join('\n');
}
