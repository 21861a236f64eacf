/**
 * The summary workbook of `jixiao batch`: 汇总 (one row per scored table: a contract workbook or one
 * official form), 问题明细 (every issue with its file and cell), 等级分布, 重复提醒 (a unit or a
 * project met twice) and 跳过的文件 (with the reason).
 */
import { basename } from 'node:path';
import { createWorkbook } from '@jixiao/xlsx';
import type { BatchForm, BatchRow } from './batch-job.js';
import type { Lang } from './i18n.js';

/** A file the batch did not read, and why. */
export interface SkippedFile {
  name: string;
  reason: string;
}

/** A unit or a project found in more than one table. */
export interface Duplicate {
  kind: 'unit' | 'project';
  name: string;
  /** `file` or `file › sheet`, each occurrence */
  places: string[];
}

const L = {
  zh: {
    sheets: ['汇总', '问题明细', '等级分布', '重复提醒', '跳过的文件'],
    summary: [
      '文件',
      '工作表',
      '表格',
      '单位',
      '项目',
      '评价年度',
      '执行率(%)',
      '自评得分',
      '满分',
      '等级',
      '是否完整',
      '错误',
      '警告',
      '表中错误',
      '状态',
      '说明',
    ],
    issues: ['文件', '单元格', '级别', '说明'],
    grades: ['等级', '份数'],
    duplicates: ['类型', '名称', '出现位置'],
    skipped: ['文件', '原因'],
    contract: '工作簿约定',
    wholeDepartment: '部门整体',
    yes: '是',
    no: '否（暂定）',
    provisional: '暂定（未评等级）',
    unscored: '无法评分',
    failed: '文件错误',
    severity: { error: '错误', warning: '警告', info: '提示' },
    status: { scored: '已评分', provisional: '暂定', unscored: '无法评分', failed: '文件错误' },
    dupKind: { unit: '单位重复', project: '项目重复' },
  },
  en: {
    sheets: ['Summary', 'Issues', 'Grades', 'Duplicates', 'Skipped'],
    summary: [
      'File',
      'Sheet',
      'Form',
      'Unit',
      'Project',
      'Year',
      'Execution rate (%)',
      'Score',
      'Out of',
      'Grade',
      'Complete',
      'Errors',
      'Warnings',
      'Printed mistakes',
      'Status',
      'Message',
    ],
    issues: ['File', 'Cell', 'Severity', 'Message'],
    grades: ['Grade', 'Count'],
    duplicates: ['Kind', 'Name', 'Found in'],
    skipped: ['File', 'Reason'],
    contract: 'workbook contract',
    wholeDepartment: 'whole department',
    yes: 'yes',
    no: 'no (provisional)',
    provisional: 'provisional (no grade)',
    unscored: 'not scored',
    failed: 'file error',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    status: {
      scored: 'scored',
      provisional: 'provisional',
      unscored: 'not scored',
      failed: 'file error',
    },
    dupKind: { unit: 'same unit', project: 'same project' },
  },
} as const;

const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Units met in more than one whole-department table (contract workbooks and 部门整体 forms), and
 * projects met more than once for the same unit.
 */
export function findDuplicates(rows: readonly BatchRow[]): Duplicate[] {
  const units = new Map<string, { name: string; places: string[] }>();
  const projects = new Map<string, { name: string; places: string[] }>();
  const add = (
    map: Map<string, { name: string; places: string[] }>,
    k: string,
    name: string,
    place: string,
  ) => {
    const entry = map.get(k) ?? { name, places: [] };
    entry.places.push(place);
    map.set(k, entry);
  };
  for (const row of rows)
    for (const f of row.forms) {
      const place = f.sheet === null ? basename(row.input) : `${basename(row.input)} › ${f.sheet}`;
      if (f.kind === 'department' && f.unit !== '') add(units, key(f.unit), f.unit, place);
      if (f.kind === 'project' && f.project !== null) {
        const name = f.unit === '' ? f.project : `${f.unit} · ${f.project}`;
        add(projects, `${key(f.unit)}\u0000${key(f.project)}`, name, place);
      }
    }
  const out: Duplicate[] = [];
  for (const [kind, map] of [
    ['unit', units],
    ['project', projects],
  ] as const)
    for (const { name, places } of map.values())
      if (places.length > 1) out.push({ kind, name, places });
  return out;
}

