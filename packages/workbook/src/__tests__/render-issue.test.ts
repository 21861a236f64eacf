/**
 * Messages are rendered once, at the edge, from an issue's code and params (issue 17): every code of
 * the engine, the workbook package and the report has a zh-CN and an en-US text, the three sets of
 * codes do not overlap (so the code alone says whose map renders it), and an engine issue placed at
 * a cell renders as the engine's own message for its path, prefixed by the cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, ISSUE_SEVERITY, type Issue } from '@jixiao/engine';
import { messageFor, messages } from '@jixiao/engine/messages';
import { REPORT_MESSAGES } from '@jixiao/report';
import {
  engineIssueAt,
  issueAt,
  renderIssue,
  WORKBOOK_MESSAGES,
  type CellIssue,
} from '../index.js';

const LOCALES = ['zh-CN', 'en-US'] as const;
const WORKBOOK_CODES = Object.keys(WORKBOOK_MESSAGES['zh-CN']);
const REPORT_CODES = Object.keys(REPORT_MESSAGES['zh-CN']);

const param = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom('0.95', '12', '是', '正向', '扣分'),
);
const params = fc.dictionary(
  fc.constantFrom('value', 'name', 'method', 'count', 'cell', 'raw', 'sheet', 'column', 'first'),
  param,
);

describe('renderIssue', () => {
  it.each(LOCALES)('has a %s text for every code of every package', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(WORKBOOK_MESSAGES[locale]).sort()).toEqual([...WORKBOOK_CODES].sort());
    expect(Object.keys(REPORT_MESSAGES[locale]).sort()).toEqual([...REPORT_CODES].sort());
  });

  it('tells whose code it is by the code alone: the three sets are disjoint', () => {
    const all = [...ISSUE_CODES, ...WORKBOOK_CODES, ...REPORT_CODES];
    expect(new Set(all).size).toBe(all.length);
  });

  it('renders every code in both locales from its params, never as the bare code', () => {
    const codes = [...ISSUE_CODES, ...WORKBOOK_CODES, ...REPORT_CODES];
    fc.assert(
      fc.property(fc.constantFrom(...codes), params, (code, p) => {
        const issue = issueAt(
          code,
          'error',
          { sheet: '绩效指标', row: 6, col: 6, cell: '绩效指标!G7' },
          p,
        );
        for (const locale of LOCALES) {
          const text = renderIssue(issue, locale);
          expect(text.startsWith(`${code} `)).toBe(false);
          expect(text.length).toBeGreaterThan(10);
          if (!REPORT_CODES.includes(code))
            expect(text.startsWith(locale === 'zh-CN' ? '绩效指标!G7：' : '绩效指标!G7: ')).toBe(
              true,
            );
        }
        expect(renderIssue(issue)).toBe(renderIssue(issue, 'zh-CN'));
        expect(renderIssue(issue, 'en-US')).toBe(renderIssue(issue, 'en-US'));
      }),
      { numRuns: 400 },
    );
  });

  it("renders an engine issue placed at a cell as the engine's message for its path", () => {
    const path = fc.oneof(
      fc.tuple(
        fc.constantFrom('indicators', 'budgetLines'),
        fc.nat(40),
        fc.constantFrom('target', 'actual', 'points', 'method', 'budget', 'spent', 'name'),
      ),
      fc.tuple(fc.constant('budgetLines'), fc.nat(40), fc.constant('monthly'), fc.nat(11)),
      fc.tuple(fc.constant('info'), fc.constantFrom('year', 'unit', 'gradeBands', 'totalPoints')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ISSUE_CODES), path, params, (code, at, p) => {
        const issue: Issue = { code, severity: ISSUE_SEVERITY[code], path: at, params: p };
        const placed = engineIssueAt(issue, {
          sheet: '预算执行',
          row: 3,
          col: 4,
          cell: '预算执行!E4',
        });
        expect(renderIssue(placed, 'zh-CN')).toBe(`预算执行!E4：${messageFor(issue, 'zh-CN')}`);
        expect(renderIssue(placed, 'en-US')).toBe(`预算执行!E4: ${messageFor(issue, 'en-US')}`);
        const onSheet = engineIssueAt(issue, { sheet: '预算执行' });
        expect(renderIssue(onSheet, 'zh-CN')).toBe(
          `工作表“预算执行”：${messageFor(issue, 'zh-CN')}`,
        );
        expect(renderIssue(onSheet, 'en-US')).toBe(
          `Sheet "预算执行": ${messageFor(issue, 'en-US')}`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('renders an issue that came through a worker or the JSON (no texts, only code and params)', () => {
    const issue: CellIssue = {
      severity: 'error',
      code: 'cell.notNumber',
      sheet: '预算执行',
      cell: '预算执行!C3',
      row: 2,
      col: 2,
      params: { value: 'abc', expected: '金额（数字）', expectedEn: 'an amount' },
    };
    const bare = JSON.parse(JSON.stringify(issue)) as CellIssue;
    expect(renderIssue(bare, 'zh-CN')).toBe('预算执行!C3：“abc”不是数字，应为金额（数字）。');
    expect(renderIssue(bare, 'en-US')).toBe(
      '预算执行!C3: "abc" is not a number; expected an amount.',
    );
  });

  it('leaves the location out with { location: false }, for every code in both locales', () => {
    const codes = [...ISSUE_CODES, ...WORKBOOK_CODES, ...REPORT_CODES];
    const prefixes = {
      cell: { 'zh-CN': '绩效指标!G7：', 'en-US': '绩效指标!G7: ' },
      sheet: { 'zh-CN': '工作表“绩效指标”：', 'en-US': 'Sheet "绩效指标": ' },
    } as const;
    fc.assert(
      fc.property(fc.constantFrom(...codes), params, (code, p) => {
        const atCell = issueAt(code, 'error', { sheet: '绩效指标', cell: '绩效指标!G7' }, p);
        const atSheet = issueAt(code, 'error', { sheet: '绩效指标' }, p);
        const nowhere = { code, params: p, sheet: null, cell: null };
        for (const locale of LOCALES) {
          const body = renderIssue(atCell, locale, { location: false });
          expect(renderIssue(atSheet, locale, { location: false })).toBe(body);
          expect(renderIssue(nowhere, locale, { location: false })).toBe(body);
          expect(renderIssue(nowhere, locale)).toBe(body);
          expect(renderIssue(atCell, locale, { location: true })).toBe(renderIssue(atCell, locale));
          if (REPORT_CODES.includes(code)) {
            // the report's template issues name their cell inside the text: unchanged
            expect(body).toBe(renderIssue(atCell, locale));
          } else {
            expect(renderIssue(atCell, locale)).toBe(prefixes.cell[locale] + body);
            expect(renderIssue(atSheet, locale)).toBe(prefixes.sheet[locale] + body);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('renders a known issue without its location in both locales', () => {
    const issue = issueAt(
      'cell.notNumber',
      'error',
      { sheet: '预算执行', cell: '预算执行!C3' },
      { value: 'abc', expected: '金额（数字）', expectedEn: 'an amount' },
    );
    expect(renderIssue(issue, 'zh-CN', { location: false })).toBe(
      '“abc”不是数字，应为金额（数字）。',
    );
    expect(renderIssue(issue, 'en-US', { location: false })).toBe(
      '"abc" is not a number; expected an amount.',
    );
  });

  it('gives an unknown code (from a newer version) with its params', () => {
    const issue = { code: 'future.code', params: { a: 1 }, sheet: null, cell: null };
    expect(renderIssue(issue, 'zh-CN')).toBe('future.code {"a":1}');
  });
});
