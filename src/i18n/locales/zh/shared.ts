/** The Chinese words shared across replies, the dispatcher's own answers, /help, /about and /changes, key for key the English ones. */
import { FIRST_NAMED_YEAR } from '../../../data/terms.js';
import { optionProblemZh } from '../../optionProblems.js';
import type { enShared } from '../en/shared.js';

export const zhShared: typeof enShared = {
  colon: '：',
  comma: '，',
  and: '及',
  metric: { returned: '追回外逃人员', recovered: '追回赃款' },
  metricUnit: { returned: '人', recovered: '元' },
  otherSources: '其他来源',
  fromReport: '报道原文',
  footer: ({ reportFile, sites }, version) => {
    const report = reportFile ? `新闻报道 ${reportFile}（中文原文的英文机器翻译）` : undefined;
    const others = sites.length > 0 ? `${sites.join('、')}（见上）` : undefined;
    if (!report && !others) return `无来源：未找到已公布的数据 · 数据版本 ${version}`;
    return `来源：${[report, others].filter(Boolean).join('；')} · 数据版本 ${version}`;
  },
  skyNet: (year) => (year < FIRST_NAMED_YEAR ? `${year}年天网行动${year === FIRST_NAMED_YEAR - 1 ? '（首年）' : ''}` : `天网${year}`),
  noPublishedFigure: '未找到公布的数据',
  noFullYear: (operation) => `未找到${operation}已公布的全年数据。`,
  noFullYearPartial: '未找到已公布的全年数据',
  yes: '是',
  no: '否',
  noSuchCommand: (name) => `这里没有 /${name} 命令。请使用 /help。`,
  commandFailed: (name) => `抱歉，/${name} 出错了。错误已记录，请重试。`,
  buttonGone: '此按钮已失效。请重新运行命令。',
  noTargetMessage: '此命令作用于一条消息：右键点击（或长按）消息，然后选择“应用”。',
  buttonFailed: (name) => `抱歉，/${name} 的按钮出错了。错误已记录，请重新运行命令。`,
  somethingWrong: '抱歉，出错了。错误已记录，请重试。',
  restarting: '机器人正在重启，请稍后再试。',
  cooldown: (seconds) => `您发送命令太快了。请等待${seconds}秒后再试。`,
  optionProblem: (command, p) => `/${command}：${optionProblemZh(p)}。`,
  changesTitle: '数据变更记录',
  changesNone: '尚无数据变更记录。',
  changesEntry: (version, date) => `数据版本 ${version} · ${date}`,
  changesTables: {
    cases: ['个案件', '个案件'],
    years: ['个年度', '个年度'],
    milestones: ['条大事记', '条大事记'],
    sources: ['个来源网址', '个来源网址'],
    list100: ['个百名红通数字', '个百名红通数字'],
  },
  changesVerb: { added: '新增', changed: '修改', removed: '删除' },
  changesCount: (n, [one]) => `${n}${one}`,
  changesMore: (n) => `等，另有${n}项`,
  changesNamed: (count, names, more) => `${count}（${names}${more}）`,
  changesHint: (shown, all) => `共${all}次变更，显示最近${shown}次。每次变更通过 \`npm run data:import\` 或手工编辑完成，并记录在 changelog.json 中。`,
  changesFooter: (version) => `当前数据版本 ${version}`,
  aboutChanges: (version, date, summary) => `数据版本 ${version}（${date}）：${summary}。详见 /changes。`,
  aboutRecords: (sources, counts) => `${sources}个来源网址，均注明报道日期；${counts}个已公布的百名红通人员归案数字（/list100）`,
  helpTitle: '天网资料机器人',
  helpIntro:
    '中国“天网”行动追逃追赃的数据和案件，来自一篇新闻报道（机器翻译）及其他已发表的报道，每个事实都注明来源。在任意消息上右键点击（或长按），选择“应用”，即可使用消息命令。',
  helpMessageCommand: (name) => `应用 › ${name}（作用于消息）`,
  helpMessageCommandWhat: {
    'check-facts': '将消息中的数字和人名与数据核对：✅ 相符，❌ 不符（附数据中的数字和来源），➖ 数据中没有。仅您可见，可用按钮发布到频道。终端中：',
    'find-cases': '列出消息中提到的外逃人员（无论拼写方式），每人附一个按钮打开案件详情。终端中：',
  },
  aboutTitle: '关于天网资料机器人',
  aboutFields: { data: '数据', source: '来源', read: '阅读说明', version: '版本', changes: '最近一次变更' },
  aboutData: (years, covered, cases, milestones, withCharacters, later) =>
    [
      `${years}个年度的总数（${covered}年）${later > 0 ? `，另有${later}个后续年份来自其他报道` : ''}`,
      `${cases}个有名有姓的案件`,
      `${milestones}条大事记`,
      `其中${withCharacters}个案件有中文姓名，均来自已发表的报道`,
    ].join('\n'),
  aboutRead:
    '每条记录都逐字保留报道原文。来自其他报道的事实均注明出处。机器翻译的用语已规范：“百名红通人员”指2015年公布的100名红色通缉人员；“回国投案”即自首。',
  aboutBy: (author) => `，作者 ${author}`,
};
