import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { convert, sheetsAsCsv, soffice } from '@jixiao/xlsx/testing';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../test/helpers.js';

// Runs wherever LibreOffice is installed (it is on the development and CI machines).
describe.runIf(soffice !== undefined)('a workbook saved by another spreadsheet program', () => {
  it('LibreOffice re-saves the example (shared strings, its own styles); jixiao scores it the same and LibreOffice opens the result', async () => {
    const dir = tempDir();
    convert(dir, 'xlsx:Calc MS Excel 2007 XML', EXAMPLE, join(dir, 'lo'));
    const resaved = join(dir, 'lo', readdirSync(join(dir, 'lo'))[0]!);
    expect(readFileSync(resaved).includes(Buffer.from('xl/sharedStrings.xml'))).toBe(true);
    const r = await runCli(['score', resaved, '--json', '-o', join(dir, 'scored.xlsx')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      score: 96.99,
      grade: '优',
      rates: { overall: 99.99 },
      totals: { spent: 32601.53 },
    });
    const sheet = sheetsAsCsv(dir, join(dir, 'scored.xlsx'));
    const indicators = sheet('绩效指标');
    expect(indicators).toContain('合同备案时效性');
    expect(indicators).toMatch(/2\.50/);
    const report = sheet('报告');
    expect(report).toContain('广州市人民政府办公厅2022年度部门');
    expect(report).toContain('32,601.53');
  }, 180_000);

  it('LibreOffice opens a scored Strict OOXML package: the 报告 sheet and the written scores are there', async () => {
    const dir = tempDir();
    const input = fileURLToPath(
      new URL('../test/cases/xlsx/strict_no_report.xlsx', import.meta.url),
    );
    const scored = join(dir, 'strict.scored.xlsx');
    const r = await runCli(['score', input, '-o', scored]);
    expect(r.code).toBe(0);
    // still a Strict package (the 报告 sheet was added in Strict namespaces)
    const workbookXml = new XlsxWorkbook(new Uint8Array(readFileSync(scored))).readPart(
      'xl/workbook.xml',
    );
    expect(Buffer.from(workbookXml!).toString('utf8')).toContain('conformance="strict"');
    const sheet = sheetsAsCsv(dir, scored);
    const report = sheet('报告');
    expect(report).toContain('广州市人民政府办公厅2022年度部门');
    expect(report).toContain('共支出32,601.53万元');
    // 得分 and 扣分 written by jixiao into 绩效指标 (empty in the input)
    const indicators = sheet('绩效指标').split('\n');
    expect(indicators.find((l) => l.includes(',合同备案时效性,'))).toMatch(/,1\.50,2\.50$/);
    expect(indicators.find((l) => l.startsWith('预算执行,预算执行率,预算执行率,'))).toMatch(
      /,105\.26%,10\.00,0\.00$/,
    );
  }, 180_000);
});
