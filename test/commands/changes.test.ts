import { describe, expect, it } from 'vitest';
import { askEmbed, field } from '../support/app.js';

describe('/changes', () => {
  it('shows the latest changes to the data, newest first, with what each added and changed', async () => {
    const embed = await askEmbed('/changes');
    expect(embed.title).toBe('What changed in the data');
    expect(embed.description).toBe('1 of 1 change, newest first. Each is made with `npm run data:import` or by hand, and recorded in changelog.json.');
    const entry = field(embed, 'Data 2026-12-02.1 · 2 December 2026').split('\n');
    expect(entry[0]).toBe(
      '**Added**: 54 cases (Xie Renliang, Dai Xuemin, Yang Jinjun, Kuang Wanfang, Zhan Zaisheng, Zhao Ruheng and 48 more), 157 source addresses',
    );
    expect(entry[1]).toBe('**Changed**: 16 cases (Wang Guoqiang, Pang Shunxi, An Huimin, Li Huabo, Huang Yurong, Yan Yongming and 10 more), 1 year (2024)');
    expect(entry[2]).toMatch(/^-# Issue 14 \(the data desk\), by hand/);
    expect(embed.footer?.text).toBe('Serving data 2026-12-02.1');
  });

  it('speaks Chinese to a zh-CN reader', async () => {
    const embed = await askEmbed('/changes', 'zh-CN');
    expect(embed.title).toBe('数据变更记录');
    expect(field(embed, '数据版本 2026-12-02.1 · 2026年12月2日')).toContain(
      '**新增**：54个案件（Xie Renliang、Dai Xuemin、Yang Jinjun、Kuang Wanfang、Zhan Zaisheng、Zhao Ruheng等，另有48项）、157个来源网址',
    );
  });
});
