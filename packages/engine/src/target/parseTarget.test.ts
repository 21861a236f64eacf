import { describe, expect, it } from 'vitest';
import { parseTarget, unreadComparator } from './parseTarget.js';

describe('parseTarget', () => {
  it('reads official notation into comparator, value and unit', () => {
    expect(parseTarget('≥95%')).toEqual({
      kind: 'number',
      comparator: '≥',
      value: '0.95',
      percent: true,
      unit: '%',
    });
    expect(parseTarget('>=95%')).toEqual({
      kind: 'number',
      comparator: '≥',
      value: '0.95',
      percent: true,
      unit: '%',
    });
    expect(parseTarget('≤30万元')).toEqual({
      kind: 'number',
      comparator: '≤',
      value: '30',
      percent: false,
      unit: '万元',
    });
    expect(parseTarget('=100%')).toEqual({
      kind: 'number',
      comparator: '=',
      value: '1',
      percent: true,
      unit: '%',
    });
    expect(parseTarget('≥50个')).toEqual({
      kind: 'number',
      comparator: '≥',
      value: '50',
      percent: false,
      unit: '个',
    });
    expect(parseTarget(' ＞ 1,000 人次 ')).toEqual({
      kind: 'number',
      comparator: '>',
      value: '1000',
      percent: false,
      unit: '人次',
    });
    expect(parseTarget('<=0.5')).toMatchObject({ comparator: '≤', value: '0.5', unit: null });
    expect(parseTarget('不低于 90%')).toMatchObject({ comparator: '≥', value: '0.9' });
  });
  it('reads 百分比 / 百分率 written out as a percentage', () => {
    expect(parseTarget('≥100百分比')).toEqual({
      kind: 'number',
      comparator: '≥',
      value: '1',
      percent: true,
      unit: '%',
    });
    expect(parseTarget('95百分率')).toMatchObject({ value: '0.95', percent: true, unit: '%' });
  });

  it('reads plain numbers and percentages exactly', () => {
    expect(parseTarget(50)).toEqual({
      kind: 'number',
      comparator: null,
      value: '50',
      percent: false,
      unit: null,
    });
    expect(parseTarget(0.95)).toMatchObject({ value: '0.95' });
    expect(parseTarget(1e-7)).toMatchObject({ value: '0.0000001' });
    expect(parseTarget('95%')).toMatchObject({ comparator: null, value: '0.95', percent: true });
    expect(parseTarget('99.995%')).toMatchObject({ value: '0.99995' });
    expect(parseTarget('-1')).toMatchObject({ value: '-1' });
  });
  it('keeps labels and rejects a comparator without a number', () => {
    expect(parseTarget('达成年度指标')).toEqual({ kind: 'label', label: '达成年度指标' });
    expect(parseTarget('是')).toEqual({ kind: 'label', label: '是' });
    expect(parseTarget('≥abc')).toBeNull();
    expect(parseTarget('')).toBeNull();
    expect(parseTarget(Number.NaN)).toBeNull();
  });
});

describe('unreadComparator', () => {
  it('quotes the character or word before the number that is not a comparator', () => {
    expect(unreadComparator('≒95%')).toBe('≒');
    expect(unreadComparator('≈95%')).toBe('≈');
    expect(unreadComparator('～95%')).toBe('～');
    expect(unreadComparator('~95%')).toBe('~');
    expect(unreadComparator('＞＞95%')).toBe('＞＞');
    expect(unreadComparator('>>95%')).toBe('>>');
    expect(unreadComparator('约95%')).toBe('约');
    expect(unreadComparator('约 30万元')).toBe('约');
    expect(unreadComparator('≒-5%')).toBe('≒');
  });

  it('quotes a word after a percentage', () => {
    expect(unreadComparator('95%左右')).toBe('左右');
    expect(unreadComparator('≥95%左右')).toBe('左右');
  });

  it('is null for targets that read, and for labels that are not comparisons', () => {
    for (const ok of ['≥95%', '≤30万元', '=0', '95%', '50个', '2023年12月', '-5%']) {
      expect(unreadComparator(ok)).toBeNull();
    }
    for (const label of ['达成年度指标', '是', '全年完成培训任务并取得较好成效', '']) {
      expect(unreadComparator(label)).toBeNull();
    }
  });
});
