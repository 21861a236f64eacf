import { describe, expect, it } from 'vitest';
import { rowKind } from '../read-rows.js';
import type { CellValue, SheetGrid } from '../port.js';

const grid = (rows: CellValue[][]): SheetGrid => ({
  name: '预算执行',
  origin: { row: 0, col: 0 },
  values: rows,
});
const kindOf = (...cells: CellValue[]) => rowKind(grid([cells]), 0);

describe('rowKind', () => {
  it('knows totals, sub-totals and 其中 rows by a whole label in any cell, in any form', () => {
    for (const label of ['合计', '总计', '汇总', '合计数', '年度资金总额', '总分', '合计得分'])
      expect(kindOf(1, label, 100)).toBe('total');
    for (const label of [
      '本年合计',
      '全部总计',
      'Total',
      'TOTALS',
      'Grand Total',
      '合 计',
      '合计：',
    ])
      expect(kindOf(label)).toBe('total');
    // full-width and ideographic spaces are normalised first
    expect(kindOf('ＴＯＴＡＬ')).toBe('total');
    expect(kindOf('合\u3000计')).toBe('total');
    for (const label of [
      '小计',
      '分项小计',
      'Subtotal',
      '基本支出小计',
      '项目支出合计',
      '差旅经费小计',
    ])
      expect(kindOf(label)).toBe('subtotal');
    expect(kindOf('其中：人员经费')).toBe('part');
    expect(kindOf('其中')).toBe('part');
  });

  it('reads names, amounts and empty text as a line; never a label inside a longer name', () => {
    for (const name of [
      '综合计划处',
      '会计核算中心',
      '预算项目12',
      '基本支出',
      '',
      ' ',
      '合计 项目 A',
    ])
      expect(kindOf(name, 12.5, null)).toBe('line');
    expect(kindOf(100, null, 3)).toBe('line');
    expect(rowKind(grid([]), 0)).toBe('line');
  });
});
