/**
 * The WPS pane's logic, without React: the shared pane of @jixiao/ui ({@link PaneController})
 * over the {@link WpsPort}. Recalculation is read → pipeline → write; `SheetChange` edits of the
 * input sheets schedule one (debounced, never for our own writes); 填充报告 writes 报告; 导出 Word
 * asks where to save (`GetSaveAsFilename`), writes the .docx with `FileSystem` and offers to open
 * it in WPS 文字; 新建模板 adds the contract's sheets. Commands sent from the ribbon (another page
 * of the add-in) arrive through `PluginStorage`.
 */
import { run, type PipelineResult } from '@jixiao/pipeline';
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_SHEET,
  TEMPLATE_SHEET,
  cellAddress,
  contractSheetOf,
  type CellMap,
} from '@jixiao/workbook';
import type { Evaluation } from '@jixiao/engine';
import type { FontProfile } from '@jixiao/report';
import type { ExportDocxOptions } from '@jixiao/report/docx';
import {
  afterFill,
  beforeExport,
  loadFontProfile,
  ReportAsker,
  saveFontProfile,
  type RuleSet,
} from '@jixiao/ui';
import type { ReportBlock } from '@jixiao/report';
import {
  describeError,
  PANE_STRINGS,
  RecalcScheduler,
  type BusyAction,
  type PaneController,
  type PaneLang,
  type PaneState,
} from '@jixiao/ui';
import type { EtApplication } from '../wps/et-api.js';
import { WpsPort, WpsWriteError } from '../wps/wps-port.js';
import { listenForSheetChanges, type WpsChangeSubscription } from '../wps/change-listener.js';
import { insertTemplateSheets } from '../wps/insert-template.js';
import { COMMAND_KEY, type RibbonCommand } from './command.js';

export { COMMAND_KEY, type RibbonCommand } from './command.js';

export interface WpsEnv {
  app: EtApplication;
  lang: PaneLang;
  /** Debounce for automatic recalculation (ms, default 400). */
  debounceMs?: number;
  /** Ask whether to open the exported file (default `window.confirm`, a WPS dialog in WPS). */
  confirmOpen?: (message: string) => boolean;
  /** The docx export (default the lazily loaded @jixiao/report one). */
  exportDocx?: (
    blocks: NonNullable<PipelineResult['report']>['blocks'],
    options?: ExportDocxOptions,
  ) => Promise<Uint8Array>;
}

/** Sheets whose edits change the scores or the report (by the one sheet-name rule). */
const INPUT_KEYS = new Set(
  [INFO_SHEET, BUDGET_SHEET, INDICATOR_SHEET, TEMPLATE_SHEET].map((s) => s.key),
);
const isInputSheet = (name: string): boolean => {
  const def = contractSheetOf(name);
  return def !== null && INPUT_KEYS.has(def.key);
};
const REQUIRED = [INFO_SHEET, BUDGET_SHEET, INDICATOR_SHEET];

