// No final number over an error (issue 9, item 11): what `jixiao score` prints and exits with, on
// field cases kept in the pipeline's tests.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../test/helpers.js';

const FIELD = fileURLToPath(
  new URL('../../../packages/pipeline/test/cases/field/', import.meta.url),
);

describe('provisional results', { timeout: 60_000 }, () => {
  it('an error prints 暂定得分 without a grade, JSON says complete:false and grade:null, exit 1', async () => {
    const dir = tempDir();
    const input = join(FIELD, 'F02c-ah-tangxi-targets-as-formulas.xlsx');
    const text = await runCli(['score', input, '-o', join(dir, 'a.xlsx')]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('暂定得分        84.00 分（2 项未能计分，等级暂不评定）');
    expect(text.out).not.toMatch(/等级\s+[优良中差]/);
    const json = await runCli(['score', input, '--json', '-o', join(dir, 'b.xlsx')]);
    expect(json.code).toBe(1);
    const summary = JSON.parse(json.out) as Record<string, unknown>;
    expect(summary).toMatchObject({ score: 84, complete: false, grade: null, unscored: 2 });
  });

  it('a complete run prints the score and grade and exits 0; 总分值 6 shows 得分率', async () => {
    const dir = tempDir();
    const r = await runCli([
      'score',
      join(FIELD, 'F04-jx-gaozhi-2023.xlsx'),
      '-o',
      join(dir, 'a.xlsx'),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('自评得分        6.00 分');
    expect(r.out).toContain('等级            优');
    expect(r.out).toContain('得分率          100.00%（总分值 6 分）');
  });
});
