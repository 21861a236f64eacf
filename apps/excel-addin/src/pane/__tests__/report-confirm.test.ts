/**
 * 导出 Word asks before exporting a report with issues (issue 9 item 12): the template's errors and
 * warnings are listed with their cells; 取消 exports nothing, 仍然导出 exports.
 */
import { describe, expect, it } from 'vitest';
import { cellOf, controllerFor, exampleHost, settle } from './example-host.js';

/** Resolves once the pane's question is open, with it. */
async function question(c: ReturnType<typeof controllerFor>) {
  for (let i = 0; i < 200; i++) {
    const q = c.reportAsker.current();
    if (q !== null) return q;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no question was asked');
}

describe('导出 Word with the report’s issues', () => {
  it('lists an unknown placeholder with its cell; 取消 exports nothing, 仍然导出 exports', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    const files: string[] = [];
    c.download = (name) => files.push(name);
    await c.start();
    // a typo in 报告模板: an unknown placeholder
    const cell = cellOf(host, '报告模板', '正文', '内容');
    host.typeAsUser(cell, '本部门自评得分 {{总得份}} 分。');
    await settle(host, c);

    const cancelled = c.exportWord();
    const q = await question(c);
    expect(q.action).toBe('export');
    expect(q.edited).toBeNull();
    expect(q.errors.map((i) => [i.code, i.cell])).toEqual([['report.unknown-placeholder', cell]]);
    expect(c.getState().busy).toBe('export');
    c.reportAsker.answer('cancel');
    await cancelled;
    expect(files).toEqual([]);
    expect(c.getState().notice).toBe('已取消导出。');

    const exported = c.exportWord();
    await question(c);
    c.reportAsker.answer('proceed');
    await exported;
    expect(files).toEqual(['广州市人民政府办公厅2022年度部门整体支出绩效自评报告.docx']);
    c.dispose();
  });

  it('a report without issues is exported without a question', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    const files: string[] = [];
    c.download = (name) => files.push(name);
    await c.start();
    await c.exportWord();
    expect(c.reportAsker.current()).toBeNull();
    expect(files).toHaveLength(1);
    c.dispose();
  });
});
