/**
 * A case's events across three cells, one line an item, numbered by the
 * event each line belongs to: `events` (date, outcome, and where from),
 * `evidence` (the words of a source that state it) and `event_notes`. An
 * event's sources are read back from its evidence.
 */
import { EventDating, Outcome, type CaseEvent, type Evidence } from '../data/schema.js';
import { CellError, joinLines, numbered, readDate } from './cells.js';
import type { RowReader } from './rowReader.js';

function eventLine(e: CaseEvent, n: number): string {
  const parts = [`${n}. ${e.date} ${e.type}`];
  if (e.from) parts.push(`from: ${e.from}`);
  if (e.place) parts.push(`place: ${e.place}`);
  if (e.to) parts.push(`to: ${e.to}`);
  if (e.dated) parts.push(`dated: ${e.dated}`);
  // Last, as it runs to the end of the line (a reason may hold a semicolon).
  if (e.fromInferred) parts.push(`inferred: ${e.fromInferred}`);
  return parts.join('; ');
}

function evidenceLine(ev: Evidence, n: number): string {
  return 'quote' in ev ? `${n}. report, quote ${ev.quote + 1}: ${ev.words}` : `${n}. ${ev.source}: ${ev.says}`;
}

/** Every event's evidence, one line each, numbered by its event (into one list: no list made per event). */
function evidenceLines(events: readonly CaseEvent[]): string[] {
  const out: string[] = [];
  events.forEach((e, i) => {
    for (const ev of e.evidence) out.push(evidenceLine(ev, i + 1));
  });
  return out;
}

function noteLines(events: readonly CaseEvent[]): string[] {
  const out: string[] = [];
  events.forEach((e, i) => {
    if (e.note) out.push(`${i + 1}. ${e.note}`);
  });
  return out;
}

/** The `events`, `evidence` and `event_notes` cells of a case. */
export function writeEvents(events: readonly CaseEvent[]): Record<'events' | 'evidence' | 'event_notes', string> {
  return {
    events: joinLines(events.map((e, i) => eventLine(e, i + 1))),
    evidence: joinLines(evidenceLines(events)),
    event_notes: joinLines(noteLines(events)),
  };
}

function readEventLine(text: string, n: number): CaseEvent {
  const [head, inferred] = text.split(/;\s*inferred:\s*/, 2) as [string, string | undefined];
  const [first, ...keys] = head.split(/;\s*/);
  const m = /^(\S+)\s+(\S+)$/.exec(first!.trim());
  if (!m) throw new CellError(`event ${n}: "${first}" should be a date and an outcome, e.g. "2016-11-16 surrendered"`);
  const date = readDate(m[1]!, `date (event ${n})`);
  const type = Outcome.safeParse(m[2]);
  if (!type.success) throw new CellError(`event ${n}: "${m[2]}" is not an outcome; the outcomes are ${Outcome.options.join(', ')}`);
  const e: CaseEvent = { date, type: type.data, source: [], evidence: [] };
  for (const part of keys) {
    const kv = /^(from|place|to|dated):\s*(.+)$/.exec(part.trim());
    if (!kv) throw new CellError(`event ${n}: "${part}" is not one of from:, place:, to:, dated:, inferred:`);
    const value = kv[2]!.trim();
    if (kv[1] === 'dated') {
      const dated = EventDating.safeParse(value);
      if (!dated.success) throw new CellError(`event ${n}: dated is "announced" or "reported", not "${value}"`);
      e.dated = dated.data;
    } else e[kv[1] as 'from' | 'place' | 'to'] = value;
  }
  if (inferred !== undefined) e.fromInferred = inferred.trim();
  return e;
}

function readEvidenceLine(text: string, n: number): Evidence {
  const quote = /^report,\s*quote\s+(\d+):\s*(.+)$/i.exec(text);
  if (quote) return { quote: Number(quote[1]) - 1, words: quote[2]!.trim() };
  const at = text.indexOf(': ');
  if (at <= 0) throw new CellError(`evidence for event ${n}: "${text.slice(0, 60)}" should be "address: what it says", or "report, quote 1: the words"`);
  const source = text.slice(0, at).trim();
  if (source === 'report') throw new CellError(`evidence for event ${n}: the report is cited by a quote: "report, quote 1: the words"`);
  return { source, says: text.slice(at + 2).trim() };
}

/** The events the three cells describe; what cannot be read is a problem of the reader's. */
export function readEvents(reader: RowReader): CaseEvent[] {
  const events =
    reader.read('events', (cell) =>
      numbered(cell, 'event').map(({ n, text }, i) => {
        if (n !== i + 1) throw new CellError(`line ${i + 1}: events are numbered 1, 2, 3… in order; this one is ${n}`);
        return readEventLine(text, n);
      }),
    ) ?? [];
  if (events.length === 0 && reader.cell('events') === '') reader.fail('events', 'a case needs at least one event: what happened and when');
  const inEvent = (column: string, n: number): CaseEvent | undefined => {
    const e = events[n - 1];
    if (!e) reader.fail(column, `there is no event ${n}`);
    return e;
  };
  const evidenceRead = reader.read(
    'evidence',
    (cell) =>
      numbered(cell, 'event').forEach(({ n, text }) => {
        const e = inEvent('evidence', n);
        if (!e) return;
        const ev = readEvidenceLine(text, n);
        e.evidence.push(ev);
        const source = 'quote' in ev ? 'report' : ev.source;
        if (!e.source.includes(source)) e.source.push(source);
      }) ?? true,
  );
  reader.read('event_notes', (cell) =>
    numbered(cell, 'event').forEach(({ n, text }) => {
      const e = inEvent('event_notes', n);
      if (e) e.note = e.note ? `${e.note}\n${text}` : text;
    }),
  );
  // Only when the evidence was read: a line that could not be is its own problem.
  if (evidenceRead) {
    events.forEach((e, i) => {
      if (e.evidence.length === 0) reader.fail('evidence', `event ${i + 1} has no evidence: add "${i + 1}. address: what it says"`);
    });
  }
  return events;
}
