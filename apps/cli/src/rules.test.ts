import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, sha, tempDir } from '../test/helpers.js';

describe('jixiao score --rule', () => {
  it('applies a province rule the workbook does not state and says so', async () => {
    const dir = tempDir();
    const input = join(dir, '示例.xlsx');
    copyFileSync(EXAMPLE, input);
    // The example's execution rate is 99.99%: below 100%, a cap of 95 lowers 96.99 to 95.00.
    const r = await runCli(['score', input, '--rule', '执行率封顶=100%:95']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('95.00 分');
    expect(r.out).toContain(
      '执行率 99.99% 低于 100%，得分率不超过 95%，总分由 96.99 分封顶为 95.00 分（执行率封顶）',
    );
  }, 30_000);

  it('--json carries the cap with the sum before it', async () => {
    const dir = tempDir();
    const input = join(dir, '示例.xlsx');
    copyFileSync(EXAMPLE, input);
    const j = JSON.parse(
      (
        await runCli([
          'score',
          input,
          '--json',
          '--rule',
          '执行率封顶=100%:95',
          '-o',
          join(dir, 'o.xlsx'),
        ])
      ).out,
    );
    expect(j.score).toBe(95);
    expect(j.cap).toEqual({
      uncapped: 96.99,
      note: '执行率 99.99% 低于 100%，得分率不超过 95%，总分由 96.99 分封顶为 95.00 分（执行率封顶）',
    });
  }, 30_000);

  it('refuses an unknown rule or a value that cannot be read (exit 2), writing nothing', async () => {
    const dir = tempDir();
    const input = join(dir, '示例.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const unknown = await runCli(['score', input, '--rule', '封顶=80%:89']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知规则“封顶”');
    const bad = await runCli(['score', input, '--rule', '偏离扣分=130%扣2分']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('偏离扣分“130%扣2分”无法识别，应写作偏离比例:扣分或“说明”');
    expect(sha(input)).toBe(before);
  }, 30_000);
});
