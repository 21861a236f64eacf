/**
 * A 报告 sheet edited by hand since the last fill (issue 13 item 6): `score` keeps it and says so
 * (exit 1) unless --force; `report` refuses to export the filled report over it unless --force, and
 * `report --as-is` exports the sheet as it stands.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { applyPlan, readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

const EDIT = '本段已由财务科人工核对改写，请勿覆盖。';

/** The example scored in place once (报告 filled and recorded), then 报告!B4 retyped by a person. */
async function editedWorkbook(): Promise<{ dir: string; input: string; filled: string }> {
  const dir = tempDir();
  const input = join(dir, '示例.xlsx');
  copyFileSync(EXAMPLE, input);
  const first = await runCli(['score', input, '--in-place']);
  expect(first.code).toBe(0);
  const bytes = new Uint8Array(readFileSync(input));
  const filled = readXlsx(bytes, ['报告'])['报告']!.values[3]![1];
  expect(typeof filled).toBe('string');
  // a person's edit in Excel: one cell of 报告, the record of the last fill untouched
  const edited = applyPlan(bytes, {
    cells: [{ sheet: '报告', row: 3, col: 1, address: 'B4', value: EDIT }],
    replaceSheets: [],
  });
  writeFileSync(input, edited);
  return { dir, input, filled: filled as string };
}

const docxText = (path: string): string =>
  strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);

const reportB4 = (path: string): unknown =>
  readXlsx(new Uint8Array(readFileSync(path)), ['报告'])['报告']!.values[3]![1];

// several CLI runs per test: room beyond vitest's 5 s default on a loaded machine
describe('a 报告 edited by hand', { timeout: 60_000 }, () => {
  it('score --in-place keeps it, names the cell, writes the scores and exits 1', async () => {
    const { input, filled } = await editedWorkbook();
    const r = await runCli(['score', input, '--in-place']);
    expect(r.code).toBe(1);
    // the score is final and printed; the warning is listed among the issues
    expect(r.out).toContain('96.99 分');
    expect(r.out).toContain('报告!B4：“报告”工作表在上次填充后被手工修改（B4），本次未覆盖');
    expect(filled).toBe('整体支出绩效自评报告');
    expect(r.err).toBe(
      `\n注意：“报告”工作表在上次填充后被手工修改（报告!B4：“整体支出绩效自评报告”→“${EDIT}”），已保留未覆盖（退出码 1）。如要按报告模板重新填充，请加 --force；如要按现有报告导出 Word，请用 jixiao report --as-is。\n`,
    );
    expect(r.err).toContain('请加 --force');
    expect(r.err).toContain('jixiao report --as-is');
    expect(reportB4(input)).toBe(EDIT);
    // asked again, the same: the record still holds the last fill
    const again = await runCli(['score', input, '--in-place']);
    expect(again.code).toBe(1);
    expect(reportB4(input)).toBe(EDIT);
  });

  it('score -o writes the edited 报告 into the output as well, and --force fills it again', async () => {
    const { dir, input, filled } = await editedWorkbook();
    const out = join(dir, '结果.xlsx');
    const kept = await runCli(['score', input, '-o', out]);
    expect(kept.code).toBe(1);
    expect(reportB4(out)).toBe(EDIT);
    const forced = await runCli(['score', input, '--in-place', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('已按要求重新填充并覆盖这些修改');
    expect(reportB4(input)).toBe(filled);
    // the sheet is the fill again: nothing more to say
    const after = await runCli(['score', input, '--in-place']);
    expect(after.code).toBe(0);
    expect(after.out).not.toContain('手工修改');
  });

  it('report refuses to export the filled report over the edits: no file, exit 1', async () => {
    const { dir, input } = await editedWorkbook();
    const before = sha(input);
    const docx = join(dir, '报告.docx');
    const r = await runCli(['report', input, '-o', docx]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('报告未生成：“报告”工作表在上次填充后被手工修改（报告!B4：');
    expect(r.err).toContain('请用 --as-is 按现有报告导出，或加 --force 按模板导出');
    expect(existsSync(docx)).toBe(false);
    expect(sha(input)).toBe(before);
  });

  it('report --as-is exports the 报告 sheet as it stands; --force the filled report', async () => {
    const { dir, input, filled } = await editedWorkbook();
    const asIs = join(dir, '现有.docx');
    const r = await runCli(['report', input, '-o', asIs, '--as-is']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已写入：${asIs}`);
    expect(docxText(asIs)).toContain(EDIT);
    const forced = join(dir, '模板.docx');
    const f = await runCli(['report', input, '-o', forced, '--force']);
    expect(f.code).toBe(0);
    const text = docxText(forced);
    expect(text).not.toContain(EDIT);
    expect(text).toContain(filled.slice(0, 10));
  });

  it('report --as-is on a workbook whose 报告 is empty: says so, no file, exit 1', async () => {
    const dir = tempDir();
    const input = join(dir, '示例.xlsx');
    copyFileSync(EXAMPLE, input);
    const docx = join(dir, '报告.docx');
    const r = await runCli(['report', input, '-o', docx, '--as-is']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('“报告”工作表不存在或没有内容，无法按现有报告导出');
    expect(existsSync(docx)).toBe(false);
  });
});
