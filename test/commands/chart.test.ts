import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chartHeight, chartSvg, CHART_WIDTH, niceTicks } from '../../src/render/png/chartSvg.js';
import { svgToPng } from '../../src/render/png/render.js';
import { CJK_FAMILY, familyFor, LATIN_FAMILY } from '../../src/render/png/font.js';
import { labels } from '../../src/i18n/labels.js';
import { chartSpec } from '../../commands/chart.js';
import { responseProblems } from '../../src/discord/validate.js';
import { InteractionType } from '../../src/discord/limits.js';
import { DATA_VERSION, field, testApp } from '../support/app.js';

async function chart(line: string, locale = 'en-US') {
  const app = await testApp();
  const options = [...line.matchAll(/(\w+):(\S+)/g)].map((m) => ({ name: m[1]!, type: 3, value: m[2]! }));
  return app.handle({ type: InteractionType.ApplicationCommand, commandName: 'chart', options, locale, userId: 'u' });
}

/** Pixels darker than light grey in a region: text and bars are dark, the background is white. */
function inkIn(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 160 && png.data[i + 1]! < 160 && png.data[i + 2]! < 160) ink++;
    }
  }
  return ink;
}

describe('/chart', () => {
  it('attaches a PNG that decodes, at the stated size, shown inside the embed', async () => {
    const { response, files } = await chart('metric:fugitives');
    expect(responseProblems(response)).toEqual([]);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file!.name).toBe('skynet-fugitives-bar.png');
    expect(file!.contentType).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(file!.data));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, chartHeight(1)]);
    expect([png.width, png.height]).toEqual([1200, 675]);
    const data = (
      response as { data: { embeds: { image?: { url: string }; description: string }[]; attachments: { filename: string; description?: string }[] } }
    ).data;
    expect(data.embeds[0]!.image).toEqual({ url: 'attachment://skynet-fugitives-bar.png' });
    expect(data.attachments[0]).toMatchObject({ filename: 'skynet-fugitives-bar.png' });
    // Alt text a screen reader can use: every year and value.
    expect(data.attachments[0]!.description).toContain('2019 2,041');
  });

  it('draws two panels for both measures, taller, and a line when asked', async () => {
    const { files } = await chart('metric:both kind:line');
    expect(files[0]!.name).toBe('skynet-both-line.png');
    const png = PNG.sync.read(Buffer.from(files[0]!.data));
    expect([png.width, png.height]).toEqual([1200, chartHeight(2)]);
  });

  it('keeps the text chart in the embed for phones', async () => {
    const { response } = await chart('metric:money');
    const embed = (response as { data: { embeds: Parameters<typeof field>[0][] } }).data.embeds[0]!;
    expect(field(embed, 'Money recovered, 2015–2020')).toContain('5.42 bn');
  });

  it('puts a title, axis labels, every value and the source line on the chart', async () => {
    const app = await testApp();
    const svg = chartSvg(chartSpec(app.store.current(), 'fugitives', 'bar', labels('en-US')));
    for (const text of [
      'Sky Net: fugitives returned, 2015–2020',
      'Fugitives returned (people)',
      'Sky Net operation year',
      '2,041',
      '1,023',
      'news report by Wang Zhuo',
      `data ${DATA_VERSION}`,
    ]) {
      expect(svg).toContain(text);
    }
    // Bars start at zero: the axis has a 0 gridline.
    expect(svg).toMatch(/>0<\/text>/);
  });

  it('renders Chinese labels with the shipped font (no system font)', async () => {
    const app = await testApp();
    const spec = chartSpec(app.store.current(), 'money', 'bar', labels('zh-CN'));
    expect(spec.title).toBe('天网行动：追回赃款，2015–2020年');
    expect(spec.panels[0]!.points.find((p) => p.label === '2019')!.shown).toBe('54.2亿');
    // Characters only: a missing glyph would leave the image blank.
    const only = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="60" font-family="${CJK_FAMILY}" font-size="48">${text}</text></svg>`;
    const han = PNG.sync.read(Buffer.from(svgToPng(only('天网追逃杨秀珠'))));
    expect(inkIn(han, 0, 0, 400, 80)).toBeGreaterThan(1500);
    const blank = PNG.sync.read(Buffer.from(svgToPng(only(''))));
    expect(inkIn(blank, 0, 0, 400, 80)).toBe(0);
  });

  it('draws the list of 100 over time as a line on a time axis, the contradicted count in grey', async () => {
    const { response, files } = await chart('metric:list100 kind:bar');
    expect(responseProblems(response)).toEqual([]);
    // A series over time is drawn as a line whatever kind was asked.
    expect(files[0]!.name).toBe('skynet-list100-line.png');
    const png = PNG.sync.read(Buffer.from(files[0]!.data));
    expect([png.width, png.height]).toEqual([1200, 675]);
    const app = await testApp();
    const spec = chartSpec(app.store.current(), 'list100', 'line', labels('en-US'));
    expect(spec.title).toBe('China’s list of 100 fugitives: how many have been caught or returned');
    const points = spec.panels[0]!.points;
    // Placed by date: a year apart is the same distance wherever it falls.
    expect(points.every((p) => p.x !== undefined)).toBe(true);
    expect(points.filter((p) => p.muted).map((p) => [p.label, p.value])).toEqual([['2016-11-12', 34]]);
    expect(spec.panels[0]!.xTicks?.map((t) => t.label)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    const svg = chartSvg(spec);
    // The latest count is always labelled.
    expect(svg).toContain('>64</text>');
    const data = (response as { data: { embeds: Parameters<typeof field>[0][] } }).data;
    expect(field(data.embeds[0]!, 'The highest count published in each year (every count: /list100)')).toContain('2025 ██████████████ 64');
  });

  it('chooses round gridlines from zero', () => {
    expect(niceTicks(2041)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(5_420_000_000)).toEqual([0, 2e9, 4e9, 6e9]);
  });

  it('sets Chinese text in the CJK face and the rest in Source Sans', () => {
    expect(familyFor('Sky Net 2019')).toBe(LATIN_FAMILY);
    expect(familyFor('54.2亿')).toBe(CJK_FAMILY);
    expect(familyFor('（人）')).toBe(CJK_FAMILY);
  });

  it('asks to be deferred, since drawing may take a moment on a busy machine', async () => {
    const app = await testApp();
    expect(app.registry.get('chart')!.defer).toBe(true);
  });
});
