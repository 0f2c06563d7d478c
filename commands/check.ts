/**
 * /check — the report's claims about its own numbers, each set against what
 * its yearly figures compute, marked consistent or not, with the arithmetic.
 * A claim about years the data does not have ("since 2014", "in history") is
 * only partly checked, and the reply says which years were checked.
 *
 * /check text:<draft> — a reporter's draft instead: every figure, change,
 * superlative and case fact in it marked consistent, contradicted or not in
 * the data (the copy desk's checker, src/factcheck/; docs/factcheck.md).
 */
import {
  checkDraft,
  prepareChecker,
  COLOR,
  Citations,
  defineCommand,
  escapeMarkdown,
  evaluateClaims,
  formats,
  labels,
  OptionType,
  quoteBlock,
  renderCheck,
  reply,
  spanOf,
  type Dataset,
  type Lang,
  type Reply,
  type ReplyLabels,
  type Unchecked,
  memoizedBy,
} from '../src/kit/index.js';

function uncheckedLine(u: Unchecked, t: ReplyLabels): string {
  const missing = [u.before !== undefined ? t.missingBefore(u.before) : undefined, u.years.length > 0 ? spanOf(u.years.map((year) => ({ year }))) : undefined]
    .filter(Boolean)
    .join(t.and);
  return `⚠️ ${t.checkedOver(u.checked, t.claimedSpan(u.claimed.from, u.claimed.to), missing)}`;
}

/** Discord's longest string option. */
const DRAFT_MAX_LENGTH = 6000;

/**
 * The reply to `/check` without text, per dataset and language: it depends on
 * nothing else, so it is built once rather than at every call (its claims,
 * their working and the fields took about 45 KB of garbage per answer). A
 * reload builds a new Dataset, whose replies are built afresh. The reply is
 * shared between answers: the dispatcher copies it before making it safe
 * (src/interactions/dispatch.ts), and nothing may change it.
 */
const reportChecks = memoizedBy((_data: Dataset) => new Map<Lang, Reply>());

function reportCheck(data: Dataset, locale: string | undefined): Reply {
  const t = labels(locale);
  const byLang = reportChecks(data);
  let built = byLang.get(t.lang);
  if (!built) {
    built = buildReportCheck(data, t);
    byLang.set(t.lang, built);
  }
  return built;
}

function buildReportCheck(data: Dataset, t: ReplyLabels): Reply {
  const f = formats(t.lang);
  const results = evaluateClaims(data.years, {
    value: (metric, n) => (metric === 'returned' ? f.count(n) : f.yuanShort(n)),
    percent: f.percent,
  }).filter((r) => r.consistent !== undefined);
  const ok = results.filter((r) => r.consistent).length;
  const partly = results.filter((r) => r.unchecked).length;
  const verdict = (consistent: boolean, partial: boolean): string =>
    `**${consistent ? t.consistent : t.inconsistent}${partial ? ` (${t.partlyChecked})` : ''}**`;
  return reply({
    embeds: [
      {
        title: t.checkTitle,
        description: t.checkIntro(results.length, ok, partly),
        color: ok === results.length ? COLOR.data : COLOR.warn,
        fields: results.map((r) => ({
          name: `${r.consistent ? (r.unchecked ? '☑️' : '✅') : '❌'} ${r.year} · ${escapeMarkdown(r.claim.text)}`.slice(0, 256),
          value: [
            verdict(Boolean(r.consistent), Boolean(r.unchecked)),
            ...(r.unchecked ? [uncheckedLine(r.unchecked, t)] : []),
            ...r.working.map((w) => `\`${w.replace(/`/g, 'ˋ')}\``),
            quoteBlock(r.claim.quote),
          ].join('\n'),
        })),
        // Every claim is checked against the report's own yearly figures, and quoted from it.
        footer: new Citations().useReport().footer(data.meta, t),
      },
    ],
  });
}

export default defineCommand({
  definition: {
    name: 'check',
    description: "The report's claims checked against its figures; with text, a draft's figures and names checked",
    options: [
      {
        type: OptionType.String,
        name: 'text',
        description: 'A draft to check, e.g. Sky Net 2019 brought back 2,041 fugitives',
        required: false,
        max_length: DRAFT_MAX_LENGTH,
      },
    ],
  },
  examples: ['/check', '/check text:Sky Net 2019 brought back 2,041 fugitives and 5.42 billion yuan, a record. Xu Chaofan was extradited from Canada.'],

  // The copy desk's tables (names, typos, countries) are built for each dataset on first use; a
  // serving bot builds them after start and after each reload, so that the first "Check facts" on
  // a large dataset does not wait for them. "Check facts" and "Find cases" read the same tables.
  async warm(data) {
    prepareChecker(data);
  },

  run(options, { data, locale }) {
    const draft = options.string('text');
    if (draft !== undefined) return renderCheck(checkDraft(draft, data), data, locale);
    return reportCheck(data, locale);
  },
});
