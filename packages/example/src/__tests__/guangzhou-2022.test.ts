import { describe, expect, it } from 'vitest';
import { guangzhou2022 } from '../index.js';

/** Exact hundredths of a 万元 from a typed amount (the data carries at most 2 decimals). */
function cents(amount: number): bigint {
  const text = String(amount);
  expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/);
  const [whole = '0', frac = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0')) * (whole.startsWith('-') ? -1n : 1n);
}

const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n);

describe('the example department (广州市人民政府办公厅 2022)', () => {
  it('spends exactly 32,601.53万元 and every line’s months add up to its 全年执行数', () => {
    const lines = guangzhou2022.budgetLines;
    expect(sum(lines.map((l) => cents(l.spent)))).toBe(3260153n);
    for (const l of lines) {
      expect(sum(l.monthly.map(cents)), l.name).toBe(cents(l.spent));
      expect(l.monthly).toHaveLength(12);
      expect(cents(l.spent) <= cents(l.budget), l.name).toBe(true);
    }
  });

  it('spends every 项目支出 line in full (项目支出支付率 100%)', () => {
    const project = guangzhou2022.budgetLines.filter((l) => l.type === '项目支出');
    expect(project.length).toBeGreaterThan(0);
    for (const l of project) expect(cents(l.spent), l.name).toBe(cents(l.budget));
  });

  it('has unique indicator names worth 100 points and the report’s 10 key indicators in order', () => {
    const names = guangzhou2022.indicators.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
    expect(sum(guangzhou2022.indicators.map((i) => cents(Number(i.points))))).toBe(10000n);
    expect(guangzhou2022.indicators.filter((i) => i.key === true).map((i) => i.name)).toEqual([
      '完成高质量调研报告数量',
      '组织开展重点课题分析和调研次数',
      '经济社会发展信息和社会舆情搜集期数',
      '会务接待等运行保障服务批次',
      '市公务用车管理信息系统的管理和维护任务完成率',
      '公文交换份数',
      '业务培训人次',
      '办公用房、公务用车及办公设施设备等服务保障率',
      '信息安全定级和等级保护备案率',
      '定期开展等级测评工作完成率',
    ]);
  });

  it('gives a 偏差原因 on the two indicators that lose points', () => {
    for (const name of ['采购合同签订时效性', '合同备案时效性']) {
      const indicator = guangzhou2022.indicators.find((i) => i.name === name);
      expect(indicator?.deviationReason, name).toBeTruthy();
    }
  });
});
