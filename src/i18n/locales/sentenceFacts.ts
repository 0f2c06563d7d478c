/**
 * What a copy-ready sentence says, as facts (src/render/sentence.ts gathers
 * them from the data); each language's grammar (./en/sentences.ts,
 * ./zh/sentences.ts) turns them into one sentence. Names, posts and sources
 * come escaped; countries and places come as the data names them, for the
 * grammar to phrase; figures come formatted in the sentence's language.
 */
import type { EventDating, Outcome, Qualifier } from '../../data/schema.js';

/** Where a year stands among the report's years, on each measure. */
export interface YearStanding {
  /** 1 for the highest. */
  people: number;
  yuan: number;
  /** How many years, and which: `2015–2020`. */
  of: number;
  span: string;
}

export interface YearFacts {
  year: number;
  /** `Sky Net 2019`, as labels name the operation. */
  operation: string;
  /** The part of the year the figures cover: `January–November 2023`. */
  period?: string;
  /** `2,041 fugitives`; absent when no figure was found. */
  people?: string;
  /** `5.42 billion yuan (about $785 million)`; absent when no figure was found. */
  money?: string;
  standing?: YearStanding;
  /** `according to a Chinese news report by Wang Zhuo`. */
  by: string;
  /** The rate used for dollars: `($1 = 6.9081 yuan, …)`. */
  rate?: string;
}

export interface CaseFacts {
  /** Pinyin, escaped. */
  name: string;
  /** Characters, where a source gives them, escaped. */
  chinese?: string;
  /** The former post, escaped, as the data writes it. */
  post?: string;
  /** On the list of 100, with the rank where known. */
  list?: { rank?: number };
  outcome: Outcome;
  date: string;
  /** When the date is an announcement's or a report's rather than the event's own. */
  dated?: EventDating;
  /** Where it happened or they came back from, only where a source states it. */
  from?: { country: string; place?: string; inside: boolean };
  /** A country other than China the person was sent to. */
  to?: string;
  yearsAtLarge?: { value: number; qualifier?: Qualifier };
  by: string;
  /** How many sources the sentence rests on (for "the source does not say"). */
  sources: number;
  /** When every source outside the report is a weak page (a forum copy, a blog…): what kind, for a caution to check it. */
  weakOnly?: string;
}

export interface Sentences {
  /** `according to a Chinese news report by Wang Zhuo and xinhuanet.com`. */
  according(report: boolean, author: string | undefined, sites: readonly string[]): string;
  /** `($1 = 6.9081 yuan, 2019 average: Federal Reserve G.5A)`. */
  rateNote(yuanPerDollar: number, year: number, label: string): string;
  /** `5.42 billion yuan (about $785 million)`. */
  withDollars(yuan: string, dollars: string): string;
  year(facts: YearFacts): string;
  case(facts: CaseFacts): string;
}
