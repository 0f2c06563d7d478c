/**
 * A case as one spreadsheet row, and back. Every fact has its own column and
 * a `…_source` column beside it; what a case holds several of (events, their
 * evidence, notes, disagreements, the report's quotes) is one item a line in
 * its cell, numbered where lines belong to an event:
 *
 *   events:        1. 2016-11-12 surrendered; from: New Zealand; inferred: why
 *   evidence:      1. report, quote 1: returned to China to surrender the case
 *                  1. en.chinagate.cn/…: returned on 12 November 2016 to turn himself in
 *   event_notes:   1. Returned with New Zealand's cooperation
 *   notes:         Sentenced to 8 years [bjwb.bjd.com.cn/…]
 *   disagreements: Date of return: 12 November 2016 [report] | 11 November 2016 [news.chinesetown.co.nz/…]
 *
 * `caseRow` and `caseFromRow` are each other's inverse: an export read back
 * unchanged is the same record (test/import/roundTrip.test.ts holds them to it). The
 * columns are in caseColumns.ts, the three event cells in caseEvents.ts.
 */
import type { CaseRecord, Disagreement, Note } from '../data/schema.js';
import { inColumns, type Cell } from './csv.js';
import { CellError, joinLines, lines, readDate, readInteger, readSourced, readSources, readYesNo, writeSourced, writeSources, writeYesNo } from './cells.js';
import { CASE_COLUMNS, type CaseColumn } from './caseColumns.js';
import { readEvents, writeEvents } from './caseEvents.js';
import { RowReader, type RowProblem } from './rowReader.js';

/** `about: says [sources] | says [sources] | note: …`, built as it goes (no list of its parts). */
function disagreementLine(d: Disagreement): string {
  let line = `${d.about}: ${writeSourced(d.versions[0]!.says, d.versions[0]!.source)}`;
  for (let k = 1; k < d.versions.length; k++) line += ` | ${writeSourced(d.versions[k]!.says, d.versions[k]!.source)}`;
  return d.note ? `${line} | note: ${d.note}` : line;
}

/** Under a red notice as the record says, or `yes` with no source for everyone on the list of 100 (the report: red notices for all 100). */
function redNotice(c: CaseRecord): [string, string] {
  if (c.redNotice) return [writeYesNo(c.redNotice.value), writeSources(c.redNotice.source)];
  return c.list100?.onList ? ['yes', ''] : ['', ''];
}

/** The row's cells by column; `sources` is the summary the import does not read. */
export function caseCells(c: CaseRecord, sourcesSummary: string): Record<CaseColumn, Cell> {
  const [red, redSource] = redNotice(c);
  const events = writeEvents(c.events);
  return {
    id: c.id,
    name: c.name,
    pinyin_by_us: c.pinyinByUs ? 'yes' : '',
    chinese: c.chinese?.simplified,
    chinese_traditional: c.chinese?.traditional,
    chinese_source: writeSources(c.chinese?.source),
    aliases: joinLines(c.aliases),
    post: c.post?.value,
    post_source: writeSources(c.post?.source),
    list100: writeYesNo(c.list100?.onList),
    list100_rank: c.list100?.rank,
    list100_source: writeSources(c.list100?.source),
    return_order: c.list100?.returnOrder?.value,
    return_order_source: writeSources(c.list100?.returnOrder?.source),
    red_notice: red,
    red_notice_source: redSource,
    fled_to: c.fled?.to,
    fled_date: c.fled?.date,
    fled_source: writeSources(c.fled?.source),
    years_at_large: c.yearsAtLarge ? `${c.yearsAtLarge.qualifier ? `${c.yearsAtLarge.qualifier} ` : ''}${c.yearsAtLarge.value}` : undefined,
    years_at_large_source: writeSources(c.yearsAtLarge?.source),
    operation: c.operation === undefined ? '' : c.operation === null ? 'none' : c.operation,
    events: events.events,
    evidence: events.evidence,
    event_notes: events.event_notes,
    notes: joinLines(c.notes.map((n) => writeSourced(n.text, n.source))),
    disagreements: joinLines(c.disagreements.map(disagreementLine)),
    quotes: joinLines(c.quotes),
    sources: sourcesSummary,
  };
}

/** The row's cells in CASE_COLUMNS order. */
export function caseRow(c: CaseRecord, sourcesSummary: string): Cell[] {
  return inColumns(CASE_COLUMNS, caseCells(c, sourcesSummary));
}

function readDisagreement(line: string, i: number): Disagreement {
  const segments = line.split(/\s+\|\s+/);
  const first = segments[0]!;
  const at = first.indexOf(': ');
  if (at <= 0) throw new CellError(`line ${i + 1}: start with what the sources disagree on, e.g. "Date of return: …"`);
  const note = segments.length > 1 && /^note:\s*/.test(segments[segments.length - 1]!) ? segments.pop()!.replace(/^note:\s*/, '') : undefined;
  const versions = [first.slice(at + 2), ...segments.slice(1)].map((v, k) => {
    const { text, source } = readSourced(v, `line ${i + 1}, version ${k + 1}`);
    return { says: text, source };
  });
  return { about: first.slice(0, at).trim(), versions, ...(note ? { note } : {}) };
}

