/**
 * /search query:<words> — everything the data holds that matches: cases,
 * years and milestones, grouped, one line each. A place, a bank, a method
 * such as extradition, a year, a name however typed.
 */
import {
  COLOR,
  Citations,
  OptionType,
  caseSummary,
  defineCommand,
  errorReply,
  escapeMarkdown,
  formats,
  labels,
  personName,
  quoteUserText,
  reply,
  type ReplyLabels,
  type TextHit,
} from '../src/kit/index.js';

const PER_GROUP = 8;

/** One line a hit, with the footnotes of the sources its facts come from. */
function line(hit: TextHit, t: ReplyLabels, cite: Citations): string {
  const f = formats(t.lang);
  switch (hit.kind) {
    case 'case': {
      const c = hit.record;
      const last = c.events[c.events.length - 1];
      const status = c.list100?.onList ? c.list100.source : c.redNotice?.value ? c.redNotice.source : [];
      return `**${escapeMarkdown(personName(c, t.lang))}**: ${escapeMarkdown(caseSummary(c, t.lang))}${cite.cite([...status, ...(last?.source ?? [])])}`;
    }
    case 'year':
      cite.useReport();
      return t.yearLine(t.skyNet(hit.record.year), f.count(hit.record.returned), f.yuan(hit.record.recovered));
    case 'milestone':
      return `**${f.dateShort(hit.record.date)}**: ${escapeMarkdown(hit.record.title)}${cite.cite(hit.record.source)}`;
  }
}

function group(hits: readonly TextHit[], kind: TextHit['kind'], t: ReplyLabels, cite: Citations) {
  const mine = hits.filter((h) => h.kind === kind);
  if (mine.length === 0) return undefined;
  const more = mine.length > PER_GROUP ? `\n${t.searchMore(mine.length - PER_GROUP)}` : '';
  return {
    name: `${t.searchGroups[kind]} (${mine.length})`,
    value: `${mine
      .slice(0, PER_GROUP)
      .map((h) => line(h, t, cite))
      .join('\n')}${more}\n-# ${t.searchHints[kind]}`,
  };
}

export default defineCommand({
  definition: {
    name: 'search',
    description: 'Search cases, years and milestones: a name, a place, a bank, a method such as extradition',
    options: [{ type: OptionType.String, name: 'query', description: 'Words to look for, e.g. New Zealand or extradition', required: true, max_length: 200 }],
  },
  examples: ['/search query:New Zealand', '/search query:extradition', '/search query:Bank of China'],

  run(options, { data, locale }) {
    const t = labels(locale);
    const query = options.string('query', true);
    if (!query.trim()) return errorReply(t.searchEmpty);
    const hits = data.search.searchAll(query, 60);
    if (hits.length === 0) return errorReply(t.searchNothing(quoteUserText(query)));
    const cite = new Citations();
    const groups = [group(hits, 'case', t, cite), group(hits, 'year', t, cite), group(hits, 'milestone', t, cite)];
    return reply({
      embeds: [
        {
          title: t.searchTitle(quoteUserText(query, 200)),
          description: t.searchCount(hits.length),
          color: COLOR.info,
          fields: [...groups, cite.field(t.otherSources)],
          footer: cite.footer(data.meta, t),
        },
      ],
    });
  },
});
