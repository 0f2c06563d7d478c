/**
 * Options as they arrive from outside (Discord's JSON, or text typed in the
 * terminal), checked against the command's own definition before a handler
 * sees them: the right type, within bounds, one of the choices, nothing
 * unknown, nothing required missing. A failure is an OptionError, whose
 * message is written for the person who typed the command.
 */
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { OptionType } from '../discord/limits.js';
import type { CommandDefinition } from './types.js';
import { inlineCode } from '../render/controls.js';

export type OptionValue = string | number | boolean;

/** One option as Discord sends it in `data.options`. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
}

export class OptionError extends Error {
  override name = 'OptionError';
}

/** Discord's own cap on a string option. */
const MAX_STRING = 6000;

export class CommandOptions {
  constructor(private readonly values: ReadonlyMap<string, OptionValue>) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string, required: true): string;
  string(name: string, required?: false): string | undefined;
  string(name: string, required = false): string | undefined {
    return this.typed(name, 'string', required) as string | undefined;
  }

  integer(name: string, required: true): number;
  integer(name: string, required?: false): number | undefined;
  integer(name: string, required = false): number | undefined {
    return this.typed(name, 'number', required) as number | undefined;
  }

  number(name: string, required: true): number;
  number(name: string, required?: false): number | undefined;
  number(name: string, required = false): number | undefined {
    return this.typed(name, 'number', required) as number | undefined;
  }

  boolean(name: string, required: true): boolean;
  boolean(name: string, required?: false): boolean | undefined;
  boolean(name: string, required = false): boolean | undefined {
    return this.typed(name, 'boolean', required) as boolean | undefined;
  }

  private typed(name: string, type: 'string' | 'number' | 'boolean', required: boolean): OptionValue | undefined {
    const value = this.values.get(name);
    if (value === undefined) {
      if (required) throw new OptionError(`the option \`${name}\` is required`);
      return undefined;
    }
    if (typeof value !== type) throw new OptionError(`the option \`${name}\` must be a ${type}`);
    return value;
  }
}

function describeType(type: number): string {
  switch (type) {
    case OptionType.Integer:
      return 'a whole number';
    case OptionType.Number:
      return 'a number';
    case OptionType.Boolean:
      return 'true or false';
    default:
      return 'text';
  }
}

/** Checks one value against its option's definition; returns it typed, or throws an OptionError. */
export function checkValue(option: APIApplicationCommandBasicOption, value: unknown): OptionValue {
  const fail = (why: string): never => {
    throw new OptionError(`\`${option.name}\` ${why}`);
  };
  switch (option.type) {
    case OptionType.String: {
      if (typeof value !== 'string') return fail('must be text');
      const min = option.min_length ?? 0;
      const max = Math.min(option.max_length ?? MAX_STRING, MAX_STRING);
      if (value.length < min) fail(`must be at least ${min} characters`);
      if (value.length > max) fail(`must be at most ${max} characters`);
      if (option.choices && !option.choices.some((c) => c.value === value)) fail(`must be one of: ${option.choices.map((c) => c.value).join(', ')}`);
      return value;
    }
    case OptionType.Integer:
    case OptionType.Number: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`must be ${describeType(option.type)}`);
      if (option.type === OptionType.Integer && !Number.isSafeInteger(value)) fail('must be a whole number');
      if (option.min_value !== undefined && value < option.min_value) fail(`must be at least ${option.min_value}`);
      if (option.max_value !== undefined && value > option.max_value) fail(`must be at most ${option.max_value}`);
      if (option.choices && !option.choices.some((c) => c.value === value)) fail(`must be one of: ${option.choices.map((c) => c.value).join(', ')}`);
      return value;
    }
    case OptionType.Boolean:
      if (typeof value !== 'boolean') return fail('must be true or false');
      return value;
    default:
      return fail('has a type this bot does not take');
  }
}

export interface ParsedOptions {
  options: CommandOptions;
  /** The option being typed, for autocomplete. */
  focused?: { name: string; value: string };
}

/**
 * Validates Discord's `data.options` for a command. With `autocomplete`, the
 * focused option is returned as text, unchecked, and other options that do
 * not pass are left out rather than refused: half-typed input is normal there.
 */
export function parseOptions(definition: CommandDefinition, raw: unknown, mode: 'run' | 'autocomplete' = 'run'): ParsedOptions {
  const declared = new Map((definition.options ?? []).map((o) => [o.name, o]));
  const values = new Map<string, OptionValue>();
  let focused: ParsedOptions['focused'];
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) throw new OptionError('options must be a list');
  for (const item of (raw ?? []) as unknown[]) {
    if (item === null || typeof item !== 'object' || typeof (item as RawOption).name !== 'string') {
      throw new OptionError('each option must have a name');
    }
    const { name, value, focused: isFocused } = item as RawOption;
    const option = declared.get(name);
    // A forged name is echoed as inert inline code: stripped, cut, its backticks unable to close the span.
    if (!option) throw new OptionError(`/${definition.name} has no option ${inlineCode(name)}`);
    if (values.has(name) || focused?.name === name) throw new OptionError(`${inlineCode(name)} is given twice`);
    if (mode === 'autocomplete' && isFocused === true) {
      const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
      // Discord never sends more than the option's max_length; a longer value is cut rather than searched, since a
      // 6,000-character paste took name matching over a second (found by `npm run fuzz`), holding up every other user.
      const max = Math.min(('max_length' in option ? option.max_length : undefined) ?? MAX_STRING, MAX_STRING);
      focused = { name, value: text.slice(0, max) };
      continue;
    }
    try {
      values.set(name, checkValue(option, value));
    } catch (error) {
      if (mode === 'run') throw error;
    }
  }
  if (mode === 'run') {
    for (const option of declared.values()) {
      if ('required' in option && option.required && !values.has(option.name)) throw new OptionError(`\`${option.name}\` is required`);
    }
  }
  return focused ? { options: new CommandOptions(values), focused } : { options: new CommandOptions(values) };
}

/** Reads text typed for an option (terminal, one-shot CLI) as Discord would send it. */
export function valueFromText(option: APIApplicationCommandBasicOption, text: string): OptionValue {
  switch (option.type) {
    case OptionType.Integer:
      if (!/^[+-]?\d+$/.test(text.trim())) throw new OptionError(`\`${option.name}\` must be a whole number, not ${inlineCode(text, 40)}`);
      return Number(text.trim());
    case OptionType.Number: {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n)) throw new OptionError(`\`${option.name}\` must be a number, not ${inlineCode(text, 40)}`);
      return n;
    }
    case OptionType.Boolean: {
      const t = text.trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(t)) return true;
      if (['false', 'no', 'n', '0'].includes(t)) return false;
      throw new OptionError(`\`${option.name}\` must be true or false`);
    }
    default:
      return text;
  }
}
