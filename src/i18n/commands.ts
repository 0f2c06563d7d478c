/**
 * Chinese (zh-CN) names and descriptions for every command, option and
 * choice, so a reporter whose Discord is in Chinese sees `/年度 年份:2019`.
 * Kept here, beside the reply labels, rather than in each command file: one
 * place to translate, one place to review. The registry applies them when it
 * loads the commands; a test checks that every command and option has its
 * entry and that every name obeys Discord's rules (Chinese characters are
 * letters to Discord, and have no case).
 */
import type { CommandDefinition, MessageCommandDefinition } from '../discord/definitions.js';
import { ZH_LOCALE } from './lang.js';

interface OptionZh {
  name: string;
  description: string;
  /** Choice value → its Chinese name. */
  choices?: Record<string, string>;
}

interface CommandZh {
  name: string;
  description: string;
  options?: Record<string, OptionZh>;
}

/** The shared `metric` choices of /stats and /chart (src/commands/metricOption.ts). */
const METRIC_CHOICES_ZH = { fugitives: '追回外逃人员', money: '追回赃款', both: '两者' };

export const COMMANDS_ZH: Record<string, CommandZh> = {
  about: { name: '关于', description: '机器人的数据：内容、来源和版本' },
  changes: { name: '变更', description: '数据最近的变更：新增、修改和删除的记录，最新的在前' },
  case: {
    name: '案件',
    description: '外逃人员案件：原职务、百名红通编号、外逃去向、经过和时间',
    options: { name: { name: '姓名', description: '拼音或汉字姓名，例如 Yang Xiuzhu 或 杨秀珠' } },
  },
  cases: {
    name: '案件列表',
    description: '按国家、结果、年份或百名红通筛选案件，分页显示',
    options: {
      country: { name: '国家', description: '外逃或被追回的国家，例如 United States（美国）' },
      outcome: { name: '结果', description: '结果，例如引渡、投案、遣返' },
      year: { name: '年份', description: '案件中事件发生的年份，例如 2018' },
      list100: { name: '百名红通', description: '只看百名红通人员（true），或只看名单以外的人（false）' },
    },
  },
  chart: {
    name: '图表',
    description: '年度数据的PNG图表，可直接用于报道，并附手机可读的文字图表',
    options: {
      metric: { name: '指标', description: '要绘制的数据', choices: { ...METRIC_CHOICES_ZH, list100: '百名红通人员归案人数（历次公布）' } },
      kind: { name: '样式', description: '柱状图（默认）或折线图', choices: { bar: '柱状图', line: '折线图' } },
    },
  },
  list100: {
    name: '百名红通',
    description: '百名红通人员：按已公布的数字，逐一列出已归案人数',
    options: {
      year: { name: '年份', description: '只看这一年公布的数字及其来源，例如 2017' },
      show: { name: '显示', description: '数字（默认）或归案人员构成', choices: { counts: '历次数字', breakdowns: '构成（方式、年份、国家）' } },
    },
  },
  check: {
    name: '核查',
    description: '将报道中的推论与其年度数据核对；附文稿时，核对文稿中的数字和人名',
    options: { text: { name: '文稿', description: '要核对的文稿，例如 天网2019追回外逃人员2041人' } },
  },
  compare: {
    name: '对比',
    description: '两个天网年度并列对比，给出绝对变化和百分比变化',
    options: {
      a: { name: '年份一', description: '第一个年份，例如 2018' },
      b: { name: '年份二', description: '与之比较的年份，例如 2019' },
    },
  },
  export: {
    name: '导出',
    description: '将数据导出为电子表格可用的CSV文件，每行注明来源',
    options: {
      what: {
        name: '内容',
        description: '导出哪张表',
        choices: { years: '年度数据（总数、汇率、其他报道）', cases: '案件', milestones: '大事记', sources: '来源（所有网址及日期）' },
      },
    },
  },
  help: { name: '帮助', description: '天网资料机器人的功能和示例' },
  search: {
    name: '搜索',
    description: '搜索案件、年份和大事记：姓名、地点、银行、引渡等方式',
    options: { query: { name: '关键词', description: '要查找的词，例如 New Zealand 或 extradition' } },
  },
  stats: {
    name: '统计',
    description: '天网各年度：表格、图表、合计和最高纪录年份',
    options: {
      metric: { name: '指标', description: '要绘制的数据（默认两者）', choices: METRIC_CHOICES_ZH },
    },
  },
  timeline: {
    name: '时间线',
    description: '天网行动及其案件的大事记，按时间排序',
    options: { year: { name: '年份', description: '只看这一年，例如 2018' } },
  },
  year: {
    name: '年度',
    description: '某一年的天网行动：追回人数、追赃金额、同比变化、排名',
    options: {
      year: { name: '年份', description: '天网行动年份，例如 2019' },
      usd: { name: '美元', description: '按当年平均汇率折算为美元' },
    },
  },
};

/** The definition with zh-CN names and descriptions added wherever the table has them. */
export function localizeDefinition(def: CommandDefinition): CommandDefinition {
  const zh = COMMANDS_ZH[def.name];
  if (!zh) return def;
  return {
    ...def,
    name_localizations: { ...def.name_localizations, [ZH_LOCALE]: zh.name },
    description_localizations: { ...def.description_localizations, [ZH_LOCALE]: zh.description },
    ...(def.options
      ? {
          options: def.options.map((o) => {
            const oz = zh.options?.[o.name];
            if (!oz) return o;
            const choices =
              'choices' in o && o.choices
                ? {
                    choices: o.choices.map((c) =>
                      oz.choices?.[String(c.value)] ? { ...c, name_localizations: { ...c.name_localizations, [ZH_LOCALE]: oz.choices[String(c.value)]! } } : c,
                    ),
                  }
                : {};
            return {
              ...o,
              name_localizations: { ...o.name_localizations, [ZH_LOCALE]: oz.name },
              description_localizations: { ...o.description_localizations, [ZH_LOCALE]: oz.description },
              ...choices,
            } as typeof o;
          }),
        }
      : {}),
  };
}

/** Message commands' Chinese names, by their English name ("Check facts"). */
export const MESSAGE_COMMANDS_ZH: Record<string, string> = {
  'Check facts': '核查事实',
  'Find cases': '查找案件',
};

export function localizeMessageDefinition(def: MessageCommandDefinition): MessageCommandDefinition {
  const zh = MESSAGE_COMMANDS_ZH[def.name];
  return zh ? { ...def, name_localizations: { ...def.name_localizations, [ZH_LOCALE]: zh } } : def;
}
