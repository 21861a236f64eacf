/**
 * Issue 17: a workbook whose sheets are named with the variants the reader accepts scores the same
 * from the command line as with the contract's names; a report without 报告模板 follows the default
 * template, as on every surface.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleLayout, SHEET_NAME_VARIANTS } from '@jixiao/pipeline/port-contract';
import { createWorkbook } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../test/helpers.js';

describe('sheet-name variants on the command line', () => {
  it('score --json prints the same summary whatever the variant', async () => {
    const dir = tempDir();
    const summaries: unknown[] = [];
    for (const [i, [budget, indicators]] of SHEET_NAME_VARIANTS.entries()) {
      const input = join(dir, `v${i}.xlsx`);
      writeFileSync(input, createWorkbook(exampleLayout(budget, indicators)));
      const r = await runCli(['score', input, '--json']);
      expect(r.code, r.err).toBe(0);
      summaries.push(JSON.parse(r.out));
    }
    expect(summaries[0]).toMatchObject({ score: 96.99, grade: '优', counts: { errors: 0 } });
    for (const s of summaries.slice(1)) expect(s).toEqual(summaries[0]);
  });

  it('report without 报告模板: the Word document follows the default template, and says so', async () => {
    const dir = tempDir();
    const input = join(dir, '无模板.xlsx');
    const layout = exampleLayout();
    writeFileSync(
      input,
      createWorkbook({ sheets: layout.sheets.filter((s) => !s.name.startsWith('报告')) }),
    );
    const r = await runCli(['report', input, '-o', join(dir, '报告.docx')]);
    expect(r.code, r.err).toBe(0);
    // listed with the other issues, before the file is written
    expect(r.out).toContain('报告已按默认模板');
    expect(r.out).toContain('jixiao init');
    expect(readFileSync(join(dir, '报告.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});
