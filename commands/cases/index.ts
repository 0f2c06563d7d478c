/**
 * /cases [country] [outcome] [year] [list100] — the cases that answer a
 * question ("who came back from the United States?", "who was extradited?"),
 * a page at a time with Previous/Next buttons. Each button carries the whole
 * page state in its custom_id (src/cases/pageId.ts), so paging survives a
 * restart; only the person who asked can turn the pages, for 30 minutes.
 */
import {
  COLOR,
  Citations,
  ReplyError,
  OptionType,
  countryInSentence,
  countryName,
  defineCommand,
  errorReply,
  escapeMarkdown,
  eventDate,
  formats,
  labels,
  outcomeShort,
  pageButtons,
  personName,
  pressProblem,
  quoteUserText,
  reply,
  type CaseRecord,
  type CommandContext,
  type ComponentAnswer,
  type Dataset,
  type Reply,
  type ReplyLabels,
} from '../../src/kit/index.js';
import { countriesIn, eventYearsIn, filterCases, outcomesFor, outcomesIn, resolveCountry, type CaseFilter } from './filter.js';
import { CASES_PREFIX, decodePageId, encodePageId } from './pageId.js';

export const PAGE_SIZE = 5;
/** The milestone whose outside figures describe the list of 100 (who is on it, where they were). */
const LIST100_MILESTONE = 'red-notices-for-100';

/** `No. 4 on the list of 100`, `red notice [1]`: with the footnote of its source. */
function listStatus(c: CaseRecord, t: ReplyLabels, cite: Citations): string | undefined {
  if (c.list100?.onList) return `${c.list100.rank ? t.listStatus(true, c.list100.rank) : t.onList100}${cite.cite(c.list100.source)}`;
  return c.redNotice?.value ? `${t.redNotice}${cite.cite(c.redNotice.source)}` : undefined;
}

function caseLines(c: CaseRecord, t: ReplyLabels, cite: Citations): string {
  const f = formats(t.lang);
  const fled =
    c.fled && (c.fled.to || c.fled.date)
      ? `${c.fled.to ? t.fledTo(countryInSentence(c.fled.to, t.lang)) : t.fledIn}${c.fled.date ? ` (${f.dateShort(c.fled.date)})` : ''}${cite.cite(c.fled.source)}`
      : undefined;
  const events = c.events.map((e) => `${t.listEvent(eventDate(e, t.lang, true), e)}${cite.cite(e.source)}`);
  return [fled, ...events].filter(Boolean).join(' · ');
}

function describeFilter(filter: CaseFilter, t: ReplyLabels): string {
  const colon = t.colon;
  const parts: string[] = [];
  if (filter.country) parts.push(`${t.casesFilters.country}${colon}${countryName(filter.country, t.lang)}`);
  if (filter.outcome)
    parts.push(
      `${t.casesFilters.outcome}${colon}${outcomesFor(filter.outcome)
        .map((o) => outcomeShort(o, t.lang))
        .join(' / ')}`,
    );
  if (filter.year !== undefined) parts.push(`${t.casesFilters.year}${colon}${filter.year}`);
  if (filter.list100 !== undefined) parts.push(`${t.casesFilters.list100}${colon}${filter.list100 ? t.yes : t.no}`);
  return parts.join(' · ');
}

function list100MakeUp(data: Dataset, cite: Citations): string | undefined {
  const milestone = data.milestones.find((m) => m.id === LIST100_MILESTONE);
  if (!milestone || milestone.outside.length === 0) return undefined;
  return milestone.outside.map((o) => `${escapeMarkdown(o.label)}: **${o.value}**${cite.cite(o.source)}`).join(' · ');
}

interface PageRequest {
  filter: CaseFilter;
  page: number;
  owner: string;
  issuedAt: number;
}

/** One page of the list, with buttons that lead to its neighbours. */
export function casesPage(data: Dataset, request: PageRequest, t: ReplyLabels): Reply {
  const found = filterCases(data, request.filter);
  if (found.length === 0) return errorReply(t.casesNone);
  const pages = Math.ceil(found.length / PAGE_SIZE);
  // The data may have changed since the button was made: never show past the last page.
  const page = Math.min(Math.max(0, request.page), pages - 1);
  const cite = new Citations();
  // Cited first, as it is shown first, so its footnote numbers read in order.
  const makeUp = request.filter.list100 === true ? list100MakeUp(data, cite) : undefined;
  const fields = found.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((c, i) => {
    const status = listStatus(c, t, cite);
    return { name: `${page * PAGE_SIZE + i + 1}. ${escapeMarkdown(personName(c, t.lang))}${status ? ` · ${status}` : ''}`, value: caseLines(c, t, cite) };
  });
  const filterText = describeFilter(request.filter, t);
  return reply({
    embeds: [
      {
        title: filterText ? `${t.casesTitle} · ${filterText}` : t.casesTitle,
        description: t.casesCount(found.length, page + 1, pages),
        color: COLOR.info,
        fields: [makeUp ? { name: t.list100MakeUp, value: makeUp } : undefined, ...fields, cite.field(t.otherSources)],
        footer: cite.footer(data.meta, t),
      },
    ],
    components: pageButtons({
      page,
      pages,
      idFor: (n) => encodePageId({ ...request, page: n }),
      previous: t.previous,
      next: t.next,
    }),
  });
}

