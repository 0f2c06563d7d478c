import { describe, expect, it } from 'vitest';
import { askEmbed, field } from '../support/app.js';

describe('/about', () => {
  it("gives the dataset's counts, source and version", async () => {
    const embed = await askEmbed('/about');
    const data = field(embed, 'Data');
    expect(data).toContain('6 years of totals (2015–2020)');
    expect(data).toContain('73 named cases');
    expect(data).toMatch(/\d+ source addresses, each with its report's date; \d+ published counts of the list of 100 \(\/list100\)/);
    expect(field(embed, 'Latest change')).toMatch(
      /^Data \S+, \d+ \w+ \d{4}: Added 54 cases, 157 source addresses; Changed 16 cases, 1 year\. See \/changes\.$/,
    );
    expect(data).toMatch(/\d+ milestones/);
    expect(field(embed, 'Source')).toContain('000_5734a7255cf0a847.txt');
    expect(field(embed, 'Version')).toMatch(/^bot \d+\.\d+\.\d+ · data \S+$/);
  });
});
