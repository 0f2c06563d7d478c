/**
 * What is wrong with a command's options, as data (the kit's option parser
 * says which problem; src/kit/options.ts), and in words for each language.
 * An option name comes from whoever sent the interaction: it is shown as
 * code, with anything that could end the code span or steer the text removed.
 */
import { stripInvisible } from '../discord/controls.js';

export type OptionType = 'text' | 'integer' | 'number' | 'boolean' | 'unsupported';

export type OptionProblem =
  | { kind: 'not-a-list' }
  | { kind: 'no-name' }
  | { kind: 'unknown'; option: string }
  | { kind: 'twice'; option: string }
  | { kind: 'required'; option: string }
  | { kind: 'type'; option: string; expected: OptionType }
  | { kind: 'too-short'; option: string; min: number }
  | { kind: 'too-long'; option: string; max: number }
  | { kind: 'below'; option: string; min: number }
  | { kind: 'above'; option: string; max: number }
  | { kind: 'choice'; option: string; choices: readonly (string | number)[] };

/** An option name as inline code: backticks turned aside, control and direction marks dropped, at most 32 characters. */
export function code(name: string): string {
  const clean = stripInvisible(name).replace(/\s+/g, ' ').replace(/`/g, 'ˋ').slice(0, 32);
  return `\`${clean || ' '}\``;
}

const TYPE_EN: Record<OptionType, string> = {
  text: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  unsupported: 'of a type this bot does not take',
};
const TYPE_ZH: Record<OptionType, string> = { text: '文字', integer: '整数', number: '数字', boolean: 'true 或 false', unsupported: '本机器人不接受的类型' };

export function optionProblemEn(p: OptionProblem): string {
  switch (p.kind) {
    case 'not-a-list':
      return 'options must be a list';
    case 'no-name':
      return 'each option must have a name';
    case 'unknown':
      return `there is no option ${code(p.option)}`;
    case 'twice':
      return `${code(p.option)} is given twice`;
    case 'required':
      return `${code(p.option)} is required`;
    case 'type':
      return p.expected === 'unsupported' ? `${code(p.option)} has a type this bot does not take` : `${code(p.option)} must be ${TYPE_EN[p.expected]}`;
    case 'too-short':
      return `${code(p.option)} must be at least ${p.min} characters`;
    case 'too-long':
      return `${code(p.option)} must be at most ${p.max} characters`;
    case 'below':
      return `${code(p.option)} must be at least ${p.min}`;
    case 'above':
      return `${code(p.option)} must be at most ${p.max}`;
    case 'choice':
      return `${code(p.option)} must be one of: ${p.choices.join(', ')}`;
  }
}

export function optionProblemZh(p: OptionProblem): string {
  switch (p.kind) {
    case 'not-a-list':
      return '选项必须是列表';
    case 'no-name':
      return '每个选项都必须有名称';
    case 'unknown':
      return `没有选项 ${code(p.option)}`;
    case 'twice':
      return `${code(p.option)} 给出了两次`;
    case 'required':
      return `必须提供 ${code(p.option)}`;
    case 'type':
      return `${code(p.option)} 必须是${TYPE_ZH[p.expected]}`;
    case 'too-short':
      return `${code(p.option)} 至少需要${p.min}个字符`;
    case 'too-long':
      return `${code(p.option)} 最多${p.max}个字符`;
    case 'below':
      return `${code(p.option)} 不能小于${p.min}`;
    case 'above':
      return `${code(p.option)} 不能大于${p.max}`;
    case 'choice':
      return `${code(p.option)} 必须是以下之一：${p.choices.join('、')}`;
  }
}
