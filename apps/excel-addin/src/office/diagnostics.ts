/**
 * 诊断: the host checks an office's IT staff run in their real Excel, so that the behaviour the fake
 * models (see fake/fake-host.ts) is confirmed on real hosts. Everything happens on a scratch sheet
 * the checks add and always delete; nothing else in the workbook is read or written. The result is
 * a list of lines and a plain-text export (to paste into a support ticket).
 */
import type { XlChangedEventArgs, XlRun, XlRunIn } from './excel-api.js';
import { errorCode, isPayloadLimitError } from './excel-api.js';

/** 通过 / 失败 / 不可用 (the host lacks it; the add-in falls back) / 信息. */
export type CheckStatus = 'ok' | 'fail' | 'na' | 'info';

export interface CheckResult {
  id: string;
  /** What was checked, in Chinese. */
  title: string;
  status: CheckStatus;
  /** What was observed (technical, for IT staff). */
  detail: string;
  /** What it means for the user, in Chinese. */
  meaning: string;
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
  /** Whether the webview runs module workers (scoring off the pane's thread). */
  moduleWorkers?: boolean;
  /** Pause before retrying the scratch sheet's deletion, times the attempt (default 250 ms). */
  retryDelayMs?: number;
}

/** [set, version, what it gives, what its absence means for the user]. */
const SETS: [string, string, string, string][] = [
  [
    'ExcelApi',
    '1.7',
    '必需：变更事件、按索引取区域',
    '缺少时加载项不能在此 Excel 中运行：请用 Office 2021 / Microsoft 365，或用独立网页、命令行。',
  ],
  [
    'ExcelApi',
    '1.8',
    '下拉列表、onCalculated',
    '新建模板不带下拉列表；由公式带出的输入变化后，请点击“重新计算”。',
  ],
  [
    'ExcelApi',
    '1.11',
    'delayForCellEdit（输入时等待）',
    '正在单元格中输入时计算会被拒绝，加载项稍后自动重试几次。',
  ],
  ['ExcelApi', '1.14', '事件来源 triggerSource', '靠写入记录区分加载项自己的写入，功能不受影响。'],
  [
    'ExcelApi',
    '1.20',
    '撤销分组 mergeUndoGroup',
    '加载项的写入不合并为一步撤销：Ctrl+Z 可能先撤销计算结果，或清空撤销记录。',
  ],
  ['SharedRuntime', '1.1', '窗格关闭时仍保持计算', '关闭任务窗格后不再自动计算，打开窗格即补算。'],
  [
    'OpenBrowserWindowApi',
    '1.1',
    'Mac 上导出 Word（打开系统浏览器）',
    '仅影响 Excel for Mac：导出 Word 时需手动在浏览器中打开独立网页。',
  ],
];

/** Whether a sheet named `name` exists (the check only ever deletes a name unused before it). */
async function sheetExists(env: DiagnosticsEnv, name: string): Promise<boolean> {
  return env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    await ctx.sync();
    return !ws.isNullObject;
  });
}

/** Delete the scratch sheet, retrying a refused batch (cell-edit mode …); true once it is gone. */
async function removeScratch(env: DiagnosticsEnv, name: string): Promise<boolean> {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        await ctx.sync();
        if (!ws.isNullObject) ws.delete();
        await ctx.sync();
      });
      if (!(await sheetExists(env, name))) return true;
    } catch {
      // refused (the user is typing in a cell, a busy host): try again shortly
    }
    await new Promise((r) => setTimeout(r, (env.retryDelayMs ?? 250) * (attempt + 1)));
  }
  return false;
}

