// @vitest-environment happy-dom
/**
 * The question before 填充报告 / 导出 Word: what is asked, the choices offered, the answer the host
 * receives from a click (issue 13 item 6, issue 9 item 12).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportBlock } from '@jixiao/report';
import type { CellIssue, ReportEdit } from '@jixiao/workbook';
import { ReportConfirm, ReportQuestionView } from '../ReportConfirm.js';
import { ReportAsker, askReport, reportChoices, reportQuestion } from '../report-check.js';
import { afterFill, beforeExport, type ReportFlowResult } from '../report-flow.js';

/** What each code's text needs (a template issue names its cell itself). */
const PARAMS: Record<string, Record<string, string | number>> = {
  'report.unknown-placeholder': { raw: '{{总支岀}}' },
  'report.prompt-left': { prompt: '（请填写）', count: 1 },
  'output.foreign': { column: '得分', columnEn: 'Score', value: 'x', computed: '8' },
  'report.defaultTemplate': { action: '新建模板', actionEn: 'New template' },
};

const issue = (severity: CellIssue['severity'], code: string, cell: string | null): CellIssue => ({
  severity,
  code,
  sheet: cell?.split('!')[0] ?? null,
  cell,
  params: { ...(code.startsWith('report.') && cell !== null ? { cell } : {}), ...PARAMS[code] },
});

const edit = (address: string, filled: string, current: string): ReportEdit => ({
  sheet: '报告',
  row: Number(address.slice(1)) - 1,
  col: 1,
  address,
  filled,
  current,
});

const ISSUES: CellIssue[] = [
  issue('error', 'report.unknown-placeholder', '报告模板!B5'),
  issue('warning', 'report.prompt-left', '报告模板!B9'),
  issue('warning', 'output.foreign', '绩效指标!O3'), // the data's: in 问题, not asked about
  issue('info', 'report.defaultTemplate', null),
];
const EDITED = {
  sheet: '报告',
  edits: [edit('B4', '原文', '改写'), edit('B6', '', '新增')],
  overwritten: false,
};

describe('reportQuestion', () => {
  it('export: the edited 报告, the errors, the template warnings; nothing to ask without them', () => {
    const q = reportQuestion({ issues: ISSUES, reportEdited: EDITED }, 'export')!;
    expect(q.edited?.edits.map((e) => e.address)).toEqual(['B4', 'B6']);
    expect(q.errors.map((i) => i.cell)).toEqual(['报告模板!B5']);
    expect(q.warnings.map((i) => i.cell)).toEqual(['报告模板!B9']);
    expect(reportChoices(q)).toEqual(['overwrite', 'asIs', 'cancel']);
    const issuesOnly = reportQuestion({ issues: ISSUES }, 'export')!;
    expect(reportChoices(issuesOnly)).toEqual(['proceed', 'cancel']);
    expect(reportQuestion({ issues: ISSUES.slice(2) }, 'export')).toBeNull();
    // overwritten already (覆盖 chosen): nothing more to ask about the edits
    expect(
      reportQuestion({ issues: [], reportEdited: { ...EDITED, overwritten: true } }, 'export'),
    ).toBeNull();
  });

  it('fill asks only about an edited 报告', () => {
    expect(reportQuestion({ issues: ISSUES }, 'fill')).toBeNull();
    const q = reportQuestion({ issues: ISSUES, reportEdited: EDITED }, 'fill')!;
    expect(q).toMatchObject({ action: 'fill', errors: [], warnings: [] });
  });
});