function formRow(row: BatchRow, f: BatchForm | null, lang: Lang): (string | number | null)[] {
  const l = L[lang];
  const complete = f === null ? null : f.complete ? l.yes : l.no;
  return [
    basename(row.input),
    f?.sheet ?? null,
    f === null ? null : (f.layout ?? l.contract),
    f?.unit === '' || f === null ? (row.department === '' ? null : row.department) : f.unit,
    f === null ? null : (f.project ?? (f.kind === 'department' ? l.wholeDepartment : null)),
    f?.year ?? row.year,
    f?.rate ?? null,
    f?.score ?? null,
    f?.points ?? null,
    f?.grade ?? null,
    complete,
    row.status === 'failed' ? null : (f?.counts.errors ?? row.counts.errors),
    row.status === 'failed' ? null : (f?.counts.warnings ?? row.counts.warnings),
    f?.mistakes ?? null,
    f === null ? l.status[row.status] : f.complete ? l.status.scored : l.status.provisional,
    row.message,
  ];
}

/** The summary workbook's bytes. */
export function summaryWorkbook(
  rows: readonly BatchRow[],
  lang: Lang,
  skipped: readonly SkippedFile[] = [],
): Uint8Array {
  const l = L[lang];
  const summary = rows.flatMap((row) =>
    row.forms.length === 0
      ? [formRow(row, null, lang)]
      : row.forms.map((f) => formRow(row, f, lang)),
  );
  const issues = rows.flatMap((row) =>
    row.issues.map((i) => [
      basename(row.input),
      i.cell,
      l.severity[i.severity],
      // the cell has its own column: the message without its `cell：` prefix
      i.cell !== null && i.message.startsWith(i.cell)
        ? i.message.slice(i.cell.length).replace(/^[：:]\s*/, '')
        : i.message,
    ]),
  );
  const grades = new Map<string, number>([
    ['优', 0],
    ['良', 0],
    ['中', 0],
    ['差', 0],
    [l.provisional, 0],
    [l.unscored, 0],
    [l.failed, 0],
  ]);
  const bump = (k: string) => grades.set(k, (grades.get(k) ?? 0) + 1);
  for (const row of rows) {
    if (row.status === 'failed') bump(l.failed);
    else if (row.forms.length === 0) bump(l.unscored);
    for (const f of row.forms) bump(f.complete && f.grade !== null ? f.grade : l.provisional);
  }
  const duplicates = findDuplicates(rows).map((d) => [
    l.dupKind[d.kind],
    d.name,
    d.places.join('；'),
  ]);
  const [sSummary, sIssues, sGrades, sDup, sSkipped] = l.sheets;
  return createWorkbook({
    sheets: [
      {
        name: sSummary,
        rows: [[...l.summary], ...summary],
        headerRows: 1,
        frozenColumns: 2,
        columnWidths: [30, 18, 22, 28, 28, 10, 12, 10, 8, 6, 10, 6, 6, 8, 10, 60],
        columnFormats: [
          null,
          null,
          null,
          null,
          null,
          '0',
          '0.00',
          '0.00',
          '0.##',
          null,
          null,
          '0',
          '0',
          '0',
          null,
          null,
        ],
        wrapColumns: [15],
      },
      {
        name: sIssues,
        rows: [[...l.issues], ...issues],
        headerRows: 1,
        columnWidths: [30, 24, 8, 90],
        wrapColumns: [3],
      },
      {
        name: sGrades,
        rows: [[...l.grades], ...[...grades].map(([g, n]) => [g, n])],
        headerRows: 1,
        columnWidths: [18, 8],
        columnFormats: [null, '0'],
      },
      {
        name: sDup,
        rows: [[...l.duplicates], ...duplicates],
        headerRows: 1,
        columnWidths: [12, 40, 80],
        wrapColumns: [2],
      },
      {
        name: sSkipped,
        rows: [[...l.skipped], ...skipped.map((s) => [s.name, s.reason])],
        headerRows: 1,
        columnWidths: [40, 80],
        wrapColumns: [1],
      },
    ],
  });
}
