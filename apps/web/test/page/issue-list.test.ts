/**
 * The page's issue list shows an issue's cell (or sheet) beside its text, so the text leaves its
 * location out in both languages, as the pane does (issue 17: the same text on every surface).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { issueAt, renderIssue } from '@jixiao/workbook';
import { IssueList } from '../../src/page/IssueList.js';
import { pageStrings } from '../../src/page/pageStrings.js';

const atCell = issueAt(
  'cell.notNumber',
  'error',
  { sheet: '预算执行', cell: '预算执行!C3' },
  { value: 'abc', expected: '金额（数字）', expectedEn: 'an amount' },
);

describe('IssueList', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'shows the %s text without its cell, beside the cell',
    (lang) => {
      const html = renderToStaticMarkup(
        createElement(IssueList, { issues: [atCell], t: pageStrings(lang), lang }),
      );
      const body = renderIssue(atCell, lang, { location: false });
      expect(body).toBe(
        lang === 'zh-CN'
          ? '“abc”不是数字，应为金额（数字）。'
          : '"abc" is not a number; expected an amount.',
      );
      expect(html).toContain(body.replaceAll('"', '&quot;'));
      expect(html.split('预算执行!C3').length - 1).toBe(2); // the cell column and its aria-label only
    },
  );
});
