import { describe, expect, it } from 'vitest';
import { FakeExcelHost } from '../fake/index.js';
import { diagnosticsText, runDiagnostics, type DiagnosticsEnv } from '../diagnostics.js';

function env(host: FakeExcelHost, over: Partial<DiagnosticsEnv> = {}): DiagnosticsEnv {
  return {
    run: host.run,
    runIn: host.runIn,
    platform: 'Fake',
    userAgent: 'test',
    supports: (set, v) => set === 'ExcelApi' && ['1.7', '1.8', '1.11', '1.14'].includes(v),
    eventWaitMs: 200,
    payloadProbeBytes: 200_000,
    ...over,
  };
}

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
    expect(host.sheetNames()).toEqual(['绩效指标']);
    const text = diagnosticsText(results);
    expect(text.split('\n')).toHaveLength(results.length);
    expect(text).toContain('[通过] 变更事件与移除');
  });

  it('reports a handler that is not removed (removal outside its context) as a failure', async () => {
    const host = new FakeExcelHost();
    const { runIn: _unused, ...rest } = env(host);
    const results = await runDiagnostics(rest);
    expect(results.find((r) => r.id === 'events')).toMatchObject({ status: 'fail' });
    expect(host.sheetNames()).toEqual([]);
  });

  it('without ExcelApi 1.7 the first requirement fails', async () => {
    const host = new FakeExcelHost();
    const results = await runDiagnostics(env(host, { supports: () => false }));
    expect(results.find((r) => r.id === 'set:ExcelApi:1.7')?.status).toBe('fail');
  });
});
