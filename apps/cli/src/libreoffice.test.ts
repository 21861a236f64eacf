import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../test/helpers.js';

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

function convert(dir: string, filter: string, file: string, outDir: string): void {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Every sheet of `file` as LibreOffice shows it, by sheet name (one CSV per sheet). */
function sheetsAsCsv(dir: string, file: string): (name: string) => string {
  const out = join(dir, 'csv');
  convert(dir, CSV, file, out);
  const files = readdirSync(out);
  return (name) => {
    const hit = files.find((f) => f.endsWith(`-${name}.csv`));
    return hit === undefined ? '' : readFileSync(join(out, hit), 'utf8');
  };
}

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
    convert(dir, CSV, join(dir, 'scored.xlsx'), join(dir, 'csv'));
    const files = readdirSync(join(dir, 'csv'));
    const sheet = (name: string): string =>
      readFileSync(
        join(
          dir,
          'csv',
          files.find((f) => f.endsWith(`-${name}.csv`))!,
        ),
        'utf8',
      );
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
