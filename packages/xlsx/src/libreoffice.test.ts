import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, fixturePlan } from '../test/helpers.js';
import { sheetsAsCsv, soffice } from './testing.js';
import { applyPlan } from './workbook.js';

// Runs wherever LibreOffice is installed (it is on the development and CI machines).
describe.runIf(soffice !== undefined)('LibreOffice opens a patched workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the written values, the 报告 sheet, and still computes the pivot table', () => {
    const out = applyPlan(fixture('user-workbook-with-pivot.xlsx'), fixturePlan());
    writeFileSync(join(dir, 'patched.xlsx'), out);
    const sheet = sheetsAsCsv(dir, join(dir, 'patched.xlsx'));
    const budget = sheet('预算执行').split('\n');
    expect(budget[1]).toContain('100.00%');
    expect(budget[2]).toContain('96.79%');
    expect(budget[1]).toContain('用户备注');
    const indicators = sheet('绩效指标').split('\n');
    expect(indicators[1]).toContain('99.38%,9.94,0.06');
    expect(sheet('报告')).toContain('示例局2024年度部门整体支出绩效自评报告');
    expect(sheet('说明')).toContain('1619.4');
    expect(sheet('内部底稿')).toContain('隐藏的用户工作表');
  }, 120_000);
});
