/**
 * Checks that span records, which a schema cannot express: unique ids, links
 * that point somewhere, and above all that every quote is word for word in the
 * report and every figure appears in the words it was read from.
 */
import type { DataProblem } from './problems.js';
import { quoteStates } from './figures.js';
import type { DatasetParts } from './parts.js';
import type { CaseRecord, OutsideFigure, Unit } from './schema.js';
import { compareDates } from './dates.js';
import { evidenceProblems } from './evidence.js';
import { caseSourceLists, sourceProblems } from './sources.js';

/** A figure from another report that stands for a year's total must be in that total's unit. */
function outsideFigureProblems(f: OutsideFigure, path: string, file = 'years.json'): DataProblem[] {
  const unit = f.metric === 'returned' ? 'people' : f.metric === 'recovered' ? 'yuan' : undefined;
  return unit && f.unit !== unit ? [{ file, path: `${path}.unit`, message: `a "${f.metric}" figure is in ${unit}, not ${f.unit}` }] : [];
}

/** Collapses runs of white space so a quote may be wrapped differently from the report. */
export function squashSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * `positions` gives each year record's index in years.json, so a problem names
 * the line to mend even though the two kinds of year are held apart.
 * `reportText` undefined means the folder has no copy of the report: the
 * loader refuses that folder itself (one problem, not one per quote).
 */
