/** The Chinese words of /export, key for key the English ones. */
import type { enExport } from '../en/export.js';

export const zhExport: typeof enExport = {
  exportFileDescription: (what, version) => `天网${what}，数据版本 ${version}`,
  exportTitle: (what) => `导出：${what}`,
  exportWhat: { years: '年度数据', cases: '案件', milestones: '大事记', sources: '来源' },
  exportDescription: (rows, columns) => `${rows}行CSV（带字节顺序标记的UTF-8，电子表格可正确显示中文）。列：${columns}。每行注明来源。`,
  exportTooLarge: (what, limit, line) => `${what}表导出为CSV超过本服务器允许机器人附加的${limit}。可在机器人所在的机器上运行 \`${line}\` 写出完整文件。`,
  exportFooter: (file, others, version) =>
    `来源：${[file ? `新闻报道 ${file}（中文原文的英文机器翻译）` : undefined, others > 0 ? `另外${others}篇报道` : undefined].filter(Boolean).join('及')}，每行均注明 · 数据版本 ${version}`,
};
