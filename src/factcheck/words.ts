/**
 * The words that tell what a figure is about, in English and Chinese: people
 * brought back or money recovered, a rise or a fall, a superlative, a part of
 * the whole (a subset: one operation, red-notice fugitives, one person's
 * case), a denial.
 */

/** Fugitives brought back: a count of people near one of these is a "returned" figure. */
export const RETURN_WORDS =
  /\b(?:return(?:ed|s|ing)?|brought back|bring(?:ing)? back|brought home|back (?:to|in) china|repatriat\w*|extradit\w*|captured|caught|apprehended|arrested|tracked down|hunted down|nabbed|recovered|retrieved|surrender\w*|persuaded|netted|came back|sent back|handed over|returnees)\b|追回|追逃|归案|到案|抓获|缉捕|劝返|遣返|引渡|投案|回国|外逃人员|逃犯/i;

/** Money recovered: an amount near one of these is a "recovered" figure. */
export const MONEY_WORDS =
  /\b(?:recover\w*|clawed back|claw(?:ed)? back|retrieved|recouped|stolen|ill-gotten|illicit|illegal gains|proceeds|assets|funds|money|loot|sums?|haul|netted|seized)\b|追赃|赃款|追回|挽回|资金|金额/i;

export const PEOPLE_WORDS = /\b(?:fugitives?|people|persons?|suspects?|escapees?|individuals?|officials?|runaways?|returns|returnees)\b|人员|逃犯|外逃/i;

/**
 * A figure for part of the year's whole: one operation within Sky Net, one
 * kind of fugitive, a share of the total. Such a figure is not the year's
 * total; it agrees only with a figure of the data that it equals.
 */
export const SUBSET_WORDS =
  /\b(?:duty[- ]crimes?|job[- ]related|discipline (?:inspection|bodies|organs)|disciplinary|supervisory|supervision (?:commission|bodies|organs)|special operation|red[- ]notices?|interpol|list of (?:100|the 100|one hundred)|most[- ]wanted|(?:top|the) 100|party members|state officials|state functionaries|civil servants|public servants|officials among|of (?:them|whom|which|those)|among them|including|included|fox hunt|sky net (?:special|sub)|sub-operation|voluntarily|were extradited|were repatriated|were arrested|arrested|extradited|repatriated|deported|surrendered|in the (?:united states|u\.s\.|us)|from (?:the )?(?:united states|u\.s\.|us|canada|australia|new zealand)|women|men|province|provincial|city|county|banks?|state-owned)\b|职务犯罪|纪检监察|监察机关|监委|专项行动|红通|百名|党员|国家工作人员|其中|包括|猎狐|主动投案|引渡|遣返|省|市/i;

/** A figure that is one fugitive's (what one person took, what was confiscated from one case). */
export const ONE_CASE_WORDS =
  /\b(?:embezzl\w*|misappropriat\w*|bribes?|brib(?:ed|ery)|took|stole|swindled|defrauded|accused of|involving|worth|siphon\w*)\b|贪污|挪用|受贿|涉案|骗取|卷走/i;

export const RISE_WORDS =
  /\b(?:up|rose|rise|risen|rising|increas\w*|grew|grow|growth|gain(?:ed|s)?|jump\w*|surg\w*|soar\w*|climb\w*|higher|more than doubled|doubl\w*|tripl\w*|quadrupl\w*|leap\w*|spik\w*|boost\w*)\b|增长|增加|上升|提高|增幅|多出|翻番|翻了/i;
export const FALL_WORDS =
  /\b(?:down|fell|fall|fallen|falling|drop\w*|declin\w*|decreas\w*|lower|slid|slide|slump\w*|plung\w*|plummet\w*|shr[au]nk|shrink\w*|dipp?\w*|reduc\w*|cut)\b|下降|减少|降低|回落|下滑|减幅|缩减|下跌/i;

export const NEGATION =
  /\b(?:not|never|no longer|nor|neither|isn't|wasn't|weren't|didn't|failed to|fell short of|short of|below the)\b|未|没有|并非|不是|低于/i;

/** Words that make a figure about money rather than people, when both could be meant. */
export const MONEY_METRIC =
  /\b(?:money|yuan|funds|assets|stolen|proceeds|loot|amount|sums?|recovered money|recoveries|billion|million|RMB)\b|赃款|追赃|金额|资金|亿元|万元|元/i;
export const PEOPLE_METRIC =
  /\b(?:fugitives?|people|persons?|suspects?|escapees?|individuals?|number of|headcount|runaways?|officials?|returns)\b|人员|人数|外逃人员|逃犯|名/i;

/**
 * What a detail figure is about, in a few topics shared by the data's English
 * labels and by drafts in either language: a draft's "16 red-notice suspects"
 * and "其中红通人员16人" both match the label "of whom red-notice persons".
 */
const TOPICS: [string, RegExp][] = [
  ['red-notice', /red[- ]notices?|interpol|红通|红色通缉/i],
  ['list-100', /list of (?:100|the 100|one hundred)|(?:top|the) 100|most[- ]wanted|百名/i],
  ['officials', /party members?|officials|state functionaries|civil servants|public servants|党员|国家工作人员|公职人员/i],
  [
    'discipline',
    /duty[- ]crimes?|job[- ]related|discipline|disciplinary|supervisory|supervision|special operation|jurisdiction|职务犯罪|纪检监察|监察|监委|专项行动|管辖/i,
  ],
  ['extradited', /extradit|引渡/i],
  ['repatriated', /repatriat|遣返/i],
  ['arrested', /arrest|缉捕|抓获|逮捕/i],
  ['surrendered', /surrender|voluntar|turned (?:himself|herself|themselves) in|gave (?:himself|herself|themselves) up|投案|自首/i],
  ['women', /\bwomen\b|女性|女/i],
  ['men', /\bmen\b|男性/i],
  ['united-states', /united states|\bU\.?S\.?\b|america|美国/i],
  ['canada', /canada|加拿大/i],
  ['announcement', /announcement|four months|通告|四个月/i],
];

export function topicsOf(text: string): Set<string> {
  const topics = new Set<string>();
  for (const [topic, re] of TOPICS) if (re.test(text)) topics.add(topic);
  return topics;
}

/** The words before a year that make it the base of a change ("up 261% on 2017", "比2017年"), not the year a figure is for. */
export const BASE_BEFORE =
  /(?:\b(?:over|from|on|than|compared (?:with|to)|versus|vs\.?|against|relative to|second only to|only to|behind)|比|较|与|同|仅次于)\s*$/i;

/**
 * What makes a paragraph about the campaign: without one of these (or a name
 * from the data) its figures, rises and records are someone else's (GDP,
 * exports, a bank's assets) and are not checked.
 */
export const CORE_TOPIC =
  /sky ?-?net|skynet|fox hunt|fugitive|escapee|runaway|returnee|repatriat|extradit|graft|corrupt|ccdi|discipline inspection|supervisory commission|anti-?graft|red[- ]notice|stolen (?:money|assets|funds|goods)|illicit (?:funds|assets|money)|ill-gotten|escaped persons|天网|追逃|追赃|外逃|逃犯|赃款|红通|反腐|纪委|监委|猎狐|潜逃/i;
/** The campaign's words, and the plainer ones copy uses for its results ("Recoveries topped…", "The haul in 2016…", "suspects were returned"). */
export const TOPIC_WORDS = new RegExp(
  `${CORE_TOPIC.source}|recover|clawed back|claw back|recouped|retrieved|\\breturns\\b|\\breturned\\b|\\bhaul\\b|\\bsuspects?\\b|brought back|追回|归案|回国`,
  'i',
);
