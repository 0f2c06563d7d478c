/** The terminal mode and the one-shot CLI, as a reporter uses them. */
import { describe, expect, it } from 'vitest';
import { responseProblems } from '../../../src/discord/validate.js';
import { complete } from '../../../src/transports/terminal/complete.js';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { encodeTime } from '../../../src/render/pageButtons.js';
import { lineToIncoming, lineToInteraction, UsageError } from '../../../src/transports/terminal/line.js';
import { DATA_VERSION, ROOT, run, testApp } from '../../support/app.js';

describe('reading a typed command', async () => {
  const app = await testApp();
  const read = (line: string, mode: 'run' | 'autocomplete' = 'run') => lineToInteraction(line, app.registry, mode);

  it('reads options with spaces in their values', () => {
    expect(read('/case name:yang xiu zhu').options).toEqual([{ name: 'name', type: 3, value: 'yang xiu zhu' }]);
    expect(read('/search   query:"Bank of China"  ').options).toEqual([{ name: 'query', type: 3, value: 'Bank of China' }]);
  });

  it('converts values to the option type', () => {
    expect(read('/year year:2019').options).toEqual([{ name: 'year', type: 4, value: 2019 }]);
  });

  it('marks the last option as the one being typed for autocomplete', () => {
    expect(read('/case name:yan', 'autocomplete').options).toEqual([{ name: 'name', type: 3, value: 'yan', focused: true }]);
    expect(read('/case', 'autocomplete').options).toEqual([{ name: 'name', type: 3, value: '', focused: true }]);
  });

  it.each([
    ['year year:2019', /starts with \//],
    ['/nope', /unknown command \/nope/],
    ['/year 2019', /write options as name:value/],
    ['/year year:abc', /whole number/],
    ['/year', /`year` is required/],
    ['/year year:2019 year:2018', /given twice/],
    ['/help please', /takes no options/],
  ])('refuses %s', (line, message) => {
    expect(() => read(line)).toThrow(UsageError);
    expect(() => read(line)).toThrow(message);
  });
});

describe('pressing a button in the terminal', async () => {
  const app = await testApp();

  it('reads /press <custom_id> as the button press Discord would send', () => {
    expect(lineToIncoming('/press cases:1:terminal:abc::::', app.registry)).toEqual({
      type: 3,
      customId: 'cases:1:terminal:abc::::',
      locale: 'en-US',
      userId: 'terminal',
    });
    expect(() => lineToIncoming('/press', app.registry)).toThrow('/press needs the button');
    expect(lineToIncoming('/year year:2019', app.registry, 'run', 'zh-CN')).toMatchObject({ type: 2, locale: 'zh-CN' });
  });
});

/** Files the bot saved, from the "saved as …" lines it printed; removed after reading. */
function savedFiles(output: string): string[] {
  const files = [...output.matchAll(/saved as (\S+)/g)].map((m) => m[1]!);
  return files;
}

function removeSaved(files: string[]): void {
  for (const file of files) rmSync(path.dirname(file), { recursive: true, force: true });
}

describe('tab completion', async () => {
  const app = await testApp();

  it('completes a command name', async () => {
    expect(await complete('/ye', app)).toEqual([['/year '], '/ye']);
  });

  it('completes an option name', async () => {
    expect(await complete('/case n', app)).toEqual([['name:'], 'n']);
  });

  it('completes a value from the same autocomplete as Discord', async () => {
    expect(await complete('/case name:yangxiu', app)).toEqual([['Yang Xiuzhu'], 'yangxiu']);
    expect((await complete('/year year:20', app))[0]).toContain('2019');
  });
});

describe('npm start without a token', () => {
  it('answers piped commands, one a line, and ends at end of input', async () => {
    const result = await run([`${ROOT}/src/main.ts`], { input: '/year year:2019\n\n/case name:yangxiuzhu\n/nope\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('│ Sky Net 2019');
    expect(result.stdout).toContain('│ ▲ +706 (+52.9%) on 2018');
    expect(result.stdout).toContain('│ Yang Xiuzhu 杨秀珠');
    expect(result.stdout).toContain('⚠️ unknown command /nope');
  });

  it('turns pages with /press, switches to Chinese with /locale, and says where attachments went', async () => {
    const page2 = `/press cases:1:terminal:${encodeTime(Date.now())}::::`;
    const result = await run([`${ROOT}/src/main.ts`], { input: `/cases\n${page2}\n/locale zh-CN\n/export what:years\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\[Next ▶\] {2}→ {2}\/press cases:1:terminal:[0-9a-z]+::::/);
    expect(result.stdout).toContain('[◀ Previous] (not available)');
    expect(result.stdout).toContain('│ 73 cases · page 2 of 15');
    expect(result.stdout).toContain('│ 导出：年度数据');
    const files = savedFiles(result.stdout);
    try {
      expect(files).toHaveLength(1);
      expect(path.basename(files[0]!)).toBe(`skynet-years-${DATA_VERSION}.csv`);
      expect(readFileSync(files[0]!, 'utf8').startsWith('\uFEFFyear,basis')).toBe(true);
    } finally {
      removeSaved(files);
    }
  });
});

describe('message commands in the terminal', () => {
  it('runs "Check facts" on a pasted line, and posts its verdicts with the button printed under it', async () => {
    const draft = 'Sky Net 2019 brought back 2,041 fugitives. Xu Chaofan was extradited from Canada.';
    const result = await run([`${ROOT}/src/main.ts`], { input: `/message check-facts ${draft}\n/press check-facts:post\n` });
    expect(result.code).toBe(0);
    const [privately, posted] = result.stdout.split('[Post to channel]  →  /press check-facts:post');
    expect(privately).toContain('(only you can see this)');
    expect(privately).toContain('❌ “extradited from Canada” contradicted: Xu Chaofan: forcibly repatriated from the United States, 11 July 2018');
    // The press carries the message its button is on, as Discord's does: the same verdicts, now for everyone.
    expect(posted).toContain('│ Draft checked against the data');
    expect(posted).not.toContain('(only you can see this)');
  });

  it('finds the people a line names, and opens a case from its button', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/message find-cases Yang Xiuzhu and xu chaofan', '--json']);
    expect(result.code).toBe(0);
    const { data } = JSON.parse(result.stdout) as { data: { components: { components: { custom_id: string }[] }[] } };
    expect(data.components[0]!.components.map((b) => b.custom_id)).toEqual(['case:open:yang-xiuzhu', 'case:open:xu-chaofan']);
    const card = await run([`${ROOT}/src/cli/ask.ts`, '/press case:open:yang-xiuzhu']);
    expect(card.stdout).toContain('│ Yang Xiuzhu 杨秀珠');
  });

  it('says how to name the message command when the line does not', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/message shout hello']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/message needs a message command and the message's text: /message <check-facts, find-cases> <text>");
  });
});

describe('npm run ask', () => {
  it('prints the interaction response Discord would receive, and nothing else', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/year year:2019', '--json']);
    expect(result.code).toBe(0);
    const response = JSON.parse(result.stdout);
    expect(response.type).toBe(4);
    expect(responseProblems(response)).toEqual([]);
    const text = JSON.stringify(response.data.embeds);
    for (const figure of ['2,041', '5.42 billion yuan', '+706 (+52.9%) on 2018', '+1.879 billion yuan (+53.1%) on 2018']) expect(text).toContain(figure);
  });

  it('prints autocomplete choices', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/case name:yang x', '--autocomplete', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ type: 8, data: { choices: [expect.objectContaining({ value: 'Yang Xiuzhu' })] } });
  });

  it('draws the reply for a reader', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/case name:yang xiuzhu']);
    // The copy-ready sentence (the message text), then the card.
    expect(result.stdout).toMatch(/^Yang Xiuzhu \(杨秀珠\), former deputy director .*, No\. 1 on China's list of 100 .*\n│ Yang Xiuzhu 杨秀珠\n/);
  });

  it('exits 2 with usage on a malformed line', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/year year:soon', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('usage: npm run ask');
  });

  it('pages across separate runs (state lives in the button), and in Chinese with --locale', async () => {
    const first = await run([`${ROOT}/src/cli/ask.ts`, '/cases', '--locale=zh-CN']);
    expect(first.stdout).toContain('│ 案件列表');
    const next = /\/press (cases:1:\S+)/.exec(first.stdout)?.[1];
    expect(next).toBeDefined();
    const second = await run([`${ROOT}/src/cli/ask.ts`, `/press ${next}`, '--json']);
    const response = JSON.parse(second.stdout);
    expect(response.type).toBe(7);
    expect(response.data.embeds[0].description).toBe('73 cases · page 2 of 15');
  });

  it('writes an attachment to a temporary file and says where', async () => {
    const result = await run([`${ROOT}/src/cli/ask.ts`, '/chart metric:fugitives', '--json']);
    expect(JSON.parse(result.stdout).data.attachments).toEqual([expect.objectContaining({ filename: 'skynet-fugitives-bar.png' })]);
    const files = savedFiles(result.stderr);
    try {
      expect(files).toHaveLength(1);
      expect(existsSync(files[0]!)).toBe(true);
      expect(readFileSync(files[0]!).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      removeSaved(files);
    }
  });
});