describe('ReportAsker and the flows', () => {
  const blocks = (text: string): ReportBlock[] => [{ kind: 'paragraph', style: '正文', text }];
  const text = (b: ReportBlock[] | undefined): string | undefined =>
    b?.[0]?.kind === 'paragraph' ? b[0].text : undefined;
  const result: ReportFlowResult = {
    issues: ISSUES,
    reportEdited: EDITED,
    report: { blocks: blocks('按模板') },
    asIs: { blocks: blocks('按现有') },
  };

  it('settles the open question with the answer; a new question cancels the old one', async () => {
    const asker = new ReportAsker();
    const q = reportQuestion(result, 'export')!;
    const first = asker.ask(q);
    expect(asker.current()).toBe(q);
    const second = asker.ask(q);
    await expect(first).resolves.toBe('cancel');
    asker.answer('asIs');
    await expect(second).resolves.toBe('asIs');
    expect(asker.current()).toBeNull();
    await expect(askReport(asker, null)).resolves.toBe('proceed');
  });

  it('beforeExport gives the blocks of the choice; afterFill runs again only for 覆盖', async () => {
    const asker = new ReportAsker();
    let overwrites = 0;
    const overwrite = (): Promise<ReportFlowResult> => {
      overwrites++;
      return Promise.resolve({
        ...result,
        reportEdited: null,
        report: { blocks: blocks('重新填充') },
      });
    };
    const answer = async <T,>(p: Promise<T>, choice: Parameters<ReportAsker['answer']>[0]) => {
      await Promise.resolve();
      asker.answer(choice);
      return p;
    };
    expect(text((await answer(beforeExport(result, asker, overwrite), 'asIs'))?.blocks)).toBe(
      '按现有',
    );
    expect(await answer(beforeExport(result, asker, overwrite), 'cancel')).toBeNull();
    expect(overwrites).toBe(0);
    const over = await answer(beforeExport(result, asker, overwrite), 'overwrite');
    expect(text(over?.blocks)).toBe('重新填充');
    expect(overwrites).toBe(1);
    const kept = await answer(afterFill(result, asker, overwrite), 'cancel');
    expect(kept).toEqual({ kind: 'kept' });
    const asIs = await answer(afterFill(result, asker, overwrite), 'asIs');
    expect(asIs).toEqual({ kind: 'asIs', blocks: blocks('按现有') });
    const none = await afterFill({ ...result, reportEdited: null }, asker, overwrite);
    expect(none.kind).toBe('filled');
    expect(overwrites).toBe(1);
  });
});

describe('ReportConfirm', () => {
  it('shows the edited cells with the first change, the issues with their cells, the choices', () => {
    const html = renderToStaticMarkup(
      <ReportQuestionView
        question={reportQuestion({ issues: ISSUES, reportEdited: EDITED }, 'export')!}
        lang="zh-CN"
        onAnswer={() => undefined}
      />,
    );
    expect(html).toContain('“报告”工作表已被手工修改');
    expect(html).toContain('“报告”工作表在上次填充后被修改了 2 处（报告!B4、报告!B6）');
    expect(html).toContain('报告!B4：原为“原文”，现为“改写”');
    expect(html).toContain('报告有 1 个错误、1 个警告，导出的报告可能有误');
    expect(html).toContain('报告模板!B5');
    expect(html).toContain('中的占位符 {{总支岀}} 不是已知的报告变量');
    expect(html).toContain('报告模板!B9');
    expect(html).not.toContain('绩效指标!O3');
    expect(html).toContain('覆盖（按模板重新填充）');
    expect(html).toContain('按现有报告导出');
    expect(html).toContain('取消');
    const errorsOnly = renderToStaticMarkup(
      <ReportQuestionView
        question={reportQuestion({ issues: ISSUES }, 'export')!}
        lang="zh-CN"
        onAnswer={() => undefined}
      />,
    );
    expect(errorsOnly).toContain('仍然导出');
    expect(errorsOnly).not.toContain('按现有报告导出');
  });

  describe('in a document', () => {
    let host: HTMLElement | null = null;
    afterEach(() => host?.remove());

    it('a click answers the host and closes the question', async () => {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      const asker = new ReportAsker();
      host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      act(() => root.render(<ReportConfirm asker={asker} lang="zh-CN" />));
      expect(host.querySelector('[data-testid="report-confirm"]')).toBeNull();
      let answer: Promise<string> = Promise.resolve('');
      act(() => {
        answer = asker.ask(reportQuestion({ issues: ISSUES, reportEdited: EDITED }, 'fill')!);
      });
      const dialog = host.querySelector('[data-testid="report-confirm"]');
      expect(dialog?.getAttribute('role')).toBe('alertdialog');
      const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent);
      expect(buttons).toEqual(['覆盖', '按现有报告导出', '取消']);
      act(() =>
        host!.querySelector<HTMLButtonElement>('[data-testid="report-choice-asIs"]')!.click(),
      );
      await expect(answer).resolves.toBe('asIs');
      expect(host.querySelector('[data-testid="report-confirm"]')).toBeNull();
      act(() => root.unmount());
    });
  });
});