export function checkConsistency(parts: DatasetParts, reportText: string | undefined, positions?: ReadonlyMap<object, number>): DataProblem[] {
  const problems: DataProblem[] = [];
  // The text a line at a time: a quote is nearly always a whole line (a large folder keeps one record's
  // sentence a line) or inside one (a paragraph of the report), so no search runs over a text of many
  // megabytes, and a line is squashed only when a search reaches it.
  const lines = reportText?.split('\n');
  const whole = new Set(lines);
  const squashedLines: string[] = [];
  const lineAt = (i: number): string => (squashedLines[i] ??= squashSpace(lines![i]!));
  let squashed: string | undefined;

  // Many records repeat a sentence (two people returned the same day): search the report once per sentence.
  const found = new Map<string, boolean>();
  const inReport = (quote: string): boolean => {
    if (lines === undefined || whole.has(quote)) return true;
    let yes = found.get(quote);
    if (yes === undefined) {
      const q = squashSpace(quote);
      // A quote across a line break is looked for in the whole text, squashed only when first needed.
      squashed ??= squashSpace(reportText!);
      yes = whole.has(q) || lines.some((_, i) => lineAt(i).includes(q)) || squashed.includes(q);
      found.set(quote, yes);
    }
    return yes;
  };
  const checkQuote = (file: string, path: string, quote: string): void => {
    if (!inReport(quote)) {
      problems.push({ file, path, message: `quote is not word for word in ${parts.meta.report.file}: "${quote.slice(0, 80)}${quote.length > 80 ? '…' : ''}"` });
    }
  };
  const checkFigure = (file: string, path: string, value: number, unit: Unit, quote: string): void => {
    if (!quoteStates(quote, value, unit)) {
      problems.push({ file, path, message: `the figure ${value} (${unit}) does not appear in its quote: "${quote.slice(0, 80)}"` });
    }
  };

  const seenYears = new Set<number>();
  const yearAt = (y: { year: number }, i: number): string => `years[${positions?.get(y) ?? i}](${y.year})`;
  parts.years.forEach((y, i) => {
    const at = yearAt(y, i);
    if (seenYears.has(y.year)) problems.push({ file: 'years.json', path: `${at}.year`, message: `year ${y.year} appears more than once` });
    seenYears.add(y.year);
    checkQuote('years.json', `${at}.quote`, y.quote);
    checkFigure('years.json', `${at}.returned`, y.returned, 'people', y.quote);
    checkFigure('years.json', `${at}.recovered`, y.recovered, 'yuan', y.quote);
    y.figures.forEach((f, j) => {
      checkQuote('years.json', `${at}.figures[${j}].quote`, f.quote);
      checkFigure('years.json', `${at}.figures[${j}].value`, f.value, f.unit, f.quote);
    });
    y.claims.forEach((c, j) => {
      checkQuote('years.json', `${at}.claims[${j}].quote`, c.quote);
    });
    y.outside.forEach((f, j) => {
      problems.push(...outsideFigureProblems(f, `${at}.outside[${j}]`));
    });
  });
  // Years from other reports: no quote to hold them to, so each figure must name its source (the schema
  // insists), and a year may be given once, by the report or by others, never both.
  (parts.otherYears ?? []).forEach((y, i) => {
    const at = yearAt(y, parts.years.length + i);
    if (seenYears.has(y.year)) {
      problems.push({
        file: 'years.json',
        path: `${at}.year`,
        message: `year ${y.year} appears more than once (a year the report gives keeps the report's figures; put other reports' figures in its "outside" list)`,
      });
    }
    seenYears.add(y.year);
    if (y.period) {
      for (const key of ['from', 'to'] as const) {
        if (!y.period[key].startsWith(String(y.year)))
          problems.push({ file: 'years.json', path: `${at}.period.${key}`, message: `${y.period[key]} is not in ${y.year}` });
      }
      if (compareDates(y.period.from, y.period.to) > 0) problems.push({ file: 'years.json', path: `${at}.period`, message: 'from comes after to' });
    }
    if (y.returned === null && y.recovered === null && !y.note) {
      problems.push({ file: 'years.json', path: `${at}.note`, message: 'a year with no published figure needs a note saying so' });
    }
    y.figures.forEach((f, j) => {
      problems.push(...outsideFigureProblems(f, `${at}.figures[${j}]`));
    });
  });
  parts.years.forEach((y, i) => {
    y.claims.forEach((c, j) => {
      const check = c.check;
      if (!check) return;
      const needed = check.kind === 'change-percent' ? [check.base] : check.kind === 'rank' ? [] : [check.from, check.to];
      for (const year of needed) {
        if (!seenYears.has(year)) {
          problems.push({ file: 'years.json', path: `years[${i}](${y.year}).claims[${j}].check`, message: `refers to year ${year}, which is not in the data` });
        }
      }
    });
  });

  const caseIds = new Set<string>();
  const ranks = new Map<number, string>();
  parts.cases.forEach((c, i) => {
    const at = `cases[${i}](${c.id})`;
    if (caseIds.has(c.id)) problems.push({ file: 'cases.json', path: `${at}.id`, message: `id "${c.id}" appears more than once` });
    caseIds.add(c.id);
    const rank = c.list100?.rank;
    if (rank !== undefined) {
      const holder = ranks.get(rank);
      if (holder) problems.push({ file: 'cases.json', path: `${at}.list100.rank`, message: `rank ${rank} on the list of 100 is already held by ${holder}` });
      ranks.set(rank, c.id);
      if (c.list100?.onList === false) problems.push({ file: 'cases.json', path: `${at}.list100`, message: 'has a rank but onList is false' });
    }
    c.quotes.forEach((q, j) => {
      checkQuote('cases.json', `${at}.quotes[${j}]`, q);
    });
    if (c.list100?.returnOrder && !c.list100.onList)
      problems.push({ file: 'cases.json', path: `${at}.list100.returnOrder`, message: 'has a return order but onList is false' });
    // A fact cited to the report is checked against the report's words: a record with none of them cannot cite it.
    if (c.quotes.length === 0 && citesReport(c)) {
      problems.push({
        file: 'cases.json',
        path: `${at}.quotes`,
        message: 'a fact cites "report" but the record has none of the report\'s words: add the quote, or cite the address it was read at',
      });
    }
  });
  // Each event's type, country and place must be what its evidence states.
  problems.push(...evidenceProblems(parts.cases));

  const milestoneIds = new Set<string>();
  parts.milestones.forEach((m, i) => {
    const at = `milestones[${i}](${m.id})`;
    if (milestoneIds.has(m.id)) problems.push({ file: 'milestones.json', path: `${at}.id`, message: `id "${m.id}" appears more than once` });
    milestoneIds.add(m.id);
    m.caseIds.forEach((id, j) => {
      if (!caseIds.has(id)) problems.push({ file: 'milestones.json', path: `${at}.caseIds[${j}]`, message: `no case has the id "${id}"` });
    });
    m.quotes.forEach((q, j) => {
      checkQuote('milestones.json', `${at}.quotes[${j}]`, q);
    });
    m.outside.forEach((f, j) => {
      problems.push(...outsideFigureProblems(f, `${at}.outside[${j}]`, 'milestones.json'));
    });
    m.figures.forEach((f, j) => {
      checkQuote('milestones.json', `${at}.figures[${j}].quote`, f.quote);
      checkFigure('milestones.json', `${at}.figures[${j}].value`, f.value, f.unit, f.quote);
    });
  });
  const versions = new Set<string>();
  (parts.changelog ?? []).forEach((entry, i) => {
    if (versions.has(entry.version))
      problems.push({ file: 'changelog.json', path: `entries[${i}].version`, message: `version "${entry.version}" appears more than once` });
    versions.add(entry.version);
  });
  problems.push(...sourceProblems(parts, yearAt));
  return problems;
}

function citesReport(c: CaseRecord): boolean {
  return caseSourceLists(c).some(({ sources }) => sources?.includes('report'));
}
