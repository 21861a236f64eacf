/**
 * Every issue the test corpus produces — the example, the example with damaged cells (a fixed-seed
 * sample), a report template with every template mistake, the field, rules and forms cases and the
 * command line's .xlsx cases — rendered in both locales. `cases/issue-texts.tsv` holds (one issue a line: case, code and cell, zh-CN, en-US) the texts
 * as they were before messages were rendered at the edge (issue 17): the words must not change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import {
  layoutGrids,
  renderIssue,
  type CellIssue,
  type CellValue,
  type SheetGrid,
  type SheetGrids,
} from '@jixiao/workbook';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { newWorkbookLayout, run, scoreWorkbook } from '../src/index.js';

const HERE = new URL('./', import.meta.url);
const dir = (rel: string): string => fileURLToPath(new URL(rel, HERE));

/** The texts of one issue: `code cell` then the zh-CN and en-US texts. */
function texts(issue: CellIssue): [string, string, string] {
  return [
    `${issue.code} ${issue.cell ?? '-'}`,
    renderIssue(issue, 'zh-CN'),
    renderIssue(issue, 'en-US'),
  ];
}

function example(): SheetGrids {
  return layoutGrids(newWorkbookLayout({ input: guangzhou2022, template: guangzhou2022Template }));
}

/** The example with the given cells (sheet, row, col) set to the given values. */
function damaged(edits: readonly (readonly [string, number, number, CellValue])[]): SheetGrids {
  const grids = example();
  for (const [sheet, row, col, value] of edits) {
    const grid = grids[sheet]!;
    const line = grid.values[row];
    if (line === undefined || col >= line.length) continue;
    line[col] = value;
  }
  return grids;
}

const JUNK: CellValue[] = [
  null,
  '',
  'abc',
  '#DIV/0!',
  '>=95%',
  '≥95%',
  '≤30万元',
  -5,
  0,
  '是',
  '否',
  '也许',
  '120%',
  '=SUM(A1)',
  '5元',
  '3亿',
  'x:1;y',
  '分档',
  '未知方法',
  '正向',
  '反向',
  1e12,
  '2022年',
  '90/80',
  '元',
  '美元',
  '整体支付率',
  '不存在的来源',
  '0.1234567',
];

const SHEETS = ['基本信息', '预算执行', '绩效指标'] as const;

/** Fixed-seed damaged copies of the example: a few cells each replaced by junk. */
function damagedSamples(): SheetGrids[] {
  const edit = fc.tuple(
    fc.constantFrom(...SHEETS),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 14 }),
    fc.constantFrom(...JUNK),
  );
  return fc
    .sample(fc.array(edit, { minLength: 1, maxLength: 6 }), { seed: 17, numRuns: 80 })
    .map((edits) => damaged(edits));
}

/** The example with a report template that makes every template mistake. */
function badTemplate(): SheetGrids {
  return withTemplate({
    name: '报告模板',
    origin: { row: 0, col: 0 },
    values: [
      ['样式', '内容'],
      ['正文', '共支出{{总支岀}}，{{整体支付率:9}}，{{部门名称:2}}，{{不认识的变量}}。'],
      ['正文', '未闭合的{{总支出'],
      ['奇怪样式', '（请填写）和（请概述）'],
      ['表格', '不存在的表'],
      ['正文', '{{扣分指标}}'],
    ],
  });
}

function withTemplate(template: SheetGrid): SheetGrids {
  return { ...example(), 报告模板: template };
}

function emptyTemplate(): SheetGrids {
  return withTemplate({ name: '报告模板', origin: { row: 0, col: 0 }, values: [['样式', '内容']] });
}

async function xlsxCase(path: string): Promise<CellIssue[]> {
  const bytes = new Uint8Array(readFileSync(path));
  return (await run(new XlsxWorkbook(bytes), { dryRun: true })).issues;
}

function xlsxIn(rel: string): string[] {
  const d = dir(rel);
  return readdirSync(d)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => `${d}${f}`);
}

async function corpus(): Promise<Record<string, [string, string, string][]>> {
  const out: Record<string, [string, string, string][]> = {};
  const add = (name: string, issues: readonly CellIssue[]) => {
    out[name] = issues.map(texts);
  };
  add('example', scoreWorkbook(example()).issues);
  damagedSamples().forEach((g, i) => add(`damaged-${i}`, scoreWorkbook(g).issues));
  add('bad-template', scoreWorkbook(badTemplate()).issues);
  add('empty-template', scoreWorkbook(emptyTemplate()).issues);
  add('cli-strict', scoreWorkbook(example(), { surface: 'cli' }).issues);
  const info = example()['基本信息']!;
  for (const value of ['abc', '', 0, '90/80/70/60', '2022年']) {
    const edits = info.values.map((_, row) => ['基本信息', row, 1, value] as const);
    add(`info-${String(value)}`, scoreWorkbook(damaged(edits.slice(1))).issues);
  }
  const { 基本信息: only } = example();
  add('missing-sheets', scoreWorkbook({ 基本信息: only! }).issues);
  add('missing-sheets-page', scoreWorkbook({ 基本信息: only! }, { surface: 'page' }).issues);
  for (const rel of [
    './cases/field/',
    './cases/rules/',
    '../test-cases/forms/',
    '../../../apps/cli/test/cases/xlsx/',
  ]) {
    for (const path of xlsxIn(rel)) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      add(`${rel.split('/').at(-2)}/${name}`, await xlsxCase(path));
    }
  }
  return out;
}

describe('issue texts of the test corpus (issue 17)', () => {
  it('renders every issue as before, in zh-CN and en-US', async () => {
    const all = await corpus();
    const codes = new Set(
      Object.values(all)
        .flat()
        .map(([key]) => key.split(' ')[0]),
    );
    expect(codes.size).toBeGreaterThan(30);
    const lines = Object.entries(all).flatMap(([name, issues]) =>
      issues.map((t) => [name, ...t].join('\t')),
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./cases/issue-texts.tsv');
  }, 120_000);
});
