/**
 * Figures in a cell, one a line. The report's own figure names the words it
 * is read from; another report's names its sources:
 *
 *   Extradited: 17 people | extradited 17                       (the report's)
 *   Red-notice persons among those returned: 22 people [chinadaily.com.cn/…]
 *   Money recovered: more than 16740000000 yuan (metric: recovered) [chinadaily.com.cn/…]
 */
import { Qualifier, Unit, type Figure, type OutsideFigure } from '../data/schema.js';
import { CellError, readSourced, writeSourced } from './cells.js';

const VALUE = /^(.*):\s+(more than |about )?(\d+(?:\.\d+)?) (people|yuan|percent)(?: \(metric: (returned|recovered)\))?$/;

export function writeFigure(f: Figure): string {
  return `${f.label}: ${f.value} ${f.unit} | ${f.quote}`;
}

export function readFigure(line: string, where: string): Figure {
  const at = line.indexOf(' | ');
  if (at < 0) throw new CellError(`${where}: a figure from the report is "label: value unit | the report's words"`);
  const m = VALUE.exec(line.slice(0, at));
  if (!m || m[2] || m[5]) throw new CellError(`${where}: "${line.slice(0, at)}" should be "label: value unit", the unit people, yuan or percent`);
  return { label: m[1]!.trim(), value: Number(m[3]), unit: Unit.parse(m[4]), quote: line.slice(at + 3).trim() };
}

export function writeOutside(f: OutsideFigure): string {
  return writeSourced(`${f.label}: ${f.qualifier ? `${f.qualifier} ` : ''}${f.value} ${f.unit}${f.metric ? ` (metric: ${f.metric})` : ''}`, f.source);
}

export function readOutside(line: string, where: string): OutsideFigure {
  const { text, source } = readSourced(line, where);
  const m = VALUE.exec(text);
  if (!m) throw new CellError(`${where}: "${text.slice(0, 60)}" should be "label: [more than] value unit", the unit people, yuan or percent`);
  return {
    label: m[1]!.trim(),
    value: Number(m[3]),
    unit: Unit.parse(m[4]),
    ...(m[2] ? { qualifier: Qualifier.parse(m[2].trim()) } : {}),
    ...(m[5] ? { metric: m[5] as 'returned' | 'recovered' } : {}),
    source,
  };
}
