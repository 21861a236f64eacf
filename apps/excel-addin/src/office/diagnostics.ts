/**
 * 诊断: the host checks an office's IT staff run in their real Excel, so that the behaviour the fake
 * models (see fake/fake-host.ts) is confirmed on real hosts. Everything happens on a scratch sheet
 * the checks add and always delete; nothing else in the workbook is read or written. The result is
 * a list of lines and a plain-text export (to paste into a support ticket).
 */
import type { XlChangedEventArgs, XlRun, XlRunIn } from './excel-api.js';
import { errorCode, isPayloadLimitError } from './excel-api.js';

export type CheckStatus = 'ok' | 'fail' | 'info';

export interface CheckResult {
  id: string;
  /** What was checked, in Chinese. */
  title: string;
  status: CheckStatus;
  detail: string;
}

export interface DiagnosticsEnv {
  run: XlRun;
  runIn?: XlRunIn;
  /** `Office.context.platform`, `diagnostics.version`, the webview's user agent. */
  platform: string;
  hostVersion?: string;
  userAgent: string;
  /** `isSetSupported` for the sets the add-in uses. */
  supports: (set: string, version: string) => boolean;
  /** How long to wait for an event (ms). */
  eventWaitMs?: number;
  /** Bytes of the payload-limit probe (default 6 MB: above Excel on the web's 5 MB). */
  payloadProbeBytes?: number;
}

const SETS: [string, string, string][] = [
  ['ExcelApi', '1.7', '必需：变更事件、按索引取区域'],
  ['ExcelApi', '1.8', '下拉列表、onCalculated'],
  ['ExcelApi', '1.11', 'delayForCellEdit（输入时等待）'],
  ['ExcelApi', '1.14', '事件来源 triggerSource'],
  ['ExcelApi', '1.20', '撤销分组 mergeUndoGroup'],
  ['SharedRuntime', '1.1', '窗格关闭时仍保持计算'],
  ['OpenBrowserWindowApi', '1.1', 'Mac 上导出 Word（打开系统浏览器）'],
];

/** Run every check; the scratch sheet is deleted whatever happens. */
export async function runDiagnostics(env: DiagnosticsEnv): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  out.push({
    id: 'host',
    title: '宿主与网页组件',
    status: 'info',
    detail: `${env.platform} ${env.hostVersion ?? ''}；${env.userAgent}`.trim(),
  });
  for (const [set, version, why] of SETS) {
    const ok = env.supports(set, version);
    out.push({
      id: `set:${set}:${version}`,
      title: `要求集 ${set} ${version}`,
      status: ok ? 'ok' : set === 'ExcelApi' && version === '1.7' ? 'fail' : 'info',
      detail: `${ok ? '支持' : '不支持'}（${why}）`,
    });
  }
  const name = `jixiao诊断${Date.now() % 100000}`;
  try {
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await ctx.sync();
    });
    out.push(await roundTrip(env, name));
    out.push(await events(env, name));
    out.push(await payload(env, name));
  } catch (error) {
    out.push({
      id: 'scratch',
      title: '临时工作表',
      status: 'fail',
      detail: `无法完成：${errorCode(error) ?? ''} ${(error as Error)?.message ?? String(error)}`,
    });
  } finally {
    await env
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        await ctx.sync();
        if (!ws.isNullObject) ws.delete();
        await ctx.sync();
      })
      .catch(() => undefined);
  }
  out.push({
    id: 'cell-edit',
    title: '单元格编辑模式',
    status: 'info',
    detail: env.supports('ExcelApi', '1.11')
      ? '支持 delayForCellEdit：在单元格中输入时，计算会等到输入结束再写入。'
      : '不支持 delayForCellEdit：在单元格中输入时计算会失败，加载项会短暂等待后重试几次。',
  });
  return out;
}

