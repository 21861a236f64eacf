/** The summary workbook of `jixiao batch`: one row per department. */
import { basename } from 'node:path';
import { createWorkbook } from '@jixiao/xlsx';
import type { BatchRow } from './batch-job.js';
import type { Lang } from './i18n.js';

const HEADERS = {
  zh: [
    '文件',
    '部门名称',
    '评价年度',
    '自评得分',
    '等级',
    '整体支付率(%)',
    '基本支出支付率(%)',
    '项目支出支付率(%)',
    '错误',
    '警告',
    '提示',
    '状态',
    '说明',
  ],
  en: [
    'File',
    'Department',
    'Year',
    'Score',
    'Grade',
    'Overall rate (%)',
    'Basic rate (%)',
    'Project rate (%)',
    'Errors',
    'Warnings',
    'Notes',
    'Status',
    'Message',
  ],
};
const STATUS = {
  zh: { scored: '已评分', unscored: '无法评分', failed: '文件错误' },
  en: { scored: 'scored', unscored: 'not scored', failed: 'file error' },
};

/** The summary workbook's bytes. */
export function summaryWorkbook(rows: readonly BatchRow[], lang: Lang): Uint8Array {
  const data = rows.map((r) => [
    basename(r.input),
    r.department === '' ? null : r.department,
    r.year,
    r.score,
    r.grade,
    r.rates.overall,
    r.rates.basic,
    r.rates.project,
    r.status === 'failed' ? null : r.counts.errors,
    r.status === 'failed' ? null : r.counts.warnings,
    r.status === 'failed' ? null : r.counts.infos,
    STATUS[lang][r.status],
    r.message,
  ]);
  return createWorkbook({
    sheets: [
      {
        name: lang === 'en' ? 'Summary' : '汇总',
        rows: [HEADERS[lang], ...data],
        headerRows: 1,
        frozenColumns: 2,
        columnWidths: [34, 28, 10, 10, 6, 14, 16, 16, 6, 6, 6, 10, 60],
        columnFormats: [
          null,
          null,
          '0',
          '0.00',
          null,
          '0.00',
          '0.00',
          '0.00',
          '0',
          '0',
          '0',
          null,
          null,
        ],
        wrapColumns: [12],
      },
    ],
  });
}
