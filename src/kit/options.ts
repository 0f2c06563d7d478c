/**
 * Options as they arrive from outside (Discord's JSON, or text typed in the
 * terminal), checked against the command's own definition before a handler
 * sees them: the right type, within bounds, one of the choices, nothing
 * unknown, nothing required missing. A failure is an OptionError, whose
 * message is written for the person who typed the command.
 */
import { optionProblemEn, type OptionProblem, type OptionType as OptionTypeName } from '../i18n/optionProblems.js';
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import { OptionType } from '../discord/limits.js';
import type { CommandDefinition } from '../discord/definitions.js';

export type OptionValue = string | number | boolean;

/** One option as Discord sends it in `data.options`. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
}

/**
 * Options that cannot be taken. `problem` says what is wrong, as data, so the
 * asker reads it in their language (labels' `optionProblem`); the message is
 * the English, for logs and the terminal.
 */
export class OptionError extends Error {
  override name = 'OptionError';

  constructor(
    readonly problem: OptionProblem,
    /** What was typed, in the terminal's message: `must be a whole number, not "soon"`. */
    typed?: string,
  ) {
    super(`${optionProblemEn(problem)}${typed === undefined ? '' : `, not "${typed.slice(0, 40)}"`}`);
  }
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
      if (required) throw new OptionError({ kind: 'required', option: name });
      return undefined;
    }
    if (typeof value !== type) throw new OptionError({ kind: 'type', option: name, expected: type === 'string' ? 'text' : type });
    return value;
  }
}

function expectedType(type: number): OptionTypeName {
  switch (type) {
    case OptionType.Integer:
      return 'integer';
    case OptionType.Number:
      return 'number';
    case OptionType.Boolean:
      return 'boolean';
    case OptionType.String:
      return 'text';
    default:
      return 'unsupported';
  }
}

function fail(problem: OptionProblem): never {
  throw new OptionError(problem);
}

function notType(option: APIApplicationCommandBasicOption): never {
  return fail({ kind: 'type', option: option.name, expected: expectedType(option.type) });
}

/** Checks one value against its option's definition; returns it typed, or throws an OptionError. */
export function checkValue(option: APIApplicationCommandBasicOption, value: unknown): OptionValue {
  const name = option.name;
  const choices = 'choices' in option ? option.choices : undefined;
  switch (option.type) {
    case OptionType.String: {
      if (typeof value !== 'string') return notType(option);
      const min = option.min_length ?? 0;
      const max = Math.min(option.max_length ?? MAX_STRING, MAX_STRING);
      if (value.length < min) fail({ kind: 'too-short', option: name, min });
      if (value.length > max) fail({ kind: 'too-long', option: name, max });
      if (choices && !choices.some((c) => c.value === value)) fail({ kind: 'choice', option: name, choices: choices.map((c) => c.value) });
      return value;
    }
    case OptionType.Integer:
    case OptionType.Number: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return notType(option);
      if (option.type === OptionType.Integer && !Number.isSafeInteger(value)) notType(option);
      if (option.min_value !== undefined && value < option.min_value) fail({ kind: 'below', option: name, min: option.min_value });
      if (option.max_value !== undefined && value > option.max_value) fail({ kind: 'above', option: name, max: option.max_value });
      if (choices && !choices.some((c) => c.value === value)) fail({ kind: 'choice', option: name, choices: choices.map((c) => c.value) });
      return value;
    }
    case OptionType.Boolean:
      if (typeof value !== 'boolean') return notType(option);
      return value;
    default:
      return notType(option);
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
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) throw new OptionError({ kind: 'not-a-list' });
  for (const item of (raw ?? []) as unknown[]) {
    if (item === null || typeof item !== 'object' || typeof (item as RawOption).name !== 'string') {
      throw new OptionError({ kind: 'no-name' });
    }
    const { name, value, focused: isFocused } = item as RawOption;
    const option = declared.get(name);
    if (!option) throw new OptionError({ kind: 'unknown', option: name });
    if (values.has(name) || focused?.name === name) throw new OptionError({ kind: 'twice', option: name });
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
      if ('required' in option && option.required && !values.has(option.name)) throw new OptionError({ kind: 'required', option: option.name });
    }
  }
  return focused ? { options: new CommandOptions(values), focused } : { options: new CommandOptions(values) };
}

/** Reads text typed for an option (terminal, one-shot CLI) as Discord would send it. */
export function valueFromText(option: APIApplicationCommandBasicOption, text: string): OptionValue {
  switch (option.type) {
    case OptionType.Integer:
      if (!/^[+-]?\d+$/.test(text.trim())) throw new OptionError({ kind: 'type', option: option.name, expected: 'integer' }, text);
      return Number(text.trim());
    case OptionType.Number: {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n)) throw new OptionError({ kind: 'type', option: option.name, expected: 'number' }, text);
      return n;
    }
    case OptionType.Boolean: {
      const t = text.trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(t)) return true;
      if (['false', 'no', 'n', '0'].includes(t)) return false;
      throw new OptionError({ kind: 'type', option: option.name, expected: 'boolean' }, text);
    }
    default:
      return text;
  }
}