/**
 * The case a row describes, with every problem found in its cells. The
 * record is then checked as the bot checks its data (schema, evidence,
 * registry), so a row that reads well can still be refused for what it says.
 */
export function caseFromRow(row: Readonly<Record<string, string>>): { record?: CaseRecord; problems: RowProblem[] } {
  const r = new RowReader(row);
  const id = r.cell('id');
  const name = r.cell('name');
  if (!id) r.fail('id', 'a case needs an id: lower-case words joined by hyphens, e.g. yang-xiuzhu');
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) r.fail('id', `"${id}" is not lower-case words joined by hyphens, e.g. yang-xiuzhu`);
  if (!name) r.fail('name', 'a case needs a name, in pinyin, family name first');

  const pinyinByUs = r.read('pinyin_by_us', readYesNo);
  const chinese = r.cell('chinese');
  const traditional = r.cell('chinese_traditional');
  const chineseSource = r.sources('chinese_source', Boolean(chinese), 'the Chinese name');
  if (traditional && !chinese) r.fail('chinese_traditional', 'traditional characters need the simplified ones in "chinese"');
  const post = r.cell('post');
  const postSource = r.sources('post_source', Boolean(post), 'the post');

  const onList = r.read('list100', readYesNo);
  const rank = r.cell('list100_rank') ? r.read('list100_rank', (c) => readInteger(c, 1, 100)) : undefined;
  if (onList === undefined && rank !== undefined) r.fail('list100_rank', 'a rank needs "yes" in list100');
  const listSource = r.sources('list100_source', onList !== undefined, 'list100');
  const order = r.cell('return_order') ? r.read('return_order', (c) => readInteger(c, 1, 100)) : undefined;
  if (order !== undefined && onList !== true) r.fail('return_order', 'a return order needs "yes" in list100');
  const orderSource = r.sources('return_order_source', order !== undefined, 'the return order');

  const red = r.read('red_notice', readYesNo);
  const redSources = readSources(row.red_notice_source ?? '');
  // `yes` with no source is the export's own line for a list-of-100 person: a red notice for all 100, not a fact of the record.
  const derivedRed = red === true && redSources.length === 0 && onList === true;
  const redSource = derivedRed ? undefined : r.sources('red_notice_source', red !== undefined, 'red_notice');

  const fledTo = r.cell('fled_to');
  const fledDate = r.cell('fled_date') ? r.read('fled_date', (c) => readDate(c, 'date')) : undefined;
  const fledSource = r.sources('fled_source', Boolean(fledTo || r.cell('fled_date')), 'where or when they fled');

  const yearsCell = r.cell('years_at_large');
  const years = yearsCell
    ? r.read('years_at_large', (c) => {
        const m = /^(more than |about )?(\d+)$/.exec(c.trim());
        if (!m) throw new CellError(`"${c}" is not a number of years, e.g. 13 or "more than 4"`);
        return { value: Number(m[2]), ...(m[1] ? { qualifier: m[1].trim() as 'more than' | 'about' } : {}) };
      })
    : undefined;
  const yearsSource = r.sources('years_at_large_source', Boolean(yearsCell), 'years_at_large');

  const operationCell = r.cell('operation');
  const operation = operationCell === '' ? undefined : operationCell.toLowerCase() === 'none' ? null : r.read('operation', (c) => readInteger(c, 2015, 2100));

  const events = readEvents(r);
  const notes: Note[] =
    r.read('notes', (cell) =>
      lines(cell).map((l, i) => {
        const { text, source } = readSourced(l, `line ${i + 1}`);
        return { text, source };
      }),
    ) ?? [];
  const disagreements = r.read('disagreements', (cell) => lines(cell).map(readDisagreement)) ?? [];

  if (r.problems.length > 0) return { problems: r.problems };
  const record: CaseRecord = {
    id,
    name,
    ...(chinese && chineseSource ? { chinese: { simplified: chinese, ...(traditional ? { traditional } : {}), source: chineseSource } } : {}),
    ...(pinyinByUs ? { pinyinByUs: true as const } : {}),
    aliases: lines(row.aliases ?? ''),
    ...(post && postSource ? { post: { value: post, source: postSource } } : {}),
    ...(onList !== undefined && listSource
      ? {
          list100: {
            onList,
            ...(rank !== undefined ? { rank } : {}),
            source: listSource,
            ...(order !== undefined && orderSource ? { returnOrder: { value: order, source: orderSource } } : {}),
          },
        }
      : {}),
    ...(red !== undefined && redSource ? { redNotice: { value: red, source: redSource } } : {}),
    ...(fledSource ? { fled: { ...(fledTo ? { to: fledTo } : {}), ...(fledDate ? { date: fledDate } : {}), source: fledSource } } : {}),
    ...(years && yearsSource ? { yearsAtLarge: { ...years, source: yearsSource } } : {}),
    events,
    ...(operation !== undefined ? { operation } : {}),
    notes,
    disagreements,
    quotes: lines(row.quotes ?? ''),
  };
  return { record, problems: [] };
}
