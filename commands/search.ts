/**
 * /search query:<words> — everything the data holds that matches: cases,
 * years and milestones, grouped, one line each. A place, a bank, a method
 * such as extradition, a year, a name however typed.
 */
import { defineCommand } from '../src/commands/types.js';
import { OptionType } from '../src/discord/limits.js';
import type { TextHit } from '../src/search/searchIndex.js';
import { caseSummary, displayName } from '../src/render/caseCard.js';
import { COLOR, errorReply, reply } from '../src/render/embed.js';
import { formatCount, formatDateShort, formatYuan, plural } from '../src/render/format.js';
import { escapeMarkdown, quoteUserText } from '../src/render/markdown.js';
import { reportFooter } from '../src/render/sources.js';

const PER_GROUP = 8;

function line(hit: TextHit): string {
  switch (hit.kind) {
    case 'case':
      return `**${displayName(hit.record)}**: ${caseSummary(hit.record)}`;
    case 'year':
      return `**Sky Net ${hit.record.year}**: ${formatCount(hit.record.returned)} returned, ${formatYuan(hit.record.recovered)} recovered`;
    case 'milestone':
      return `**${formatDateShort(hit.record.date)}**: ${escapeMarkdown(hit.record.title)}`;
  }
}

function group(hits: readonly TextHit[], kind: TextHit['kind'], name: string, hint: string) {
  const mine = hits.filter((h) => h.kind === kind);
  if (mine.length === 0) return undefined;
  const more = mine.length > PER_GROUP ? `\n…and ${mine.length - PER_GROUP} more` : '';
  return { name: `${name} (${mine.length})`, value: `${mine.slice(0, PER_GROUP).map(line).join('\n')}${more}\n-# ${hint}` };
}

export default defineCommand({
  definition: {
    name: 'search',
    description: 'Search cases, years and milestones: a name, a place, a bank, a method such as extradition',
    options: [{ type: OptionType.String, name: 'query', description: 'Words to look for, e.g. New Zealand or extradition', required: true, max_length: 200 }],
  },
  examples: ['/search query:New Zealand', '/search query:extradition', '/search query:Bank of China'],

  run(options, { data }) {
    const query = options.string('query', true);
    if (!query.trim()) return errorReply('Type something to search for, e.g. /search query:extradition');
    const hits = data.search.searchAll(query, 60);
    if (hits.length === 0) {
      return errorReply(`Nothing in the data matches ${quoteUserText(query)}. Try a name, a place, a year, or a method such as extradition.`);
    }
    return reply({
      embeds: [
        {
          title: `Search: ${quoteUserText(query, 200)}`,
          description: `${plural(hits.length, 'match', 'matches')}, best first.`,
          color: COLOR.info,
          fields: [
            group(hits, 'case', 'Cases', 'Details: /case name:…'),
            group(hits, 'year', 'Years', 'Details: /year year:…'),
            group(hits, 'milestone', 'Milestones', 'All in order: /timeline'),
          ],
          footer: reportFooter(data.meta),
        },
      ],
    });
  },
});
