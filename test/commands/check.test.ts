import { describe, expect, it } from 'vitest';
import { evaluateClaim } from '../../src/data/claims.js';
import type { YearRecord } from '../../src/data/schema.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { namesIndexed } from '../../src/factcheck/names.js';
import { silentLogger } from '../../src/log.js';
import { lineToIncoming } from '../../src/transports/terminal/line.js';
import { ask, askEmbed, askMessage, field, testApp } from '../support/app.js';

const plain = { value: (_m: string, n: number) => String(n), percent: (p: number) => `${p.toFixed(1)}%` };

describe('/check', () => {
  it("sets each of the report's claims against the figures, with the arithmetic", async () => {
    const embed = await askEmbed('/check');
    expect(embed.title).toBe('The report’s claims, checked against its own figures');
    expect(embed.description).toBe(
      '6 of 6 claims agree with the yearly figures; 4 of the 6 only partly checked, as they speak of years the data does not have. The arithmetic is shown under each.',
    );
    const rise = field(embed, '✅ 2018 · Money recovered rose 261% on 2017');
    expect(rise).toContain('`(3.541 bn − 980 m) ÷ 980 m = +261.3%`');
    expect(rise).toContain('> The amount of stolen goods recovered increased by 261% over 2017');
    expect(field(embed, /2019 reached the highest level in history \(money recovered\)/)).toContain(
      '2019: 5.42 bn > 2018: 3.541 bn > 2015: 3 bn > 2020: 2.95 bn > 2016: 2.4 bn > 2017: 980 m',
    );
    expect(field(embed, /Second best year/)).toContain('2020: #2 of 6 years, 2015–2020 (claimed: #2)');
    expect(field(embed, /about the same as the yearly average/)).toContain('÷ 6 = 3.049 bn (2015–2020)');
    expect(field(embed, /about the same as the yearly average/)).toContain('-3.2%');
    expect(field(embed, /rose every year/)).toContain('2015: 1,023 < 2016: 1,032 < 2017: 1,300 < 2018: 1,335 < 2019: 2,041');
  });

  it('marks a claim the figures do not bear out', async () => {
    const years = (await testApp()).store.current().years;
    const y2018 = years.find((y) => y.year === 2018)!;
    const wrong = { ...y2018.claims[0]!, check: { kind: 'change-percent' as const, metric: 'recovered' as const, base: 2017, expected: 300 } };
    const result = evaluateClaim(years, y2018, wrong, plain);
    expect(result.consistent).toBe(false);
    expect(result.working[0]).toBe('(3541000000 − 980000000) ÷ 980000000 = 261.3%');
    // A fall inside a "rising" span is caught and shown with ≥.
    const dipped: YearRecord[] = years.map((y) => (y.year === 2017 ? { ...y, returned: 1000 } : y));
    const rising = evaluateClaim(dipped, dipped.find((y) => y.year === 2019)!, dipped.find((y) => y.year === 2019)!.claims[2]!, plain);
    expect(rising.consistent).toBe(false);
    expect(rising.working[0]).toContain('2016: 1032 ≥ 2017: 1000');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/check', 'zh-CN');
    expect(embed.title).toBe('报道中的推论，与其自身数据核对');
    expect(embed.fields?.[0]?.value).toContain('**相符**');
    expect(embed.fields?.[0]?.value).toContain('35.41亿');
  });
});

describe('/check text: a reporter’s draft', () => {
  it('marks the draft’s figures and names against the data', async () => {
    const embed = await askEmbed(
      '/check text:Sky Net 2019 brought back 2,041 fugitives and recovered 5.42 billion yuan, a record. Xu Chaofan was extradited from Canada.',
    );
    expect(embed.title).toBe('Draft checked against the data');
    expect(embed.description).toContain('4 claims: ✅ 3 consistent · ❌ 1 contradicted · ➖ 0 not in the data');
    expect(embed.description).toContain(
      '❌ “extradited from Canada” **contradicted**: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018 · the report [1]',
    );
    expect(field(embed, 'Named in the draft')).toBe('Xu Chaofan 许超凡');
  });

  it('keeps checking the report’s own claims without text', async () => {
    expect((await askEmbed('/check')).title).toBe('The report’s claims, checked against its own figures');
  });

  it('says so, without an error, when the draft holds nothing from the data', async () => {
    for (const text of ['🎉🎉', '<@123456789012345678> https://example.com/2019/2041', '```\n2041\n```', 'Привет 안녕하세요']) {
      const data = await askMessage(`/check text:${text}`);
      expect(data.content).toContain('No figures or names from the data found in this text.');
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.flags).toBeUndefined();
    }
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/check text:“天网2020”行动追回外逃人员1241人，追回赃款29.5亿元。', 'zh-CN');
    expect(embed.title).toBe('文稿与数据核对');
    expect(embed.description).toContain('❌ “1241人” **不符**: 2020年追回外逃人员1,421人 · 报道原文');
  });
});

describe('/check, in a serving bot', () => {
  it("prepares the copy desk's tables in the background, for the data served and again for reloaded data", async () => {
    const app = await createApp(loadConfig({}), silentLogger, { cooldown: false });
    expect(namesIndexed(app.store.current().cases)).toBe(false);
    await app.warm();
    expect(namesIndexed(app.store.current().cases)).toBe(true);
    const reloaded = await app.store.reload();
    expect(namesIndexed(reloaded.cases)).toBe(false);
    await app.warm();
    expect(namesIndexed(reloaded.cases)).toBe(true);
    // Prepared or not, a draft gets the same answer.
    const { response } = await app.handle(lineToIncoming('/check text:Xu Chaofan was extradited from Canada in 2018.', app.registry, 'run'));
    expect(response).toEqual(await ask('/check text:Xu Chaofan was extradited from Canada in 2018.'));
  }, 180_000);
});
