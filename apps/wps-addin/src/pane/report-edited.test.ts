/**
 * A 报告 edited by hand in WPS 表格 after 填充报告 (issue 13 item 6): the next 填充报告 or 导出 Word
 * asks 覆盖 / 按现有报告导出 / 取消, with the edited cell; the WPS port keeps the record of the last fill.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { controllerFor, exampleApp, settle } from '../__tests__/example.js';
import type { WpsPaneController } from './wps-controller.js';

const EDIT = '本段经财务科人工核对后改写。';

async function question(c: WpsPaneController) {
  for (let i = 0; i < 300; i++) {
    const q = c.reportAsker.current();
    if (q !== null) return q;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no question was asked');
}

const docText = (app: ReturnType<typeof exampleApp>, path: string): string => {
  const s = app.files.get(path)!;
  const bytes = Uint8Array.from(s, (ch) => ch.charCodeAt(0));
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
};

describe('WPS: a 报告 edited by hand', () => {
  it('填充报告 asks; 取消 keeps the edit, 覆盖 fills it again', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    await c.fillReport();
    const filled = app.valuesFromA1('报告')[3]![1];
    app.userEdit('报告', 'B4', EDIT);
    await settle(app, c);

    const kept = c.fillReport();
    const q = await question(c);
    expect(q.action).toBe('fill');
    expect(q.edited?.edits.map((e) => [e.address, e.current])).toEqual([['B4', EDIT]]);
    c.reportAsker.answer('cancel');
    await kept;
    expect(app.valuesFromA1('报告')[3]![1]).toBe(EDIT);
    expect(c.getState().notice).toBe('已保留“报告”工作表中的手工修改，未重新填充。');

    const over = c.fillReport();
    await question(c);
    c.reportAsker.answer('overwrite');
    await over;
    expect(app.valuesFromA1('报告')[3]![1]).toBe(filled);
    expect(c.getState().notice).toMatch(/已将报告写入“报告”工作表/);
    // the sheet is the fill again: nothing to ask
    await c.fillReport();
    expect(c.reportAsker.current()).toBeNull();
    c.dispose();
  });

  it('导出 Word asks; 按现有报告导出 writes the edited text into the .docx', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    await c.fillReport();
    app.userEdit('报告', 'B4', EDIT);
    await settle(app, c);
    app.saveAsAnswer = '/home/user/现有报告';
    const exported = c.exportWord();
    const q = await question(c);
    expect(q.action).toBe('export');
    expect(q.edited?.sheet).toBe('报告');
    c.reportAsker.answer('asIs');
    await exported;
    expect(c.lastExport).toBe('/home/user/现有报告.docx');
    expect(docText(app, '/home/user/现有报告.docx')).toContain(EDIT);
    // the sheet was not touched
    expect(app.valuesFromA1('报告')[3]![1]).toBe(EDIT);
    c.dispose();
  });
});
