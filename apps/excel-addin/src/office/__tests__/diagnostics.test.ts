import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeExcelHost } from '../fake/index.js';
import { diagnosticsText, runDiagnostics, type DiagnosticsEnv } from '../diagnostics.js';
import type { XlRun } from '../excel-api.js';

function env(host: FakeExcelHost, over: Partial<DiagnosticsEnv> = {}): DiagnosticsEnv {
  return {
    run: host.run,
    runIn: host.runIn,
    platform: 'Fake',
    userAgent: 'test',
    supports: (set, v) => set === 'ExcelApi' && ['1.7', '1.8', '1.11', '1.14'].includes(v),
    eventWaitMs: 200,
    payloadProbeBytes: 200_000,
    retryDelayMs: 1,
    ...over,
  };
}

/**
 * `run` that, once the scratch sheet exists, refuses the next `refusals` batches as Excel does in
 * cell-edit mode (the fake's InvalidOperationInCellEditMode, fake-host.ts `gateCellEdit`).
 */
function refusingAfterScratch(host: FakeExcelHost, refusals: number): XlRun {
  let left = refusals;
  return async (batch) => {
    const scratch = host.sheetNames().some((n) => n.startsWith('jixiao诊断'));
    if (scratch && left > 0) {
      left--;
      host.beginCellEdit();
      try {
        return await host.run(batch);
      } finally {
        host.endCellEdit();
      }
    }
    return host.run(batch);
  };
}

afterEach(() => vi.restoreAllMocks());

describe('诊断', () => {
  it('passes on a host that behaves as the fake, and removes its scratch sheet', async () => {
    const host = new FakeExcelHost({ payloadLimitBytes: 100_000 });
    host.addSheet('绩效指标', [['x']]);
    const results = await runDiagnostics(env(host));
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(results.find((r) => r.id === 'round-trip')?.status).toBe('ok');
    expect(results.find((r) => r.id === 'events')?.detail).toContain('ThisLocalAddin');
    expect(results.find((r) => r.id === 'payload')?.detail).toContain(
      'RequestPayloadSizeLimitExceeded',
    );
    // ExcelApi 1.20 and the other optional sets: 不可用, with what the user then sees
    expect(results.find((r) => r.id === 'set:ExcelApi:1.20')).toMatchObject({
      status: 'na',
      meaning: expect.stringContaining('Ctrl+Z'),
    });
    expect(results.every((r) => r.meaning.length > 0)).toBe(true);
    expect(host.sheetNames()).toEqual(['绩效指标']);
    expect(host.cell('绩效指标!A1').value).toBe('x');
    const text = diagnosticsText(results);
    expect(text.split('\n')).toHaveLength(results.length);
    expect(text).toContain('[通过] 变更事件与移除');
    expect(text).toContain('[不可用] 要求集 ExcelApi 1.20');
  });

  it('reports a handler that is not removed (removal outside its context) as a failure', async () => {
    const host = new FakeExcelHost();
    const { runIn: _unused, ...rest } = env(host);
    const results = await runDiagnostics(rest);
    expect(results.find((r) => r.id === 'events')).toMatchObject({ status: 'fail' });
    expect(host.sheetNames()).toEqual([]);
  });

  it('without ExcelApi 1.7 the first requirement fails; without 1.11 cell-edit is 不可用', async () => {
    const host = new FakeExcelHost();
    const results = await runDiagnostics(env(host, { supports: () => false }));
    expect(results.find((r) => r.id === 'set:ExcelApi:1.7')?.status).toBe('fail');
    expect(results.find((r) => r.id === 'cell-edit')).toMatchObject({
      status: 'na',
      meaning: expect.stringContaining('重试'),
    });
  });

  it('a check that fails half-way still removes the scratch sheet (refused batches retried)', async () => {
    const host = new FakeExcelHost();
    host.addSheet('基本信息', [['单位', '甲']]);
    // the round trip is refused, then the first two deletions: the third removes the sheet
    const results = await runDiagnostics(env(host, { run: refusingAfterScratch(host, 3) }));
    expect(results.find((r) => r.id === 'scratch')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('InvalidOperationInCellEditMode'),
    });
    expect(results.find((r) => r.id === 'cleanup')).toBeUndefined();
    expect(host.sheetNames()).toEqual(['基本信息']);
  });

  it('says which sheet to delete by hand when Excel keeps refusing', async () => {
    const host = new FakeExcelHost();
    const results = await runDiagnostics(env(host, { run: refusingAfterScratch(host, 1000) }));
    const left = host.sheetNames();
    expect(left).toHaveLength(1);
    expect(results.find((r) => r.id === 'cleanup')).toMatchObject({
      status: 'fail',
      meaning: expect.stringContaining(left[0]!),
    });
  });

  it('never deletes a sheet of the user that has the scratch name', async () => {
    // the scratch name is taken from the clock once
    vi.spyOn(Date, 'now').mockReturnValueOnce(1_700_000_012_345);
    const host = new FakeExcelHost();
    host.addSheet('jixiao诊断12345', [['用户的数据']]);
    const results = await runDiagnostics(env(host));
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(host.sheetNames()).toEqual(['jixiao诊断12345']);
    expect(host.cell('jixiao诊断12345!A1').value).toBe('用户的数据');
  });
});
