// @vitest-environment happy-dom
/**
 * 下载官方自评表 in the WPS pane (issue 14) on the fake WPS 表格 holding the example: the shared
 * control (@jixiao/ui `FormsDownload`) offers the layouts; its button asks where to save
 * (`GetSaveAsFilename` with the .xlsx filter, as 导出 Word asks for the .docx), writes the file with
 * `FileSystem.writeAsBinaryString` and offers to open it. The bytes written read back, with the form
 * scorer, to the example's figures (96.99 分 优; every indicator's 得分). The fake follows the WPS
 * JS API as documented in src/wps/et-api.ts.
 */
import { describe, expect, it } from 'vitest';
import { scoreForms } from '@jixiao/pipeline';
import { byTestId, choose, clickAndWait, mountPane } from '@jixiao/ui/test-support/pane';
import { readXlsx } from '@jixiao/xlsx';
import { binaryToBytes, controllerFor, exampleApp } from '../__tests__/example.js';

describe('下载官方自评表 in the WPS pane (fake WPS 表格, the example)', () => {
  it('saves forms where the user chooses; the bytes read back to 96.99 分 优', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    const el = await mountPane(c);
    const select = byTestId(el, 'forms-layout') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['全国通用', '广东', '重庆']);

    await choose(select, 'chongqing');
    app.saveAsAnswer = '/home/user/桌面/自评表';
    await clickAndWait(el, c, 'download-forms');
    expect(c.getState().error).toBeNull();
    expect(app.saveAsRequests.at(-1)).toEqual({
      initial: '广州市人民政府办公厅2022年度绩效自评表.xlsx',
      filter: 'Excel 工作簿 (*.xlsx),*.xlsx',
    });
    const path = '/home/user/桌面/自评表.xlsx';
    expect(app.opened).toEqual([path]);
    const [form] = scoreForms(readXlsx(binaryToBytes(app.files.get(path)!)))!.forms;
    expect(form!.layout.id).toBe('chongqing-department');
    // Chongqing's table has no reason column: the 人工得分 of 督查督办事项办结率 cannot travel, and
    // the pane says so (the form reads back 96.93 there)
    expect(form!.total?.score).toBe('96.93');
    const notice = c.getState().notice!;
    expect(notice).toContain(
      '“督查督办事项办结率”的人工得分 4.00（表中没有偏差原因栏）无法写入表格',
    );
    expect(notice).toContain('表格读回后与工作簿不一致 2 处');
    expect(notice).toContain(path);

    await choose(select, 'national');
    app.saveAsAnswer = '/home/user/桌面/全国.xlsx';
    await clickAndWait(el, c, 'download-forms');
    const [national] = scoreForms(readXlsx(binaryToBytes(app.files.get(app.saveAsAnswer)!)))!.forms;
    expect([national!.total?.score, national!.grade, national!.mistakes]).toEqual([
      '96.99',
      '优',
      [],
    ]);
    const scores = new Map(national!.evaluation!.indicators.map((r) => [r.name, r.score]));
    for (const r of c.getState().evaluation!.indicators)
      if (r.name !== '预算执行率') expect(scores.get(r.name), r.name).toBe(r.score);
    expect(c.getState().notice).not.toContain('不一致');

    // cancelling the save dialog writes nothing
    app.saveAsAnswer = false;
    const before = app.files.size;
    await clickAndWait(el, c, 'download-forms');
    expect(app.files.size).toBe(before);
    expect(c.getState().notice).toBe('已取消导出。');
    c.dispose();
  });
});