function filterFrom(options: { country?: string; outcome?: string; year?: number; list100?: boolean }, data: Dataset, t: ReplyLabels): CaseFilter {
  const filter: CaseFilter = {};
  if (options.country !== undefined) {
    const country = resolveCountry(options.country, data);
    if (!country)
      throw new ReplyError(
        t.casesUnknownCountry(
          quoteUserText(options.country, 40),
          countriesIn(data)
            .map(([c]) => countryName(c, t.lang))
            .join(', '),
        ),
      );
    filter.country = country;
  }
  if (options.outcome !== undefined) {
    const word = options.outcome.trim().toLowerCase().replace(/\s+/g, '-');
    const wanted = outcomesFor(options.outcome);
    if (wanted.length === 0)
      throw new ReplyError(
        t.casesUnknownOutcome(
          quoteUserText(options.outcome, 40),
          outcomesIn(data)
            .map(([o]) => o)
            .join(', '),
        ),
      );
    // Stored as the data's own id when the word names exactly one, so the button id stays short.
    filter.outcome = wanted.length === 1 ? wanted[0]! : word;
  }
  if (options.year !== undefined) filter.year = options.year;
  if (options.list100 !== undefined) filter.list100 = options.list100;
  return filter;
}

function press(customId: string, ctx: CommandContext): ComponentAnswer {
  const t = labels(ctx.locale);
  const request = decodePageId(customId);
  if (!request) return { reply: errorReply(t.pagesExpired) };
  const problem = pressProblem(request, ctx.userId);
  if (problem) return { reply: errorReply(problem === 'not-owner' ? t.notYourPages : t.pagesExpired) };
  if (request.filter.country !== undefined) {
    // The id may hold only the start of a long name; the data has the whole of it.
    const country = resolveCountry(request.filter.country, ctx.data);
    if (!country) return { reply: errorReply(t.pagesExpired) };
    request.filter.country = country;
  }
  // The data may have changed since: with nothing left to show, say so privately and leave the message as it is.
  if (filterCases(ctx.data, request.filter).length === 0) return { reply: errorReply(t.casesNone) };
  return { update: casesPage(ctx.data, request, t) };
}

export default defineCommand({
  definition: {
    name: CASES_PREFIX,
    description: 'List the cases that fit: by country, outcome, year or the list of 100, a page at a time',
    options: [
      { type: OptionType.String, name: 'country', description: 'Where they fled or came back from, e.g. United States', autocomplete: true, max_length: 40 },
      { type: OptionType.String, name: 'outcome', description: 'What happened, e.g. extradited, surrendered, repatriated', autocomplete: true, max_length: 40 },
      {
        type: OptionType.Integer,
        name: 'year',
        description: 'The year something happened in the case, e.g. 2018',
        autocomplete: true,
        min_value: 2000,
        max_value: 2100,
      },
      { type: OptionType.Boolean, name: 'list100', description: 'Only those on the list of 100 (true), or only those not on it (false)' },
    ],
  },
  examples: ['/cases outcome:extradited', '/cases country:United States', '/cases list100:true', '/cases'],

  run(options, ctx) {
    const t = labels(ctx.locale);
    const filter = filterFrom(
      { country: options.string('country'), outcome: options.string('outcome'), year: options.integer('year'), list100: options.boolean('list100') },
      ctx.data,
      t,
    );
    return casesPage(ctx.data, { filter, page: 0, owner: ctx.userId, issuedAt: Date.now() }, t);
  },

  autocomplete(focused, _options, { data, locale }) {
    const t = labels(locale);
    const typed = focused.value.trim().toLowerCase();

    switch (focused.name) {
      case 'country':
        return countriesIn(data)
          .filter(([c]) => c.toLowerCase().includes(typed) || countryName(c, 'zh').includes(typed))
          .map(([c, n]) => ({ name: t.countryChoice(c, n), value: c }));
      case 'outcome':
        return outcomesIn(data)
          .filter(([o]) => o.includes(typed) || outcomeShort(o, t.lang).toLowerCase().includes(typed))
          .map(([o, n]) => ({ name: t.casesCountChoice(outcomeShort(o, t.lang), n), value: o }));
      case 'year':
        return eventYearsIn(data)
          .filter(([y]) => String(y).startsWith(typed))
          .map(([y, n]) => ({ name: t.casesCountChoice(String(y), n), value: y }));
      default:
        return [];
    }
  },

  onComponent: press,
});
