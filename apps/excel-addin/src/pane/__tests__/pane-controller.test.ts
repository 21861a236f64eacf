import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { scoreWorkbook } from '@jixiao/pipeline';
import { OfficePort } from '../../office/office-port.js';
import { PaneController } from '../pane-controller.js';
import { FakeExcelHost } from '../../office/fake/index.js';
import { insertTemplateSheets } from '../insert-template.js';
import { newWorkbookSheets } from '@jixiao/workbook';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { cellOf, controllerFor, exampleHost, settle } from './example-host.js';

/** A fresh read and score of the fake workbook: what a full recalculation would write now. */
async function pendingWrites(host: FakeExcelHost): Promise<number> {
  const port = new OfficePort({ run: host.run });
  const names = host.sheetNames();
  const result = scoreWorkbook(await port.readSheets(names), { report: false });
  return result.plan.cells.length;
}

describe('PaneController against the fake Excel holding the example workbook', () => {
  it('scores 96.99 / 优 on opening, listing the sheets once, then one sync to read, one to re-check, one to write and one to add the highlight', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    const s = c.getState();
    expect(s.evaluation?.total.score).toBe('96.99');
    expect(s.evaluation?.total.grade).toBe('优');
    expect(s.lastRun).toMatchObject({ readSyncs: 2, writeSyncs: 3 });
    expect(s.lastRun!.cellsWritten).toBeGreaterThan(20);
    expect(host.cell(cellOf(host, '绩效指标', '合同备案时效性', '得分'))).toMatchObject({
      value: expect.any(Number),
      numberFormat: '0.00',
    });
    expect(s.error).toBeNull();
    expect(await pendingWrites(host)).toBe(0);
    // Scores below their points are marked by one conditional format on the 得分 column.
    const score = cellOf(host, '绩效指标', '预算执行率', '得分').split('!')[1]!.replace(/\d+/, '');
    const points = cellOf(host, '绩效指标', '预算执行率', '分值').split('!')[1]!.replace(/\d+/, '');
    expect(host.findSheet('绩效指标')!.conditionalFormats).toEqual([
      expect.objectContaining({
        address: expect.stringMatching(new RegExp(`^${score}2:${score}\\d+$`)),
        operator: 'LessThan',
        formula1: `=$${points}2`,
      }),
    ]);
    c.dispose();
  });

  for (const n of [10, 10_000]) {
    it(`recalculates ${n} budget lines with one sync to read and one to write`, async () => {
      const base = guangzhou2022.budgetLines;
      const budgetLines = Array.from({ length: n }, (_, i) => {
        const { monthly: _monthly, ...line } = base[i % base.length]!;
        return { ...line, name: `${line.name}-${i + 1}` };
      });
      const host = new FakeExcelHost();
      await insertTemplateSheets(
        host.run,
        newWorkbookSheets({
          example: { ...guangzhou2022, budgetLines },
          template: guangzhou2022Template,
          spareRows: 0,
        }),
      );
      const c = controllerFor(host);
      const syncs = host.stats.syncs;
      const cells = host.stats.cellsWritten;
      await c.start();
      const run = c.getState().lastRun!;
      // Opening: list the sheets, read, read the record of written cells (its custom XML part),
      // re-check, write (every rate and score, and the record), add the missing highlight,
      // subscribe to changes (2).
      expect(run).toMatchObject({ readSyncs: 2, writeSyncs: 3 });
      expect(host.stats.cellsWritten - cells).toBe(run.cellsWritten);
      expect(run.cellsWritten).toBeGreaterThanOrEqual(n);
      expect(host.stats.syncs - syncs).toBe(8);
      // Any later recalculation reads in one sync.
      host.typeAsUser(
        cellOf(host, '预算执行', `${base[0]!.name}-1`, '全年执行数'),
        String(base[0]!.spent - 1),
      );
      await settle(host, c);
      expect(c.getState().lastRun).toMatchObject({ readSyncs: 1, writeSyncs: 2 });
      c.dispose();
    }, 120_000);
  }

  it('writes one cell for an edit that changes one output, and nothing when nothing changed', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const runs = c.scheduler.runs;
    const written = host.stats.cellsWritten;
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '58');
    await settle(host, c);
    expect(c.scheduler.runs).toBe(runs + 1);
    expect(host.stats.cellsWritten - written).toBe(1);
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    await c.recalculate();
    expect(c.getState().lastRun).toMatchObject({ cellsWritten: 0, writeSyncs: 0, readSyncs: 1 });
    c.dispose();
  });

  it('does not recurse on its own writes', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const runs = c.scheduler.runs;
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    await settle(host, c);
    expect(c.scheduler.runs).toBe(runs + 1);
    expect(
      host.changeLog.filter((e) => e.triggerSource === 'ThisLocalAddin').length,
    ).toBeGreaterThan(0);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('does not recurse on hosts without triggerSource either (matches the written ranges)', async () => {
    const host = await exampleHost({ supportsTriggerSource: false });
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const runs = c.scheduler.runs;
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    await settle(host, c);
    expect(c.scheduler.runs).toBe(runs + 1);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('turns a burst of 100 edits into a few recalculations with the right final state', async () => {
    const host = await exampleHost();
    const c = controllerFor(host, 40);
    await c.start();
    await settle(host, c, 40);
    const runs = c.scheduler.runs;
    const cell = cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值');
    for (let i = 1; i <= 100; i++) {
      host.typeAsUser(cell, String(i));
      if (i % 25 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await settle(host, c, 40);
    expect(c.scheduler.runs - runs).toBeGreaterThanOrEqual(1);
    expect(c.scheduler.runs - runs).toBeLessThanOrEqual(3);
    // actual 100 against ≥50: full points again.
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    expect(host.cell(cell).value).toBe('100'); // 实际值 is a Text column: typed digits stay text (issue 9, item 5)
    expect(await pendingWrites(host)).toBe(0);
    c.dispose();
  });

  it('keeps a user edit typed while the add-in is writing, and recalculates it', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    const actual = cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值');
    const other = cellOf(host, '绩效指标', '组织开展重点课题分析和调研次数', '实际值');
    host.typeAsUser(actual, '40');
    let injected = false;
    const syncsBefore = host.stats.syncs;
    host.beforeSync = (n) => {
      // The recalculation's second sync is its write: the user types meanwhile.
      if (!injected && n === syncsBefore + 2) {
        injected = true;
        host.typeAsUser(other, '10');
      }
    };
    await settle(host, c);
    host.beforeSync = null;
    expect(injected).toBe(true);
    expect(host.cell(actual).value).toBe('40'); // 实际值 is a Text column: typed digits stay text
    expect(host.cell(other).value).toBe('10');
    // 3.2 + 2 (10 of ≥20 × 4) instead of 4 + 4.
    expect(c.getState().evaluation?.total.score).toBe('94.19');
    expect(await pendingWrites(host)).toBe(0);
    c.dispose();
  });

  it('pauses automatic recalculation and catches up on resume', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    c.setPaused(true);
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.99');
    c.setPaused(false);
    await settle(host, c);
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    c.dispose();
  });

  it('fills the 报告 sheet and exports a .docx named after the department and year', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    const files: { name: string; bytes: Uint8Array }[] = [];
    c.download = (name, bytes) => files.push({ name, bytes });
    await c.start();
    await c.fillReport();
    const report = host.valuesFromA1('报告');
    expect(report.flat().join('')).toContain('96.99');
    await c.exportWord();
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('广州市人民政府办公厅2022年度部门整体支出绩效自评报告.docx');
    expect([...files[0]!.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(c.getState().error).toBeNull();
    c.dispose();
  });

  it('导出 Word writes the chosen font names, remembers the choice, and names the department as author', async () => {
    // The page's localStorage, as the Web Storage API behaves: getItem gives null for a missing key
    // (https://developer.mozilla.org/en-US/docs/Web/API/Storage/getItem).
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, String(v)),
    });
    const host = await exampleHost();
    const c = controllerFor(host);
    expect(c.getState().fonts).toBe('gb2312');
    const files: Uint8Array[] = [];
    c.download = (_name, bytes) => files.push(bytes);
    await c.start();
    c.setFonts('windows');
    await c.exportWord();
    const parts = unzipSync(files[0]!);
    const styles = strFromU8(parts['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).not.toContain('_GB2312');
    expect(strFromU8(parts['docProps/core.xml']!)).toContain(
      '<dc:creator>广州市人民政府办公厅</dc:creator>',
    );
    c.dispose();
    // a new pane (the next session) starts with the remembered choice
    const again = controllerFor(await exampleHost());
    expect(again.getState().fonts).toBe('windows');
    expect(saved.get('jixiao.wordFonts')).toBe('windows');
    again.dispose();
    vi.unstubAllGlobals();
  });

  it('on Excel for Mac opens the standalone page in the system browser instead of a blob link', async () => {
    const host = await exampleHost();
    const opened: string[] = [];
    const c = new PaneController({
      run: host.run,
      platform: 'Mac',
      lang: 'zh-CN',
      debounceMs: 30,
      openBrowserWindow: (url) => opened.push(url),
      pageUrl: 'https://oa.example.gov.cn/jixiao/taskpane.html',
    });
    let downloaded = false;
    c.download = () => (downloaded = true);
    await c.start();
    await c.exportWord();
    expect(downloaded).toBe(false);
    expect(opened).toEqual(['https://oa.example.gov.cn/jixiao/taskpane.html']);
    // WKWebView ignores <a download> on blob URLs (office-js#2700): no such link is offered.
    expect(c.getState().fallbackDownload).toBeNull();
    expect(c.getState().notice).toContain('系统浏览器');
    expect(c.getState().notice).toContain('不会上传');
    c.dispose();
  });

  it('on Excel for Mac without openBrowserWindow names the page and the command line', async () => {
    const host = await exampleHost();
    const c = new PaneController({
      run: host.run,
      platform: 'Mac',
      lang: 'zh-CN',
      debounceMs: 30,
      pageUrl: 'https://oa.example.gov.cn/jixiao/taskpane.html',
    });
    await c.start();
    await c.exportWord();
    expect(c.getState().fallbackDownload).toBeNull();
    expect(c.getState().notice).toContain('https://oa.example.gov.cn/jixiao/taskpane.html');
    expect(c.getState().notice).toContain('jixiao report');
    c.dispose();
  });

  it('downloads on Windows and the web', async () => {
    for (const platform of ['PC', 'OfficeOnline']) {
      const host = await exampleHost();
      const opened: string[] = [];
      const c = new PaneController({
        run: host.run,
        platform,
        lang: 'zh-CN',
        debounceMs: 30,
        openBrowserWindow: (url) => opened.push(url),
        pageUrl: 'https://x/taskpane.html',
      });
      const names: string[] = [];
      c.download = (name) => names.push(name);
      await c.start();
      await c.exportWord();
      expect(names).toHaveLength(1);
      expect(opened).toEqual([]);
      c.dispose();
    }
  });

  it('refuses to insert the template over existing sheets and inserts it into an empty workbook', async () => {
    const host = await exampleHost();
    const before = JSON.stringify(host.valuesFromA1('预算执行'));
    const c = controllerFor(host);
    await c.insertTemplate();
    expect(c.getState().notice).toContain('未插入任何工作表');
    expect(JSON.stringify(host.valuesFromA1('预算执行'))).toBe(before);
    const { FakeExcelHost } = await import('../../office/fake/index.js');
    const empty = new FakeExcelHost();
    empty.addSheet('Sheet1');
    const c2 = controllerFor(empty);
    await c2.start();
    expect(c2.getState().missingSheets).toEqual(['基本信息', '预算执行', '绩效指标']);
    await c2.insertTemplate();
    expect(empty.sheetNames()).toEqual([
      'Sheet1',
      '基本信息',
      '预算执行',
      '绩效指标',
      '报告模板',
      '报告',
    ]);
    // Without ExcelApi 1.8 no drop-downs; the header row is frozen either way.
    expect(empty.findSheet('预算执行')!.validations).toEqual([]);
    expect(empty.findSheet('预算执行')!.frozenRows).toBe(1);
    expect(c2.getState().missingSheets).toEqual([]);
    c.dispose();
    c2.dispose();
  });

  it('adds the drop-down lists of the contract where the host supports them', async () => {
    const { FakeExcelHost } = await import('../../office/fake/index.js');
    const empty = new FakeExcelHost();
    empty.addSheet('Sheet1');
    const c = new PaneController({
      run: empty.run,
      platform: 'Fake',
      lang: 'zh-CN',
      debounceMs: 30,
      supportsValidation: true,
    });
    await c.insertTemplate();
    const budget = empty.findSheet('预算执行')!.validations;
    expect(budget).toContainEqual(
      expect.objectContaining({ list: '基本支出,项目支出', strict: true }),
    );
    expect(empty.findSheet('绩效指标')!.validations.length).toBeGreaterThanOrEqual(3);
    expect(empty.findSheet('基本信息')!.validations).toContainEqual(
      expect.objectContaining({ list: '万元,元' }),
    );
    c.dispose();
  });

  it('selects an issue cell and an indicator row; shows Office errors in plain Chinese', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await c.select('绩效指标!G7');
    expect(host.selection).toBe('绩效指标!G7');
    const row = c.indicatorRowAddress(0)!;
    expect(row).toMatch(/^绩效指标!A\d+:[A-Z]+\d+$/);
    await c.select(row);
    expect(host.selection).toBe(row);
    await c.select('不存在!A1');
    expect(c.getState().error?.message).toContain('找不到需要的工作表');
    c.dispose();
  });
});
