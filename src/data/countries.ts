/**
 * Countries and cities as the data names them (in English), with their
 * Chinese names and the other ways a reporter types them: vocabulary of the
 * data itself. The evidence check reads Chinese sources with it, the /cases
 * filter reads what a reporter typed, and replies show a zh-CN reader the
 * Chinese name.
 */

/**
 * China itself, where an arrest (`"from": "China"` on an `arrested` event)
 * can happen: never a country a fugitive fled to or came back from, so it is
 * kept out of the country lists (filters, the copy desk's countries).
 */
export const HOME_COUNTRY = 'China';
export const HOME_COUNTRY_ZH = '中国';

/** Country names as the data writes them (English), in Chinese. A country missing here shows in English. */
export const COUNTRY_ZH: Record<string, string> = {
  'United States': '美国',
  Canada: '加拿大',
  'New Zealand': '新西兰',
  Singapore: '新加坡',
  Bulgaria: '保加利亚',
  Australia: '澳大利亚',
  'United Kingdom': '英国',
  France: '法国',
  Thailand: '泰国',
  Indonesia: '印度尼西亚',
  Malaysia: '马来西亚',
  Philippines: '菲律宾',
  Japan: '日本',
  Vietnam: '越南',
  Cambodia: '柬埔寨',
  Myanmar: '缅甸',
  Laos: '老挝',
  Guinea: '几内亚',
  Ghana: '加纳',
  Peru: '秘鲁',
  Sweden: '瑞典',
  Netherlands: '荷兰',
  'Saint Vincent and the Grenadines': '圣文森特和格林纳丁斯',
  'Saint Kitts and Nevis': '圣基茨和尼维斯',
};

/** Cities a source names with the country, in Chinese. A city missing here shows in English. */
export const PLACE_ZH: Record<string, string> = { Vancouver: '温哥华', Montreal: '蒙特利尔', Perth: '珀斯', Conakry: '科纳克里', Shanghai: '上海' };

/** Other ways a reporter may type a country the data names. */
export const COUNTRY_ALIASES: Record<string, string> = {
  us: 'United States',
  usa: 'United States',
  america: 'United States',
  'the united states': 'United States',
  uk: 'United Kingdom',
  britain: 'United Kingdom',
  nz: 'New Zealand',
  'st vincent': 'Saint Vincent and the Grenadines',
  'st kitts': 'Saint Kitts and Nevis',
};
