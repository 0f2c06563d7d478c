/**
 * What the data says about a claim, in words: English for the JSON contract's
 * `data`, and the reader's language for the replies. Figures are written the
 * newsroom way of each language (5.42 billion yuan, 54.2亿元).
 */
import { formats } from '../i18n/format/index.js';
import type { Lang } from '../i18n/lang.js';
import { labelsFor } from '../i18n/labels.js';
import { countryInSentence, OUTCOME_ZH } from '../i18n/terms.js';
import { OUTCOME_LABEL } from '../data/terms.js';
import type { Outcome } from '../data/schema.js';
import type { DataFact, NoDataReason, Verdict } from './types.js';

/**
 * The words for a verdict and for a reason. The table of words sits in a lower
 * layer than these types, so it cannot name them: the return types here are
 * where the compiler checks that every verdict and reason has its words.
 */
export function verdictWords(lang: Lang): Record<Verdict, string> {
  return labelsFor(lang).fc.verdict;
}

function reasonWords(lang: Lang): Record<NoDataReason, string> {
  return labelsFor(lang).fc.why;
}

const HYPHENS = /-/g;

/** A type the labels do not know yet (the data gained one) reads as its own name. */
function outcomeWords(type: string, lang: Lang): string {
  const table: Record<string, string> = lang === 'zh' ? OUTCOME_ZH : OUTCOME_LABEL;
  return table[type as Outcome] ?? type.replace(HYPHENS, ' ');
}

/** Reasons that read better with the year in front: "2022: No figure has been published for that year." */
const YEAR_FIRST = new Set(['no-figure', 'no-year-in-data', 'subset', 'period', 'currency']);

export function describeFact(fact: DataFact, lang: Lang): string {
  const t = labelsFor(lang);
  const f = formats(lang);
  switch (fact.kind) {
    case 'total': {
      const figure = fact.metric === 'returned' ? f.people(fact.value, fact.qualifier) : f.yuan(fact.value, fact.qualifier);
      const when = fact.period ? f.period(fact.period) : lang === 'zh' ? `${fact.year}年` : String(fact.year);
      return fact.metric === 'returned' ? t.fc.returnedIn(figure, when) : t.fc.recoveredIn(figure, when);
    }
    case 'sum': {
      const when = lang === 'zh' ? `${fact.from}–${fact.to}年` : `${fact.from}–${fact.to}`;
      return t.fc.sum(fact.metric === 'returned' ? t.fc.returnedIn(f.people(fact.value), when) : t.fc.recoveredIn(f.yuan(fact.value), when));
    }
    case 'figure': {
      const value =
        fact.unit === 'people' ? f.people(fact.value, fact.qualifier) : fact.unit === 'yuan' ? f.yuan(fact.value, fact.qualifier) : `${fact.value}%`;
      return t.fc.figure(fact.label, value, fact.year);
    }
    case 'usd':
      return t.fc.usd(f.yuan(fact.yuan), fact.year, f.dollars(fact.dollars), fact.rate, fact.rateLabel);
    case 'change':
      return `${t.fc.change(t.metric[fact.metric], fact.year, fact.base, f.percent(fact.percent))}${fact.working[0] ? ` (${fact.working[0]})` : ''}`;
    case 'average':
      return t.fc.average(t.metric[fact.metric], fact.year, fact.from, fact.to, fact.working.join('; '));
    case 'rank': {
      const metric = t.metric[fact.metric];
      if (fact.rank === 1) return (fact.lowest ? t.fc.rankBottom : t.fc.rankTop)(fact.year, metric, fact.of, fact.from, fact.to);
      const standing = f.standing({ rank: fact.rank, of: fact.of, span: `${fact.from}–${fact.to}` });
      return t.fc.rankNth(fact.year, standing, fact.lowest, metric, fact.leader);
    }
    case 'case': {
      if (fact.event === 'fled')
        return t.fc.caseFled(fact.name, fact.fledTo ? countryInSentence(fact.fledTo, lang) : undefined, fact.fledDate ? f.date(fact.fledDate) : undefined);
      const from = fact.from ? (lang === 'zh' ? `自${countryInSentence(fact.from, lang)}` : ` from ${countryInSentence(fact.from, lang)}`) : '';
      const what = lang === 'zh' ? `${from}${outcomeWords(fact.event, lang)}` : `${outcomeWords(fact.event, lang)}${from}`;
      const noFrom = fact.from || fact.event === 'assets-confiscated' ? '' : t.fc.noFrom;
      return `${t.fc.caseEvent(fact.name, what, f.date(fact.date))}${noFrom}`;
    }
    case 'none': {
      const dated = fact.year !== undefined && YEAR_FIRST.has(fact.reason);
      const why = `${dated ? (lang === 'zh' ? `${fact.year}年：` : `${fact.year}: `) : ''}${reasonWords(lang)[fact.reason]}`;
      return fact.detail ? `${why} ${describeFact(fact.detail, lang)}` : why;
    }
  }
}
