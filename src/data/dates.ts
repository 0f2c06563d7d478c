/**
 * Ordering the report's partial dates. A month sorts before the days inside
 * it (the launch of Sky Net in March 2015 comes before its first result on
 * 28 March), but a bare year sorts after its dated events: "in 2018" is
 * usually a summary of the year, not its start.
 */
export function dateSortKey(date: string): string {
  return date.length === 4 ? `${date}-13` : date;
}

export function compareDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
