/**
 * The department with two projects (所属项目) of `@jixiao/workbook/testing`, as an .xlsx file, for
 * `jixiao score` and `jixiao forms`: department 98.84% · 95.77 优, 信息化运维项目 99.19% · 97.70 优,
 * 村级补助项目 90.29% · 87.78 良.
 */
import { writeFileSync } from 'node:fs';
import { PROJECTS_INFO, projectsSheets, type PlainRow } from '@jixiao/workbook/testing';
import { createWorkbook } from '@jixiao/xlsx';

/** Writes the workbook to `path` (with extra 基本信息 rows, e.g. a rule). */
export function writeProjectsWorkbook(path: string, extraInfo: PlainRow[] = []): void {
  const info = [...PROJECTS_INFO, ...extraInfo];
  writeFileSync(path, createWorkbook({ sheets: projectsSheets(undefined, undefined, info) }));
}
