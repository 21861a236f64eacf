import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { binaryToBytes, cellOf, controllerFor, exampleApp, settle } from '../__tests__/example.js';
import { COMMAND_KEY, bytesToBinaryString, reportFileName } from './wps-controller.js';

describe('WPS pane controller on the fake WPS 表格 (example: 广州市人民政府办公厅 2022)', () => {
  it('scores the example, writes 96.99 优 into the sheets, fills 报告 and exports the .docx', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    const s = c.getState();
    expect(s.error).toBeNull();
    expect(s.evaluation?.total.score).toBe('96.99');
    expect(s.evaluation?.total.grade).toBe('优');
    // 得分 of every indicator written in place; their sum is the published 96.99.
    const rows = app.valuesFromA1('绩效指标');
    const scoreCol = rows[0]!.indexOf('得分');
    const scores = rows
      .slice(1)
      .map((r) => r[scoreCol])
      .filter((v) => typeof v === 'number');
    expect(scores.length).toBe(s.evaluation!.indicators.length);
    expect(scores.reduce((a, b) => a + Math.round(b * 100), 0)).toBe(9699);
    // 支付率 in 预算执行, formatted as a percent.
    const budget = app.valuesFromA1('预算执行');
    const rateCol = budget[0]!.indexOf('支付率');
    expect(rateCol).toBeGreaterThan(0);
    const rateCell = app.workbook.sheet('预算执行').get(1, rateCol);
    expect(rateCell?.format).toBe('0.00%');

    await c.fillReport();
    expect(c.getState().notice).toMatch(/已将报告写入“报告”工作表/);
    const report = app.valuesFromA1('报告');
    expect(report[0]).toEqual(['样式', '内容']);
    expect(report.some((r) => String(r[1]).includes('96.99'))).toBe(true);

    app.saveAsAnswer = '/home/user/桌面/自评报告';
    await c.exportWord();
    expect(c.getState().error).toBeNull();
    expect(app.saveAsRequests[0]!.initial).toBe(reportFileName(s.evaluation!));
    const path = '/home/user/桌面/自评报告.docx';
    expect(c.lastExport).toBe(path);
    expect(app.opened).toEqual([path]);
    const files = unzipSync(binaryToBytes(app.files.get(path)!));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('96.99');
    expect(xml).toContain('广州市人民政府办公厅');
    c.dispose();
  });

  it('recalculates on a user edit (debounced), never on its own writes', async () => {
    for (const events of ['async', 'sync'] as const) {
      const app = exampleApp({ events });
      const c = controllerFor(app);
      await c.start();
      await settle(app, c);
      const runs = c.scheduler.runs;
      // The user lowers a 实际值: one recalculation for a burst of three edits.
      const actual = cellOf(app, '绩效指标', '完成高质量调研报告数量', '实际值');
      app.userEdit('绩效指标', actual, 10);
      app.userEdit('绩效指标', actual, 20);
      app.userEdit('绩效指标', actual, 25);
      await settle(app, c);
      expect(c.scheduler.runs).toBe(runs + 1);
      expect(Number(c.getState().evaluation!.total.score)).toBeLessThan(96.99);
      // That run's writes raised SheetChange too: recognised as ours, they caused no further run.
      expect(c.ignoredEvents).toBeGreaterThan(0);
      await settle(app, c);
      expect(c.scheduler.runs).toBe(runs + 1);
      // Back to 56: the published 96.99 again.
      app.userEdit('绩效指标', actual, 56);
      await settle(app, c);
      expect(c.getState().evaluation!.total.score).toBe('96.99');
      expect(c.scheduler.runs).toBe(runs + 2);
      c.dispose();
    }
  });

  it('runs a ribbon command left in PluginStorage, once', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    app.PluginStorage.setItem(COMMAND_KEY, 'report');
    expect(await c.runPendingCommand()).toBe('report');
    expect(app.valuesFromA1('报告').length).toBeGreaterThan(5);
    expect(await c.runPendingCommand()).toBeNull();
    c.dispose();
  });

  it('填充报告 without 报告模板 fills from the default template and says so, as in Excel', async () => {
    const app = exampleApp();
    const sheets = app.workbook.sheets;
    sheets.splice(
      sheets.findIndex((ws) => ws.name === '报告模板'),
      1,
    );
    const c = controllerFor(app);
    await c.start();
    await c.fillReport();
    expect(c.getState().notice).toMatch(/已将报告写入“报告”工作表.*报告已按默认模板/);
    expect(app.valuesFromA1('报告').length).toBeGreaterThan(5);
    c.dispose();
  });

  it('a cancelled save dialog writes nothing', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.start();
    app.saveAsAnswer = false;
    await c.exportWord();
    expect(app.files.size).toBe(0);
    expect(c.getState().notice).toBe('已取消导出。');
    c.dispose();
  });

  it('新建模板 refuses when the contract sheets exist, and inserts them into an empty workbook', async () => {
    const app = exampleApp();
    const c = controllerFor(app);
    await c.insertTemplate();
    expect(c.getState().notice).toMatch(/已存在|基本信息/);
    const { FakeEtApplication } = await import('../wps/fake/index.js');
    const empty = new FakeEtApplication();
    const d = controllerFor(empty);
    await d.insertTemplate();
    expect(empty.workbook.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      '基本信息',
      '预算执行',
      '绩效指标',
      '报告模板',
      '报告',
    ]);
    c.dispose();
    d.dispose();
  });

  it('a write WPS refuses part-way is reported with what was written, not as "nothing changed"', async () => {
    const app = exampleApp();
    const rows = app.valuesFromA1('绩效指标');
    const col = rows[0]!.indexOf('得分');
    app.workbook.sheet('绩效指标').protect(`${String.fromCharCode(65 + col)}10`);
    const c = controllerFor(app);
    await c.start();
    const error = c.getState().error;
    expect(error?.message).toMatch(
      /写入 绩效指标!.*时失败（已写入 \d+ \/ \d+ 个单元格，WPS 无法撤销/,
    );
    c.dispose();
  });

  it('binary strings carry every byte value', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 256);
    const s = bytesToBinaryString(bytes);
    expect(s.length).toBe(bytes.length);
    expect(binaryToBytes(s)).toEqual(bytes);
  });
});
