/**
 * /check — the report's claims about its own numbers, each set against what
 * its yearly figures compute, marked consistent or not, with the arithmetic.
 */
import { defineCommand } from '../src/commands/types.js';
import { evaluateClaims } from '../src/data/claims.js';
import { formats } from '../src/i18n/format.js';
import { labels } from '../src/i18n/labels.js';
import { COLOR, reply } from '../src/render/embed.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { quoteBlock } from '../src/render/sources.js';

export default defineCommand({
  definition: { name: 'check', description: "The report's claims (rises, records, averages) checked against its own yearly figures" },
  examples: ['/check'],

  run(_options, { data, locale }) {
    const t = labels(locale);
    const f = formats(t.lang);
    const results = evaluateClaims(data.years, {
      value: (metric, n) => (metric === 'returned' ? f.count(n) : f.yuanShort(n)),
      percent: f.percent,
    }).filter((r) => r.consistent !== undefined);
    const ok = results.filter((r) => r.consistent).length;
    return reply({
      embeds: [
        {
          title: t.checkTitle,
          description: t.checkIntro(results.length, ok),
          color: ok === results.length ? COLOR.data : COLOR.warn,
          fields: results.map((r) => ({
            name: `${r.consistent ? '✅' : '❌'} ${r.year} · ${escapeMarkdown(r.claim.text)}`.slice(0, 256),
            value: [`**${r.consistent ? t.consistent : t.inconsistent}**`, ...r.working.map((w) => `\`${w.replace(/`/g, 'ˋ')}\``), quoteBlock(r.claim.quote)].join('\n'),
          })),
          footer: t.reportFooter(data.meta.report.file, data.meta.version),
        },
      ],
    });
  },
});
