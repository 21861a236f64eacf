/**
 * The summary workbook of `jixiao batch`: 汇总, the one multi-department table (one row per
 * contract workbook, one row per official form), then 问题明细 (every issue with its file and
 * cell), 等级分布, 重复提醒 (a unit or a project met twice) and 跳过的文件 (with the reason).
 */
import { basename } from 'node:path';
import { departmentTable, type DepartmentRow } from '@jixiao/pipeline';
import { createWorkbook } from '@jixiao/xlsx';
import type { BatchRow } from './batch-job.js';
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
    sheets: ['问题明细', '等级分布', '重复提醒', '跳过的文件'],
    issues: ['文件', '单元格', '级别', '说明'],
    grades: ['等级', '份数'],
    duplicates: ['类型', '名称', '出现位置'],
    skipped: ['文件', '原因'],
    provisional: '暂定（未评等级）',
    unscored: '无法评分',
    failed: '文件错误',
    severity: { error: '错误', warning: '警告', info: '提示' },
    dupKind: { unit: '单位重复', project: '项目重复' },
  },
  en: {
    sheets: ['Issues', 'Grades', 'Duplicates', 'Skipped'],
    issues: ['File', 'Cell', 'Severity', 'Message'],
    grades: ['Grade', 'Count'],
    duplicates: ['Kind', 'Name', 'Found in'],
    skipped: ['File', 'Reason'],
    provisional: 'provisional (no grade)',
    unscored: 'not scored',
    failed: 'file error',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    dupKind: { unit: 'same unit', project: 'same project' },
  },
} as const;

const key = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** The table's rows: one per contract workbook, one per official form. */
export function tableRows(rows: readonly BatchRow[]): DepartmentRow[] {
  return rows.flatMap((r) => r.forms ?? [r]);
}

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
  for (const r of tableRows(rows)) {
    if (r.status === 'failed') continue;
    const place = r.sheet ? `${r.file} › ${r.sheet}` : r.file;
    const unit = r.department ?? '';
    if (r.project) {
      const name = unit === '' ? r.project : `${unit} · ${r.project}`;
      add(projects, `${key(unit)}\u0000${key(r.project)}`, name, place);
    } else if (unit !== '') add(units, key(unit), unit, place);
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

/** The summary workbook's bytes. */
export function summaryWorkbook(
  rows: readonly BatchRow[],
  lang: Lang,
  skipped: readonly SkippedFile[] = [],
): Uint8Array {
  const l = L[lang === 'en-US' ? 'en' : 'zh'];
  const table = departmentTable(tableRows(rows), lang);
  const issues = rows.flatMap((row) =>
    row.issues.map((i) => [basename(row.input), i.cell, l.severity[i.severity], i.message]),
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
  for (const r of tableRows(rows)) {
    if (r.status === 'failed') bump(l.failed);
    else if (r.score === null) bump(l.unscored);
    else bump(r.grade ?? l.provisional);
  }
  const duplicates = findDuplicates(rows).map((d) => [
    l.dupKind[d.kind],
    d.name,
    d.places.join('；'),
  ]);
  const [sIssues, sGrades, sDup, sSkipped] = l.sheets;
  return createWorkbook({
    sheets: [
      {
        name: table.sheet,
        rows: [table.header, ...table.rows],
        headerRows: 1,
        frozenColumns: 2,
        columnWidths: table.columnWidths,
        columnFormats: table.columnFormats,
        wrapColumns: [table.noteColumn],
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
