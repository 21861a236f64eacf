import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, enumerate, joinList } from '../lists.js';

describe('lists read as Chinese', () => {
  it('numbers clauses 一是…；二是…', () => {
    expect(enumerate(['预算资金支付均衡性有待提高。', '绩效运行监督有待进一步加强；'])).toBe(
      '一是预算资金支付均衡性有待提高；二是绩效运行监督有待进一步加强',
    );
    expect(enumerate(['只有一项。'])).toBe('只有一项');
  });
  it('joins names with 、', () => {
    expect(joinList(['采购合同签订时效性', '合同备案时效性'])).toBe(
      '采购合同签订时效性、合同备案时效性',
    );
  });
  it('writes Chinese numerals', () => {
    expect([1, 2, 9, 10, 11, 12, 20, 21, 99, 100].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十二',
      '二十',
      '二十一',
      '九十九',
      '100',
    ]);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
  it('gives every clause its own ordinal, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[甲乙丙丁]{1,4}$/), { minLength: 2, maxLength: 30 }),
        (items) => {
          const parts = enumerate(items).split('；');
          expect(parts).toHaveLength(items.length);
          parts.forEach((p, i) => expect(p).toBe(`${chineseNumeral(i + 1)}是${items[i]}`));
        },
      ),
    );
  });
});