/** Values and number formats written by the add-in read back equal; a formula giving "" reads "". */
async function roundTrip(env: DiagnosticsEnv, sheet: string): Promise<CheckResult> {
  const values = [[0.9567, 12.5, '文本', '=IF(1=0,1,"")']];
  const formats = [['0.00%', '0.00', '@', 'General']];
  const back = await env.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange('A1:D1');
    r.numberFormat = formats;
    r.values = values;
    await ctx.sync();
    const read = ctx.workbook.worksheets.getItem(sheet).getRange('A1:D1');
    read.load(['values', 'numberFormat', 'formulas']);
    await ctx.sync();
    return { values: read.values[0]!, formats: read.numberFormat[0]!, formulas: read.formulas[0]! };
  });
  const problems: string[] = [];
  if (back.values[0] !== 0.9567) problems.push(`A1 读回 ${String(back.values[0])}`);
  if (back.values[1] !== 12.5) problems.push(`B1 读回 ${String(back.values[1])}`);
  if (back.values[2] !== '文本') problems.push(`C1 读回 ${String(back.values[2])}`);
  if (back.values[3] !== '') problems.push(`D1（公式得 ""）读回 ${JSON.stringify(back.values[3])}`);
  if (back.formats[0] !== '0.00%' || back.formats[1] !== '0.00')
    problems.push(`格式读回 ${back.formats.slice(0, 2).join('、')}`);
  return {
    id: 'round-trip',
    title: '写入后读回（数值、格式、空文本公式）',
    status: problems.length === 0 ? 'ok' : 'fail',
    detail: problems.length === 0 ? '读回与写入一致，不会反复重写。' : problems.join('；'),
  };
}

/** onChanged arrives for an add-in write (with its source), and stops after removal + sync. */
async function events(env: DiagnosticsEnv, sheet: string): Promise<CheckResult> {
  const wait = env.eventWaitMs ?? 3000;
  const seen: XlChangedEventArgs[] = [];
  const handle = await env.run(async (ctx) => {
    const h = ctx.workbook.worksheets
      .getItem(sheet)
      .onChanged.add((args: XlChangedEventArgs) => Promise.resolve(void seen.push(args)));
    await ctx.sync();
    return h;
  });
  const write = (v: number) =>
    env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange('F1').values = [[v]];
      await ctx.sync();
    });
  const until = async (n: number) => {
    const end = Date.now() + wait;
    while (seen.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  };
  await write(1);
  await until(1);
  const arrived = seen.length;
  const source = seen[0]?.triggerSource;
  if (env.runIn) {
    await env.runIn(handle.context, async (ctx) => {
      handle.remove();
      await ctx.sync();
    });
  } else handle.remove();
  await write(2);
  await until(arrived + 1);
  const afterRemoval = seen.length - arrived;
  const ok = arrived > 0 && afterRemoval === 0;
  return {
    id: 'events',
    title: '变更事件与移除',
    status: ok ? 'ok' : 'fail',
    detail: `写入后收到 ${arrived} 个事件（来源 ${source ?? '未提供'}）；移除后收到 ${afterRemoval} 个。`,
  };
}

/** A write past Excel on the web's 5 MB limit: accepted (desktop) or refused with a known code. */
async function payload(env: DiagnosticsEnv, sheet: string): Promise<CheckResult> {
  const bytes = env.payloadProbeBytes ?? 6 * 1024 * 1024;
  const rows = Math.ceil(bytes / 1000);
  const big = Array.from({ length: rows }, () => ['x'.repeat(1000)]);
  try {
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRangeByIndexes(10, 0, rows, 1).values = big;
      await ctx.sync();
    });
    return {
      id: 'payload',
      title: '请求大小限制',
      status: 'ok',
      detail: `${Math.round(bytes / 1048576)} MB 的写入被接受（此宿主无 5 MB 限制）。`,
    };
  } catch (error) {
    const known = isPayloadLimitError(error);
    return {
      id: 'payload',
      title: '请求大小限制',
      status: known ? 'ok' : 'fail',
      detail: known
        ? `超过限制时报 ${errorCode(error)}，加载项会分块读写。`
        : `未识别的错误：${errorCode(error) ?? ''} ${(error as Error)?.message ?? ''}`,
    };
  }
}

/** The results as text, one line each (for 导出 and support tickets). */
export function diagnosticsText(results: readonly CheckResult[]): string {
  const mark = { ok: '通过', fail: '失败', info: '信息' } as const;
  return results.map((r) => `[${mark[r.status]}] ${r.title}：${r.detail}`).join('\n');
}
