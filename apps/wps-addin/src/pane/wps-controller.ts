/**
 * The WPS pane's logic, without React: the shared pane of @jixiao/ui ({@link PaneController})
 * over the {@link WpsPort}. Recalculation is read → pipeline → write; `SheetChange` edits of the
 * input sheets schedule one (debounced, never for our own writes); 填充报告 writes 报告; 导出 Word
 * asks where to save (`GetSaveAsFilename`), writes the .docx with `FileSystem` and offers to open
 * it in WPS 文字; 新建模板 adds the contract's sheets. Commands sent from the ribbon (another page
 * of the add-in) arrive through `PluginStorage`.
 */
import {
  run,
  type OfficialFormsFile,
  type PipelineResult,
  type RunOptions,
} from '@jixiao/pipeline';
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_SHEET,
  TEMPLATE_SHEET,
  contractSheetOf,
} from '@jixiao/workbook';
import type { ExportDocxOptions } from '@jixiao/report/docx';
import {
  BasePaneController,
  formsNotice,
  reportFileName,
  type ExportDocx,
  type PaneLang,
} from '@jixiao/ui';
import type { EtApplication } from '../wps/et-api.js';
import { WpsPort, WpsWriteError } from '../wps/wps-port.js';
import { listenForSheetChanges, type WpsChangeSubscription } from '../wps/change-listener.js';
import { insertTemplateSheets } from '../wps/insert-template.js';
import { COMMAND_KEY, type RibbonCommand } from './command.js';

export { COMMAND_KEY, type RibbonCommand } from './command.js';
export { reportFileName };

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

/** Bytes as a binary string (one char per byte), what `FileSystem.writeAsBinaryString` takes. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return out;
}

export class WpsPaneController extends BasePaneController {
  readonly port: WpsPort;
  private subscription: WpsChangeSubscription | null = null;
  /** Path of the last exported .docx. */
  lastExport: string | null = null;

  constructor(readonly env: WpsEnv) {
    super({ lang: env.lang, debounceMs: env.debounceMs });
    this.port = new WpsPort({ app: env.app });
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

  override dispose(): void {
    super.dispose();
    this.subscription?.dispose();
    this.subscription = null;
  }

  /** Events ignored as our own writes so far (tests). */
  get ignoredEvents(): number {
    return this.subscription?.ignored ?? 0;
  }

  /** Run a command the ribbon left in PluginStorage (and clear it). */
  async runPendingCommand(): Promise<RibbonCommand | null> {
    const storage = this.env.app.PluginStorage;
    const command = storage.getItem(COMMAND_KEY);
    if (!command) return null;
    storage.setItem(COMMAND_KEY, '');
    const actions: Record<RibbonCommand, () => Promise<void>> = {
      recalc: () => this.recalculate(),
      report: () => this.fillReport(),
      export: () => this.exportWord(),
      template: () => this.insertTemplate(),
    };
    if (!Object.hasOwn(actions, command)) return null;
    await actions[command as RibbonCommand]();
    return command as RibbonCommand;
  }

  /** A run on the WPS port that writes nothing (导出 Word, 下载官方自评表). */
  protected dryRun(options: RunOptions): Promise<PipelineResult> {
    return run(this.port, options);
  }

  /** The docx writer: the environment's (tests), else the lazily loaded one. */
  protected override async loadExportDocx(): Promise<ExportDocx> {
    return this.env.exportDocx ?? super.loadExportDocx();
  }

  /** 导出 Word's .docx, written where the user chooses and offered to open in WPS 文字. */
  protected saveReport(name: string, bytes: Uint8Array, result: PipelineResult): void {
    const path = this.saveAs(name, bytes, 'Word 文档 (*.docx),*.docx', '.docx');
    if (path === null) return;
    this.set({ notice: this.withTemplateNote(this.t.exported(path), result) });
    this.offerToOpen(path);
  }

  /**
   * 下载官方自评表's .xlsx, saved where the user chooses (`GetSaveAsFilename`, as 导出 Word) and
   * offered to open in WPS 表格.
   */
  protected saveForms(file: OfficialFormsFile): void {
    const path = this.saveAs(file.name, file.bytes, 'Excel 工作簿 (*.xlsx),*.xlsx', '.xlsx');
    if (path === null) return;
    this.set({ notice: `${formsNotice(this.state.lang, file)} ${this.t.exported(path)}` });
    this.offerToOpen(path, false);
  }

  /**
   * Asks where to save (`GetSaveAsFilename` with `filter`), writes `bytes` there with `FileSystem`
   * and returns the path; null (with a notice) when the user cancels.
   */
  private saveAs(name: string, bytes: Uint8Array, filter: string, ext: string): string | null {
    const app = this.env.app;
    const title = ext === '.docx' ? '导出 Word' : '下载官方自评表';
    const chosen = app.GetSaveAsFilename(name, filter, 1, title);
    if (typeof chosen !== 'string' || chosen === '') {
      this.set({ notice: zh(this.state.lang, '已取消导出。', 'Export cancelled.') });
      return null;
    }
    const path = chosen.toLowerCase().endsWith(ext) ? chosen : `${chosen}${ext}`;
    if (!app.FileSystem.writeAsBinaryString(path, bytesToBinaryString(bytes)))
      throw new Error(`无法写入文件：${path}`);
    this.lastExport = path;
    return path;
  }

  /** Offers to open a saved file (in WPS 文字 for the .docx, WPS 表格 for the forms). */
  private offerToOpen(path: string, word = true): void {
    const ask = this.env.confirmOpen ?? ((m: string) => window.confirm(m));
    if (
      ask(
        zh(
          this.state.lang,
          `已导出到 ${path}。现在用 ${word ? 'WPS 文字' : 'WPS 表格'}打开吗？`,
          `Saved to ${path}. Open it in ${word ? 'WPS Writer' : 'WPS Spreadsheets'} now?`,
        ),
      )
    )
      this.env.app.OAAssist.ShellExecute(path);
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

  protected override fail(error: unknown): void {
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
    super.fail(error);
  }

  /** One recalculation: the one pipeline run on the WPS port (read, score, write what changed). */
  async recalcOnce(
    withReport: boolean,
    overwriteEditedReport = false,
  ): Promise<PipelineResult | null> {
    const started = performance.now();
    const result = await run(this.port, this.runOptions(withReport, overwriteEditedReport));
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