/** The Word file's name: `<部门名称><年度>年度部门整体支出绩效自评报告.docx`. */
export function reportFileName(evaluation: Evaluation): string {
  const clean = evaluation.info.department.replace(/[\\/:*?"<>|]/g, '').trim();
  return `${clean}${evaluation.info.year}年度部门整体支出绩效自评报告.docx`;
}

/** Bytes as a binary string (one char per byte), what `FileSystem.writeAsBinaryString` takes. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return out;
}

export class WpsPaneController implements PaneController {
  readonly port: WpsPort;
  readonly scheduler: RecalcScheduler;
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private subscription: WpsChangeSubscription | null = null;
  lastResult: PipelineResult | null = null;
  /** Path of the last exported .docx. */
  lastExport: string | null = null;
  /** Asks before 填充报告 / 导出 Word (an edited 报告, the report's issues); the pane shows it. */
  readonly reportAsker = new ReportAsker();

  constructor(readonly env: WpsEnv) {
    this.port = new WpsPort({ app: env.app });
    this.scheduler = new RecalcScheduler({
      recalc: () => this.recalcOnce(false).then(() => undefined),
      debounceMs: env.debounceMs ?? 400,
      onStateChange: (scheduler) => this.set({ scheduler, paused: this.scheduler.isPaused }),
      onError: (error) => this.fail(error),
    });
    this.state = {
      lang: env.lang,
      fonts: loadFontProfile(),
      phase: 'starting',
      busy: null,
      evaluation: null,
      issues: [],
      explanations: [],
      missingSheets: [],
      paused: false,
      scheduler: 'idle',
      error: null,
      notice: null,
      fallbackDownload: null,
      lastRun: null,
      map: null,
    };
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private get t() {
    return PANE_STRINGS[this.state.lang];
  }

  setLang(lang: PaneLang): void {
    this.set({ lang });
  }

  /** The Word fonts (标准字体 / Windows 字体), remembered as in the Excel pane. */
  setFonts(fonts: FontProfile): void {
    saveFontProfile(fonts);
    this.set({ fonts });
  }

  dismissMessages(): void {
    this.set({ error: null, notice: null });
  }

  /** The 规则 panel: state the province rules for this session and re-score with them. */
  async setRules(rules: RuleSet): Promise<void> {
    this.set({ rules });
    await this.recalculate();
  }

  /** The pane opened: recalculate everything and start listening to SheetChange. */
  async start(): Promise<void> {
    this.set({ busy: 'start' });
    try {
      if (typeof BigInt !== 'function') throw new OldBrowserError();
      await this.scheduler.runNow();
      this.subscription ??= listenForSheetChanges(this.env.app, this.port, isInputSheet, () =>
        this.scheduler.notifyChange(),
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ busy: null, phase: 'ready' });
    }
  }

  dispose(): void {
    this.scheduler.dispose();
    this.subscription?.dispose();
    this.subscription = null;
  }

  /** Events ignored as our own writes so far (tests). */
  get ignoredEvents(): number {
    return this.subscription?.ignored ?? 0;
  }

  setPaused(paused: boolean): void {
    if (paused) this.scheduler.pause();
    else this.scheduler.resume();
    this.set({ paused });
  }

  /** Run a command the ribbon left in PluginStorage (and clear it). */
  async runPendingCommand(): Promise<RibbonCommand | null> {
    const storage = this.env.app.PluginStorage;
    const command = storage.getItem(COMMAND_KEY);
    if (!command) return null;
    storage.setItem(COMMAND_KEY, '');
    switch (command) {
      case 'recalc':
        await this.recalculate();
        return command;
      case 'report':
        await this.fillReport();
        return command;
      case 'export':
        await this.exportWord();
        return command;
      case 'template':
        await this.insertTemplate();
        return command;
      default:
        return null;
    }
  }

  async recalculate(): Promise<void> {
    await this.action('recalc', () => this.scheduler.runNow());
  }

  async fillReport(): Promise<void> {
    await this.action('report', async () => {
      let result: PipelineResult | null = null;
      await this.scheduler.runNow(async () => {
        result = await this.recalcOnce(true);
      });
      // a 报告 edited by hand was kept: 覆盖 / 按现有报告导出 / 取消
      const first = result as PipelineResult | null;
      const next = await afterFill(first, this.reportAsker, () => this.fillOverEdits());
      if (next.kind === 'asIs') return first ? this.deliver(next.blocks, first) : undefined;
      if (next.kind === 'kept') return this.set({ notice: this.t.reportKept });
      const filled = next.result?.report;
      if (filled) this.set({ notice: this.t.reportFilled(Math.max(0, filled.rows.length - 1)) });
      else if (!this.state.error)
        this.set({ notice: this.state.evaluation ? this.noTemplateNotice() : this.t.notScored });
    });
  }

  /** 导出 Word: choose where (save-as dialog), write the .docx, offer to open it in WPS 文字. */
  async exportWord(): Promise<void> {
    await this.action('export', async () => {
      await this.scheduler.whenIdle();
      const result = await run(this.port, { ...this.options(true), dryRun: true });
      this.show(result);
      if (!result.evaluation || !result.report) {
        this.set({ notice: result.evaluation ? this.noTemplateNotice() : this.t.notScored });
        return;
      }
      // the edited 报告 and the report's issues, asked about before anything is exported
      const chosen = await beforeExport(result, this.reportAsker, () => this.fillOverEdits());
      if (chosen === null) return this.set({ notice: this.t.exportCancelled });
      await this.deliver(chosen.blocks, chosen.result);
    });
  }

  /** 覆盖: fill 报告 again over the edits made by hand (one run, in the scheduler's turn). */
  private async fillOverEdits(): Promise<PipelineResult | null> {
    let result: PipelineResult | null = null;
    await this.scheduler.runNow(async () => {
      result = await this.recalcOnce(true, true);
    });
    return result;
  }

  /** Writes the .docx of `blocks` where the user chooses and offers to open it in WPS 文字. */
  private async deliver(blocks: ReportBlock[], result: PipelineResult): Promise<void> {
    if (!result.evaluation) return this.set({ notice: this.t.notScored });
    const exportDocx =
      this.env.exportDocx ?? (await import('@jixiao/ui/load-docx-export')).exportDocx;
    const bytes = await exportDocx(blocks, {
      fonts: this.state.fonts,
      creator: result.evaluation.info.department,
    });
    const name = reportFileName(result.evaluation);
    const app = this.env.app;
    const chosen = app.GetSaveAsFilename(name, 'Word 文档 (*.docx),*.docx', 1, '导出 Word');
    if (typeof chosen !== 'string' || chosen === '') {
      this.set({ notice: zh(this.state.lang, '已取消导出。', 'Export cancelled.') });
      return;
    }
    const path = /\.docx$/i.test(chosen) ? chosen : `${chosen}.docx`;
    if (!app.FileSystem.writeAsBinaryString(path, bytesToBinaryString(bytes)))
      throw new Error(`无法写入文件：${path}`);
    this.lastExport = path;
    this.set({ notice: this.t.exported(path) });
    const ask = this.env.confirmOpen ?? ((m: string) => window.confirm(m));
    if (
      ask(
        zh(
          this.state.lang,
          `已导出到 ${path}。现在用 WPS 文字打开吗？`,
          `Saved to ${path}. Open it in WPS Writer now?`,
        ),
      )
    )
      app.OAAssist.ShellExecute(path);
  }

  async insertTemplate(): Promise<void> {
    await this.action('template', async () => {
      const outcome = insertTemplateSheets(this.env.app);
      if (outcome.kind === 'conflict') {
        this.set({ notice: this.t.templateConflict(outcome.existing.join('、')) });
        return;
      }
      this.set({ notice: this.t.templateInserted });
      await this.scheduler.runNow();
    });
  }

  async select(address: string): Promise<void> {
    const bang = address.lastIndexOf('!');
    if (bang < 0) return;
    let sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const local = address.slice(bang + 1);
    if (!/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(local)) return;
    try {
      await Promise.resolve();
      const wb = this.env.app.ActiveWorkbook;
      if (!wb) return;
      const ws = wb.Sheets.Item(sheet);
      ws.Activate();
      ws.Range(local).Select();
    } catch (error) {
      this.fail(error);
    }
  }

  indicatorRowAddress(index: number): string | null {
    const map = this.state.map?.indicators ?? null;
    if (!map) return null;
    const row = map.rows[index];
    if (row === undefined) return null;
    const cols = Object.values(map.columns).filter((c): c is number => typeof c === 'number');
    if (cols.length === 0) return null;
    return `${map.sheet}!${cellAddress(row, Math.min(...cols))}:${cellAddress(row, Math.max(...cols))}`;
  }

  private async action(busy: BusyAction, body: () => Promise<void>): Promise<void> {
    this.set({ busy, error: null, notice: null, fallbackDownload: null });
    try {
      await body();
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ busy: null });
    }
  }

  private fail(error: unknown): void {
    if (error instanceof OldBrowserError) {
      this.set({
        error: { message: error.message, next: '请升级到最新版 WPS Office。', code: null },
      });
      return;
    }
    if (error instanceof WpsWriteError) {
      // WPS applies writes at once and cannot undo them: say so instead of "nothing changed".
      this.set({
        error: {
          message: error.message,
          next: '检查该单元格是否受保护或处于编辑状态，然后点击“重新计算”：已写入的部分会被重新核对。',
          code: null,
        },
      });
      return;
    }
    this.set({ error: describeError(error, this.state.lang) });
  }

  private noTemplateNotice(): string {
    return zh(
      this.state.lang,
      '“报告模板”工作表没有内容，无法生成报告。点击“新建模板”可获得默认模板。',
      'The 报告模板 sheet is empty, so there is no report to fill.',
    );
  }

  /** The pipeline's options: the pane's language; messages name the pane's buttons (新建模板 …). */
  private options(report: boolean, overwriteEditedReport = false) {
    const rules = this.state.rules ?? {};
    // the 规则 panel's rules replace the 基本信息 items of the same name (docs/rules.md)
    return {
      locale: this.state.lang,
      report,
      surface: 'excel' as const,
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(overwriteEditedReport ? { overwriteEditedReport } : {}),
    };
  }

  /** One recalculation: the one pipeline run on the WPS port (read, score, write what changed). */
  async recalcOnce(
    withReport: boolean,
    overwriteEditedReport = false,
  ): Promise<PipelineResult | null> {
    const started = performance.now();
    const result = await run(this.port, this.options(withReport, overwriteEditedReport));
    const cellsWritten = result.plan.cells.length;
    this.show(result);
    this.set({
      lastRun: {
        ms: performance.now() - started,
        cellsWritten,
        readSyncs: this.port.lastRead.blocks,
        writeSyncs: cellsWritten > 0 ? this.port.lastWrite.blocks : 0,
      },
    });
    return result;
  }

  private show(result: PipelineResult): void {
    this.lastResult = result;
    const map: CellMap = result.map;
    this.set({
      evaluation: result.evaluation,
      issues: result.issues,
      explanations: result.summary.indicators.map((i) => i.explanation),
      // a workbook of official forms lacks no contract sheet: its forms are shown instead
      missingSheets: result.forms
        ? []
        : REQUIRED.filter((s) => map[s.key] === null).map((s) => s.name),
      map,
      forms: result.forms?.forms ?? null,
    });
  }
}

/** The embedded browser lacks BigInt, which exact scoring needs: refuse rather than guess. */
export class OldBrowserError extends Error {
  constructor() {
    super(
      '此版本 WPS 的内置浏览器过旧（不支持 BigInt），无法保证计算精确，未计算任何分数。请升级 WPS 后再使用。',
    );
    this.name = 'OldBrowserError';
  }
}

function zh(lang: PaneLang, zhText: string, enText: string): string {
  return lang === 'zh-CN' ? zhText : enText;
}
