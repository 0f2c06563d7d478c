/**
 * Previous/Next buttons whose whole state lives in their `custom_id`: which
 * page, who asked, and when. Nothing is kept in memory, so paging survives a
 * restart and works the same from any instance behind a load balancer. Only
 * the person who asked may turn the pages, and the buttons stop working a
 * while after the command was run.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { LIMITS } from '../discord/limits.js';

/** How long after the command its page buttons keep working. */
export const PAGE_BUTTONS_FOR_MS = 30 * 60_000;

const BUTTON = 2;
const SECONDARY = 2;

/** Seconds since 1970 in base 36: seven characters until the year 4453. */
export function encodeTime(ms: number): string {
  return Math.floor(ms / 1000).toString(36);
}

export function decodeTime(text: string): number | undefined {
  if (!/^[0-9a-z]{1,10}$/.test(text)) return undefined;
  return parseInt(text, 36) * 1000;
}

export interface Press {
  /** The user who ran the command. */
  owner: string;
  /** When the command was run, in milliseconds. */
  issuedAt: number;
}

export type PressProblem = 'not-owner' | 'expired';

/** Why a press must be refused, or undefined when it may turn the page. */
export function pressProblem(press: Press, presser: string, now: number = Date.now()): PressProblem | undefined {
  if (presser !== press.owner) return 'not-owner';
  if (now - press.issuedAt > PAGE_BUTTONS_FOR_MS || press.issuedAt - now > 60_000) return 'expired';
  return undefined;
}

export interface PageButtonsSpec {
  page: number;
  pages: number;
  /** The custom_id that shows page `n`. */
  idFor(page: number): string;
  previous: string;
  next: string;
}

/** One row with Previous and Next, each disabled at its end; none when everything fits on one page. */
export function pageButtons(spec: PageButtonsSpec): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (spec.pages <= 1) return [];
  const button = (label: string, page: number, disabled: boolean) => {
    const id = spec.idFor(page);
    if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId}: ${id}`);
    return { type: BUTTON, style: SECONDARY, label: label.slice(0, LIMITS.buttonLabel), custom_id: id, disabled } as const;
  };
  // Disabled buttons still need ids of their own: Discord refuses two equal ids in one message.
  const previous = button(spec.previous, Math.max(0, spec.page - 1), spec.page <= 0);
  const next = button(spec.next, Math.min(spec.pages - 1, spec.page + 1), spec.page >= spec.pages - 1);
  if (previous.custom_id === next.custom_id) return [];
  return [{ type: 1, components: [previous, next] }];
}
