/** Copy-ready sentences in Chinese, as Chinese newsrooms write them: the grammar of ../sentenceFacts.ts's facts. */
import { PLACE_ZH } from '../../../data/countries.js';
import { FIRST_NAMED_YEAR } from '../../../data/terms.js';
import { escapeMarkdown } from '../../../discord/markdown.js';
import { ZH as ZH_FORMATS } from '../../format/zh.js';
import { countryName, eventOutcome, OUTCOME_ZH } from '../../terms.js';
import type { CaseFacts, Sentences, YearStanding } from '../sentenceFacts.js';
import { zhCases } from './cases.js';
import { zhShared } from './shared.js';
import { zhYears } from './years.js';

/** `，均为报道所涵盖的6年（2015–2020年）中最高`, or nothing when the year is neither first nor second. */
function standing(s: YearStanding | undefined): string {
  if (!s) return '';
  const words = zhYears.rankWords;
  const top = (rank: number): boolean => rank <= words.length;
  const word = (rank: number): string => words[rank - 1] ?? '';
  const among = `报道所涵盖的${s.of}年（${s.span}年）中`;
  if (s.people === s.yuan && top(s.people)) return `，均为${among}${word(s.people)}`;
  const parts = [top(s.people) ? `人数为${among}${word(s.people)}` : '', top(s.yuan) ? `金额为${among}${word(s.yuan)}` : ''].filter(Boolean);
  return parts.length > 0 ? `，${parts.join('，')}` : '';
}

/** `自加拿大温哥华`, `在法国`. */
function from(f: CaseFacts['from']): string {
  return f ? `${f.inside ? '在' : '自'}${countryName(f.country, 'zh')}${f.place ? (PLACE_ZH[f.place] ?? escapeMarkdown(f.place)) : ''}` : '';
}

/** `（来源为论坛转帖，发表前请核对原文）`: a sentence resting only on weak pages says so. */
function weak(c: CaseFacts): string {
  return c.weakOnly ? `（来源为${c.weakOnly}，发表前请核对原文）` : '';
}

/** What happened; where a country is named (`在美国`), the outcome does not say `在境外` again. */
function outcome(c: CaseFacts): string {
  const what = eventOutcome({ type: c.outcome, ...(c.to ? { to: c.to } : {}) }, 'zh');
  return c.from?.inside ? what.replace(/^在境外/, '') : what;
}

export const zhSentences: Sentences = {
  according: (report, author, sites) => {
    const named = [...(report ? [author ? `${author}撰写的中国新闻报道` : '一篇中国新闻报道'] : []), ...sites];
    return `据${named.length > 1 ? `${named.slice(0, -1).join('、')}及${named[named.length - 1]}` : named[0]}`;
  },
  rateNote: (yuanPerDollar, year, label) => `（按1美元兑${yuanPerDollar}元人民币计算，${year}年平均汇率：${label}）`,
  withDollars: (yuan, dollars) => `${yuan}（${dollars}）`,

  year(y) {
    const what = [y.people ? `追回外逃人员${y.people}` : '追回人数未找到公布数据', y.money ? `追回赃款${y.money}` : '追赃金额未找到公布数据'].join('，');
    const partial = y.period ? `（仅${y.period}，${zhShared.noFullYearPartial}）` : '';
    const subject = y.year < FIRST_NAMED_YEAR ? y.operation : `${y.operation}行动`;
    return `${y.by}，${subject}${partial}${what}${standing(y.standing)}。${y.rate ?? ''}`;
  },

  case(c) {
    const status = c.list ? (c.list.rank ? `百名红通人员第${c.list.rank}号` : '百名红通人员') : '';
    const name = c.chinese ? `${c.chinese}（${c.name}）` : c.name;
    const date = ZH_FORMATS.date(c.date);
    if (c.outcome === 'arrest-requested') return `${c.by}${weak(c)}，${date}，${OUTCOME_ZH[c.outcome]}${status}${name}；${zhCases.noArrestStated(c.sources)}。`;
    const after = c.yearsAtLarge ? `，此前外逃${ZH_FORMATS.qualified(`${c.yearsAtLarge.value}年`, c.yearsAtLarge.qualifier)}` : '';
    const before = c.dated ? '' : `于${date}`;
    const announced = c.dated ? `（${zhCases.datedAs[c.dated](date)}）` : '';
    return `${c.by}${weak(c)}，${status}${name}${before}${from(c.from)}${outcome(c)}${announced}${after}。`;
  },
};
