import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaceholders } from '../placeholders.js';
import type { Segment } from '../placeholders.js';

function joined(segments: Segment[]): string {
  return segments.map((s) => (s.kind === 'placeholder' ? s.raw : s.text)).join('');
}

describe('parsePlaceholders', () => {
  it('splits text and placeholders with optional decimals', () => {
    expect(parsePlaceholders('共支出{{总支出}}万元，{{项目支出支付率:1}}。')).toEqual([
      { kind: 'text', text: '共支出' },
      { kind: 'placeholder', raw: '{{总支出}}', name: '总支出', decimals: undefined },
      { kind: 'text', text: '万元，' },
      { kind: 'placeholder', raw: '{{项目支出支付率:1}}', name: '项目支出支付率', decimals: '1' },
      { kind: 'text', text: '。' },
    ]);
  });
  it('accepts spaces, full-width braces and a full-width colon', () => {
    expect(parsePlaceholders('{{ 总支出 }}｛｛整体支付率：１｝｝')).toEqual([
      { kind: 'placeholder', raw: '{{ 总支出 }}', name: '总支出', decimals: undefined },
      { kind: 'placeholder', raw: '｛｛整体支付率：１｝｝', name: '整体支付率', decimals: '１' },
    ]);
  });
  it('marks an opening without a closing, up to the next opening', () => {
    expect(parsePlaceholders('得分{{自评得分分，{{评价等级}}')).toEqual([
      { kind: 'text', text: '得分' },
      { kind: 'unclosed', text: '{{自评得分分，' },
      { kind: 'placeholder', raw: '{{评价等级}}', name: '评价等级', decimals: undefined },
    ]);
    expect(parsePlaceholders('末尾{{总支出')).toEqual([
      { kind: 'text', text: '末尾' },
      { kind: 'unclosed', text: '{{总支出' },
    ]);
  });
  it('keeps single braces and stray closings as text', () => {
    expect(parsePlaceholders('a{b}c}}d')).toEqual([{ kind: 'text', text: 'a{b}c}}d' }]);
  });
  it('never loses or changes a character of the content', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('{', '}', '{{', '}}', '｛｛', '｝｝', '总支出', ':', '1', ' ', '文'),
          { maxLength: 30 },
        ),
        (parts) => {
          const content = parts.join('');
          expect(joined(parsePlaceholders(content))).toBe(content);
        },
      ),
    );
  });
});
