import { describe, expect, it } from 'vitest';
import { askEmbed, field } from '../helpers.js';

describe('/about', () => {
  it("gives the dataset's counts, source and version", async () => {
    const embed = await askEmbed('/about');
    const data = field(embed, 'Data');
    expect(data).toContain('6 years of totals (2015–2020)');
    expect(data).toContain('19 named cases');
    expect(data).toMatch(/\d+ milestones/);
    expect(field(embed, 'Source')).toContain('000_5734a7255cf0a847.txt');
    expect(field(embed, 'Version')).toMatch(/^bot \d+\.\d+\.\d+ · data \S+$/);
  });
});