/** Run every check; the scratch sheet is deleted whatever happens (and a failure to is reported). */
export async function runDiagnostics(env: DiagnosticsEnv): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  out.push({
    id: 'host',
    title: '宿主与网页组件',
    status: 'info',
    detail: `${env.platform} ${env.hostVersion ?? ''}；${env.userAgent}`.trim(),
    meaning: '请在联系技术支持时附上此行。',
  });
  for (const [set, version, why, without] of SETS) {
    const ok = env.supports(set, version);
    out.push({
      id: `set:${set}:${version}`,
      title: `要求集 ${set} ${version}`,
      status: ok ? 'ok' : set === 'ExcelApi' && version === '1.7' ? 'fail' : 'na',
      detail: `${ok ? '支持' : '不支持'}（${why}）`,
      meaning: ok ? '此功能可用。' : without,
    });
  }
  if (env.moduleWorkers !== undefined)
    out.push({
      id: 'worker',
      title: '后台计算线程（模块 Worker）',
      status: env.moduleWorkers ? 'ok' : 'na',
      detail: env.moduleWorkers ? '支持' : '不支持',
      meaning: env.moduleWorkers
        ? '评分在后台进行，大工作簿计算时窗格仍可操作。'
        : '评分在窗格线程中进行：很大的工作簿计算时窗格会短暂无响应。',
    });
  let name = '';
  try {
    // a name no sheet has, so that the clean-up can only ever delete the sheet added here
    const taken = await env.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return new Set(sheets.items.map((ws) => ws.name));
    });
    let n = Date.now() % 100000;
    while (taken.has(`jixiao诊断${n}`)) n++;
    name = `jixiao诊断${n}`;
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
      title: '临时工作表上的检查',
      status: 'fail',
      detail: `无法完成：${errorCode(error) ?? ''} ${(error as Error)?.message ?? String(error)}`,
      meaning:
        '检查没有做完：请退出单元格编辑（按 Enter）后点击“重新检查”；仍失败请导出结果发给技术支持。',
    });
  } finally {
    if (name !== '' && !(await removeScratch(env, name)))
      out.push({
        id: 'cleanup',
        title: '删除临时工作表',
        status: 'fail',
        detail: `工作表“${name}”未能删除。`,
        meaning: `请右键单击工作表标签“${name}”并选择“删除”；它不含您的数据。`,
      });
  }
  const delay = env.supports('ExcelApi', '1.11');
  out.push({
    id: 'cell-edit',
    title: '单元格编辑模式',
    status: delay ? 'ok' : 'na',
    detail: delay ? '支持 delayForCellEdit' : '不支持 delayForCellEdit',
    meaning: delay
      ? '在单元格中输入时，计算会等到输入结束再写入。'
      : '在单元格中输入时计算会被拒绝，加载项会短暂等待后重试几次；若仍失败，按 Enter 后点击“重新计算”。',
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
    detail: problems.length === 0 ? '读回与写入一致。' : problems.join('；'),
    meaning:
      problems.length === 0
        ? '加载项写入的得分、百分比读回不变，打开或编辑时不会反复重写。'
        : '此 Excel 读回的值与写入不同：得分可能被反复重写，请导出结果发给技术支持。',
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
    meaning:
      arrived === 0
        ? '此 Excel 不发送变更事件：修改后不会自动计算，请点击“重新计算”。'
        : afterRemoval > 0
          ? '事件处理无法移除：可能重复计算，关闭再打开任务窗格可恢复。'
          : '修改输入后会自动重新计算。',
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
      detail: `${(bytes / 1048576).toFixed(1)} MB 的写入被接受（此宿主无 5 MB 限制）。`,
      meaning: '大工作簿一次读写。',
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
      meaning: known
        ? '大工作簿会分块读写，可以正常计算。'
        : '很大的工作簿可能无法计算：请导出结果发给技术支持，或改用独立网页、命令行。',
    };
  }
}

/** 通过 / 失败 / 不可用 / 信息. */
export const STATUS_LABEL: Record<CheckStatus, string> = {
  ok: '通过',
  fail: '失败',
  na: '不可用',
  info: '信息',
};

/** The results as text, one line each: status, title, detail — meaning (for 导出 and tickets). */
export function diagnosticsText(results: readonly CheckResult[]): string {
  return results
    .map((r) => `[${STATUS_LABEL[r.status]}] ${r.title}：${r.detail} —— ${r.meaning}`)
    .join('\n');
}
