/**
 * The shared 下载官方自评表 control (issue 14): the layouts offered as on the page, and the words
 * said after a download (rules the forms cannot state, figures that read back differently).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormsDownload, formsNotice } from '../forms-download.js';

describe('FormsDownload', () => {
  it('offers 全国通用 · 广东 · 重庆 and the button, in Chinese first', () => {
    const html = renderToStaticMarkup(<FormsDownload lang="zh-CN" onDownload={() => undefined} />);
    expect(html).toContain('部门整体表版式');
    expect(html).toMatch(/全国通用.*广东.*重庆/);
    expect(html).toContain('data-testid="download-forms"');
    expect(html).toContain('下载官方自评表');
  });
});

describe('formsNotice', () => {
  it('names the file, then the rules lost and the differences', () => {
    expect(
      formsNotice('zh-CN', { name: '局2024年度绩效自评表.xlsx', lost: [], differences: [] }),
    ).toBe('已生成《局2024年度绩效自评表.xlsx》：部门整体表和每个所属项目的项目支出绩效自评表。');
    const text = formsNotice('zh-CN', {
      name: 'f.xlsx',
      lost: ['表：“甲”的评分方法“分档”无法写入表格'],
      differences: [{ message: '表：“甲”按表格读回为 3.00，工作簿为 4.00，请核对该项。' }],
    });
    expect(text).toContain(
      '表格无法写明的评分规则 1 处（读回时按表内数据计分）：表：“甲”的评分方法“分档”无法写入表格。',
    );
    expect(text).toContain(
      '表格读回后与工作簿不一致 1 处，请核对后再报送：表：“甲”按表格读回为 3.00',
    );
  });
});
