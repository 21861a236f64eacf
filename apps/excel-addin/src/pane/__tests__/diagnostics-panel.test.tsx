// @vitest-environment happy-dom
/**
 * 诊断 in the Excel pane on the fake Excel host: the link below the tabs runs the checks and lists
 * their results, 导出结果 hands a .txt with those results to the pane's download path (the one
 * 导出 Word uses), Excel for Mac shows the text to copy instead, and the scratch sheet is gone.
 */
import { describe, expect, it } from 'vitest';
import { actAsync, byTestId, mountPane, waitUntil } from '@jixiao/ui/test-support/pane';
import { FakeExcelHost } from '../../office/fake/index.js';
import { PaneController } from '../pane-controller.js';
import { diagnosticsFooter, type DiagnosticsHost } from '../mount-pane.js';
import { diagnosticsFileName } from '../diagnostics-panel.js';

const HOST: DiagnosticsHost = {
  supports: (set, v) => set === 'ExcelApi' && ['1.7', '1.8', '1.11', '1.14'].includes(v),
  hostVersion: '16.0.test',
  userAgent: 'happy-dom',
  moduleWorkers: false,
  eventWaitMs: 200,
  payloadProbeBytes: 200_000,
};

async function mount(platform: string) {
  const host = new FakeExcelHost({ payloadLimitBytes: 100_000 });
  host.addSheet('绩效指标', [['指标名称'], ['调研报告']]);
  const controller = new PaneController({
    run: host.run,
    runIn: host.runIn,
    platform,
    lang: 'zh-CN',
  });
  const downloads: { name: string; bytes: Uint8Array; type?: string }[] = [];
  controller.download = (name, bytes, type) => void downloads.push({ name, bytes, type });
  const el = await mountPane(controller, diagnosticsFooter(controller, HOST));
  return { host, controller, downloads, el };
}

async function openDiagnostics(el: HTMLElement): Promise<HTMLElement[]> {
  await actAsync(() => byTestId(el, 'diagnostics-open')!.click());
  await waitUntil(() => byTestId(el, 'diagnostics-results') !== null, 200);
  return [...el.querySelectorAll<HTMLElement>('[data-testid="diagnostics-results"] > li')];
}

describe('诊断 in the Excel pane (fake host)', () => {
  it('the link runs the checks, lists each result, exports them, and leaves no scratch sheet', async () => {
    const { host, downloads, el } = await mount('Fake');
    expect(byTestId(el, 'diagnostics-open')?.textContent).toContain('诊断');
    expect(byTestId(el, 'diagnostics-results')).toBeNull();
    const items = await openDiagnostics(el);
    const status = Object.fromEntries(
      items.map((li) => [li.dataset.testid!.slice('diag-'.length), li.dataset.status]),
    );
    expect(status).toMatchObject({
      host: 'info',
      'set:ExcelApi:1.7': 'ok',
      'set:ExcelApi:1.20': 'na',
      worker: 'na',
      'round-trip': 'ok',
      events: 'ok',
      payload: 'ok',
      'cell-edit': 'ok',
    });
    expect(Object.values(status)).not.toContain('fail');
    const events = byTestId(el, 'diag-events')!.textContent;
    expect(events).toContain('通过');
    expect(events).toContain('修改输入后会自动重新计算');
    expect(byTestId(el, 'diag-set:ExcelApi:1.20')!.textContent).toContain('不可用');
    expect(byTestId(el, 'diagnostics-summary')!.textContent).toContain('没有失败项');
    expect(host.sheetNames()).toEqual(['绩效指标']);

    await actAsync(() => byTestId(el, 'diagnostics-export')!.click());
    expect(downloads).toHaveLength(1);
    const file = downloads[0]!;
    expect(file.name).toMatch(/^绩效自评助手-诊断-\d{8}-\d{6}\.txt$/);
    expect(file.type).toBe('text/plain;charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Notepad
    const text = new TextDecoder().decode(file.bytes);
    expect(text.startsWith('绩效自评助手 诊断结果')).toBe(true);
    const lines = text.split('\n').filter((l) => l.startsWith('['));
    expect(lines).toHaveLength(items.length);
    expect(text).toContain('[通过] 变更事件与移除：写入后收到 1 个事件（来源 ThisLocalAddin）');
    expect(text).toContain('[不可用] 要求集 ExcelApi 1.20');
    expect(text).toContain('16.0.test');
    expect(byTestId(el, 'diagnostics-note')!.textContent).toContain(file.name);
    expect(host.sheetNames()).toEqual(['绩效指标']);
  });

  it('on Excel for Mac (no download) the same text is shown to copy', async () => {
    const { host, downloads, el } = await mount('Mac');
    const items = await openDiagnostics(el);
    expect(items.length).toBeGreaterThan(8);
    await actAsync(() => byTestId(el, 'diagnostics-export')!.click());
    expect(downloads).toEqual([]);
    expect(byTestId(el, 'diagnostics-note')!.textContent).toContain('⌘C');
    const text = (byTestId(el, 'diagnostics-text') as HTMLTextAreaElement).value;
    expect(text.split('\n').filter((l) => l.startsWith('['))).toHaveLength(items.length);
    expect(text).toContain('[通过] 写入后读回');
    expect(host.sheetNames()).toEqual(['绩效指标']);
  });

  it('names the file by local date and time', () => {
    expect(diagnosticsFileName(new Date(2026, 0, 5, 9, 7, 3))).toBe(
      '绩效自评助手-诊断-20260105-090703.txt',
    );
  });
});
