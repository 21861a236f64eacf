import { describe, expect, it } from 'vitest';
import { scoreWorkbook } from '@jixiao/pipeline';
import { OfficePort } from '../../office/office-port.js';
import { cellOf, controllerFor, exampleHost, settle } from './example-host.js';

describe('the pane recalculates an edit through the incremental path', () => {
  it('re-reads the edited row only (one sync), writes what changed, and agrees with a full run', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    expect(c.lastPath).toBe('full');
    // the largest response so far is the full read of the sheets
    const fullRead = Math.max(...host.stats.responseBytes);
    const responses = host.stats.responseBytes.length;
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    expect(c.lastPath).toBe('incremental');
    expect(c.getState().lastRun).toMatchObject({ readSyncs: 1, cellsWritten: 3 });
    expect(c.getState().evaluation?.total.score).toBe('96.19');
    // the header rows and one row, not the sheets
    const read = Math.max(...host.stats.responseBytes.slice(responses));
    expect(read * 10).toBeLessThan(fullRead);
    const port = new OfficePort({ run: host.run });
    const full = scoreWorkbook(await port.readSheets(host.sheetNames()), {
      locale: 'zh-CN',
      surface: 'excel',
    });
    expect(full.plan.cells).toEqual([]);
    expect(c.lastResult!.evaluation).toEqual(full.evaluation);
    expect(c.lastResult!.issues).toEqual(full.issues);
    c.dispose();
  });

  it('runs in full for a renamed header, then incrementally again', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    host.typeAsUser(cellOf(host, '预算执行', '全年执行数', '全年执行数'), '执行数');
    await settle(host, c);
    expect(c.lastPath).toBe('full');
    host.typeAsUser(cellOf(host, '绩效指标', '完成高质量调研报告数量', '实际值'), '40');
    await settle(host, c);
    expect(c.lastPath).toBe('incremental');
    c.dispose();
  });

  it('重新计算 always reads everything', async () => {
    const host = await exampleHost();
    const c = controllerFor(host);
    await c.start();
    await settle(host, c);
    await c.recalculate();
    expect(c.lastPath).toBe('full');
    c.dispose();
  });
});
