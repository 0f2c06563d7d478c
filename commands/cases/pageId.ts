/**
 * The `custom_id` of a /cases page button: everything needed to draw the
 * page, so a press needs no memory of the original command.
 *
 *   cases:<page>:<owner>:<issued>:<list100>:<year>:<outcome>:<country>
 *
 * `issued` is the command's time in base-36 seconds; an unset filter is
 * empty; the country comes last because only it could hold a colon. Discord
 * allows 100 characters: with a 4-digit page, a 20-digit user id and the
 * longest outcome, 30 are left for the country, so a longer name is cut to
 * its first 30 characters and found again by prefix (src/cases/filter.ts).
 */
import { decodeTime, encodeTime } from '../../src/kit/index.js';
import type { CaseFilter } from './filter.js';

export const CASES_PREFIX = 'cases';
export const COUNTRY_IN_ID = 30;

export interface CasesPage {
  filter: CaseFilter;
  page: number;
  owner: string;
  issuedAt: number;
}

export function encodePageId({ filter, page, owner, issuedAt }: CasesPage): string {
  const list = filter.list100 === undefined ? '' : filter.list100 ? '1' : '0';
  return [CASES_PREFIX, page, owner, encodeTime(issuedAt), list, filter.year ?? '', filter.outcome ?? '', filter.country?.slice(0, COUNTRY_IN_ID) ?? ''].join(
    ':',
  );
}

/** The page a button asks for, or undefined for an id this bot never issued. */
export function decodePageId(id: string): CasesPage | undefined {
  const parts = id.split(':');
  if (parts.length < 8 || parts[0] !== CASES_PREFIX) return undefined;
  const [, pageText, owner, issued, list, yearText, outcome] = parts as [string, string, string, string, string, string, string];
  const country = parts.slice(7).join(':');
  const issuedAt = decodeTime(issued);
  if (!/^\d{1,4}$/.test(pageText) || !owner || issuedAt === undefined || !/^[01]?$/.test(list) || !/^(\d{4})?$/.test(yearText)) return undefined;
  const filter: CaseFilter = {};
  if (country) filter.country = country;
  if (outcome) filter.outcome = outcome;
  if (yearText) filter.year = Number(yearText);
  if (list) filter.list100 = list === '1';
  return { filter, page: Number(pageText), owner, issuedAt };
}
