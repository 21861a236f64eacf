/**
 * The add-in's logic, without React: recalculation (read → pipeline → write), the change listener
 * and scheduler, and the pane's actions. The React pane renders {@link PaneState} snapshots and
 * calls these methods; tests drive it directly against the fake Excel host.
 */
import type { OfficialFormsFile, PipelineResult, RunOptions } from '@jixiao/pipeline';
import {
  CONTRACT_SHEETS,
  contractSheetOf,
  parseRect,
  sheetsToRead,
  splitSheetAddress,
  type CellMap,
  type SheetGrid,
  type SheetGrids,
  type WorkbookPort,
  type WritePlan,
} from '@jixiao/workbook';
import { PAYLOAD_LIMIT_BYTES, type XlRun, type XlRunIn } from '../office/excel-api.js';
import { OfficePort } from '../office/office-port.js';
import {
  listenForChanges,
  sheetKey,
  type ChangeSubscription,
  type UserChange,
} from '../office/change-listener.js';
import { outputCellsOf } from '../office/output-cells.js';
import { BasePaneController, formsNotice, reportFileName, type PaneLang } from '@jixiao/ui';
import { insertTemplateSheets } from './insert-template.js';
import {
  ScoringSession,
  WorkerScoring,
  type Scoring,
  type SessionPort,
  type WorkerLike,
} from './scoring-session.js';
import { readRows } from './read-rows.js';

/** The Office environment the pane runs in. */
export interface ExcelEnv {
  run: XlRun;
  /** `Excel.run(context, …)`: event handlers are removed in the context that added them. */
  runIn?: XlRunIn;
  /** `Office.context.platform` (`PC`, `Mac`, `OfficeOnline`, …) or `Fake`. */
  platform: string;
  lang: PaneLang;
  /** Called once the pane has started (the shared runtime then loads with the document). */
  onStarted?: () => Promise<void>;
  /** Debounce for automatic recalculation (ms). */
  debounceMs?: number;
  /** Whether the host has ExcelApi 1.8 (drop-down lists in 新建模板, `onCalculated`). */
  supportsValidation?: boolean;
  /**
   * `Office.context.ui.openBrowserWindow` (OpenBrowserWindowApi 1.1), for 导出 Word on Excel for
   * Mac, whose webview cannot save a download.
   */
  openBrowserWindow?: (url: string) => void;
  /** The standalone page's address (this taskpane.html opened outside Office). */
  pageUrl?: string;
  /** Recalculate edits incrementally (default true; the benchmark measures both paths). */
  incremental?: boolean;
  /**
   * Starts the scoring worker (`scoring.worker.ts`); without it, or where the webview has no
   * module workers, scoring runs on the pane's thread.
   */
  worker?: () => WorkerLike;
}

/** The pane's state and busy actions are defined with the pane, in @jixiao/ui. */
export type { BusyAction, PaneState } from '@jixiao/ui';

/** The names of the contract's sheets and their aliases: read in one sync without listing first. */
const CANDIDATE_SHEETS = CONTRACT_SHEETS.flatMap((s) => [s.name, ...s.aliases]);
/** Whether edits of a sheet change the scores or the report (基本信息, 预算执行, 绩效指标, 报告模板). */
const isInputSheet = (name: string): boolean => {
  const key = contractSheetOf(name)?.key;
  return key !== undefined && key !== 'report';
};

export { reportFileName };

/**
 * Hosts whose task pane cannot start a download through an `<a download>` click: WKWebView
 * ignores it, also for blob URLs, and Microsoft closed that "by design"
 * (https://github.com/OfficeDev/office-js/issues/2700); the documented workaround is
 * `openBrowserWindow` with a page of the add-in's own origin that makes the file there
 * (https://github.com/OfficeDev/office-js/issues/3662).
 */
export function canDownload(platform: string): boolean {
  return platform !== 'Mac' && platform !== 'iOS';
}

/** Where drop-down picks fire no onChanged (Excel on the web; the fake stands in for it in tests). */
function needsSelectionFallback(platform: string): boolean {
  return platform === 'OfficeOnline' || platform === 'Fake';
}

export class PaneController extends BasePaneController {
  readonly port: OfficePort;
  private subscription: ChangeSubscription | null = null;
  private watchedKey = '';
  /** The one run and the incremental state: in a worker, or here. */
  private readonly scoring: Scoring;
  /** Whether the scoring holds incremental state (false: the next edit runs in full). */
  private warm = false;
  /** Edits since the last recalculation, for the incremental path. */
  private pending: UserChange[] = [];
  /** Something changed that the edits do not say (a fallback event, 重新计算): run in full. */
  private pendingFull = false;
  /** How the last recalculation ran (tests, the benchmark). */
  lastPath: 'full' | 'incremental' | null = null;
  /**
   * Download hook (the browser's `<a download>`; `type` defaults to .docx): 导出 Word and the
   * 诊断 export use it where {@link canDownload}; replaced in tests.
   */
  download: (name: string, bytes: Uint8Array, type?: string) => void = browserDownload;

  constructor(readonly env: ExcelEnv) {
    super({ lang: env.lang, debounceMs: env.debounceMs });
    // Only Excel on the web limits a request/response to 5 MB; elsewhere one sync reads everything.
    this.port = new OfficePort({
      run: env.run,
      payloadLimitBytes:
        env.platform === 'OfficeOnline' || env.platform === 'Fake' ? PAYLOAD_LIMIT_BYTES : null,
    });
    this.scoring = env.worker ? new WorkerScoring(env.worker()) : new ScoringSession();
  }

  /** Where scoring runs (tests, the 诊断 page). */
  get scoringThread(): 'worker' | 'pane' {
    return this.scoring instanceof WorkerScoring ? 'worker' : 'pane';
  }

  // ------------------------------------------------------------------ lifecycle

  /** The pane opened: recalculate everything (events may have been missed) and start listening. */
  async start(): Promise<void> {
    this.set({ busy: 'start' });
    try {
      await this.scheduler.runNow();
      await this.env.onStarted?.();
    } finally {
      this.set({ busy: null, phase: 'ready' });
    }
  }

  override dispose(): void {
    super.dispose();
    this.scoring.dispose();
    void this.subscription?.dispose();
    this.subscription = null;
  }

  // ------------------------------------------------------------------ actions

  /** 重新计算: a full recalculation now (everything read again). */
  override async recalculate(): Promise<void> {
    this.pendingFull = true;
    await super.recalculate();
  }

  /** A run that writes nothing (导出 Word, 下载官方自评表), in the worker when there is one. */
  protected dryRun(options: RunOptions): Promise<PipelineResult> {
    return this.scoring.full(this.sessionPort, options, false);
  }

  /** 导出 Word's .docx, downloaded (or the page offered on hosts that cannot download). */
  protected saveReport(name: string, bytes: Uint8Array, result: PipelineResult): void {
    if (!canDownload(this.env.platform)) return this.set({ notice: this.macExportNotice(name) });
    this.download(name, bytes);
    this.set({ notice: this.withTemplateNote(this.t.exported(name), result) });
  }

  /** 下载官方自评表's .xlsx, downloaded like 导出 Word's .docx. */
  protected saveForms(file: OfficialFormsFile): void {
    if (!canDownload(this.env.platform))
      return this.set({
        notice: this.macExportNotice(file.name, '下载官方自评表', 'jixiao forms'),
      });
    this.download(file.name, file.bytes, XLSX_MIME);
    this.set({ notice: formsNotice(this.state.lang, file) });
  }

  /** 新建模板: insert the contract's sheets, refusing if any of them exists. */
  async insertTemplate(): Promise<void> {
    await this.action('template', async () => {
      const outcome = await insertTemplateSheets(this.env.run, undefined, {
        validations: this.env.supportsValidation ?? false,
      });
      if (outcome.kind === 'conflict') {
        this.set({ notice: this.t.templateConflict(outcome.existing.join('、')) });
        return;
      }
      this.set({ notice: this.t.templateInserted });
      this.pendingFull = true;
      await this.scheduler.runNow();
    });
  }

  /** Select a cell or range given as `Sheet!A1[:B2]` (an issue's cell, an indicator's row). */
  async select(address: string): Promise<void> {
    const { sheet, local } = splitSheetAddress(address);
    if (sheet === null || parseRect(local) === null) return;
    try {
      await this.env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(local).select();
        await ctx.sync();
      });
    } catch (error) {
      this.fail(error);
    }
  }

  // ------------------------------------------------------------------ recalculation

  /**
   * Excel for Mac: the pane cannot save the .docx. Open the standalone page (this add-in's own
   * page, same origin, no upload) in the system browser, where the saved workbook is exported.
   */
  private macExportNotice(name: string, button = 'Word 报告', command = 'jixiao report'): string {
    const url = this.env.pageUrl;
    const opened = url !== undefined && this.env.openBrowserWindow !== undefined;
    if (opened) this.env.openBrowserWindow!(url);
    const zh = this.state.lang === 'zh-CN';
    if (opened)
      return zh
        ? `Excel for Mac 的任务窗格不能保存下载的文件，已在系统浏览器中打开本工具的独立网页。请先保存本工作簿（⌘S），再把它拖入网页，点击“${button}”即可得到《${name}》。文件只在本机处理，不会上传。`
        : `Excel for Mac cannot save files from a task pane, so this tool's standalone page was opened in your browser. Save this workbook (⌘S), drop it on the page and download “${name}” there. The file is processed on this Mac only.`;
    return zh
      ? `Excel for Mac 的任务窗格不能保存下载的文件。请先保存本工作簿（⌘S），在浏览器中打开本工具的独立网页${url ? `（${url}）` : ''}，把工作簿拖入网页即可导出《${name}》；或使用命令行 ${command}。文件只在本机处理。`
      : `Excel for Mac cannot save files from a task pane. Save this workbook (⌘S), open this tool's standalone page${url ? ` (${url})` : ''} in a browser and drop the workbook there to export “${name}”, or use the command line (${command}). The file stays on this Mac.`;
  }

  /** Output cells changed by hand (typically Ctrl+Z of the add-in's write): not written again. */
  private outputEdited(address: string): void {
    this.set({
      notice:
        this.state.lang === 'zh-CN'
          ? `${address} 是计算结果单元格，被撤销或手工修改后不会自动重写（以免撤销不了您自己的修改）。再次修改输入或点击“重新计算”即恢复。`
          : `${address} holds a result; after an undo or a manual change it is not rewritten automatically (so that Ctrl+Z keeps undoing your own edits). Edit an input or press Recalculate to restore it.`,
    });
  }

  /** Output cells the last write left alone because the user typed into them meanwhile. */
  private skippedNotice(): void {
    const skipped = this.port.lastSkipped;
    if (skipped.length === 0) return;
    const cells = skipped
      .slice(0, 5)
      .map((k) => `${k.sheet}!${k.address}`)
      .join('、');
    const more = skipped.length > 5 ? (this.state.lang === 'zh-CN' ? ' 等' : ' …') : '';
    this.set({
      notice:
        this.state.lang === 'zh-CN'
          ? `${cells}${more} 在计算期间被修改，未覆盖您输入的内容；这些单元格的结果为暂定。`
          : `${cells}${more} changed while scores were being written; your entries were kept and those results are provisional.`,
    });
  }

  /**
   * The workbook as the one run sees it: the Office.js port, with the names the last read saw (no
   * extra sync; before the first read every contract name and alias, missing ones simply come back
   * absent), a second read only if the workbook's sheets changed, and the highlight of scores below
   * their points kept current with each write.
   */
  private readonly workbook: WorkbookPort = {
    sheetNames: () => {
      const known = this.port.cachedSheetNames();
      return Promise.resolve(known ? [...known] : [...new Set(CANDIDATE_SHEETS)]);
    },
    readSheets: async (names) => {
      const reads = this.port.lastRead;
      let grids = await this.port.readSheets(names);
      const now = sheetsToRead(this.port.cachedSheetNames() ?? []);
      if (now.some((n) => !names.includes(n))) grids = await this.port.readSheets(now);
      this.readSyncs = this.port.lastRead === reads ? 0 : this.port.lastRead.syncs;
      // One grid per real sheet (an alias read and its name may be the same sheet).
      const byName: Record<string, SheetGrid> = {};
      for (const g of Object.values(grids)) byName[g.name] = g;
      this.lastGrids = byName;
      return byName;
    },
    // the record of the cells the tool wrote (and its last 报告 fill): typed values are kept
    readWritten: () => this.port.readWritten(),
    apply: async (plan: WritePlan, map?: CellMap) => {
      const before = this.port.lastWrite;
      await this.port.apply(plan, map);
      this.writeSyncs = this.port.lastWrite === before ? 0 : this.port.lastWrite.syncs;
    },
  };

  private readSyncs = 0;
  private writeSyncs = 0;
  private lastGrids: SheetGrids = {};

  /**
   * One recalculation: one sync to read the contract sheets, the pipeline, one sync to write the
   * output cells that changed (and 报告 when `withReport`). A run without the report leaves the
   * incremental state for the next edits.
   */
  async recalcOnce(
    withReport: boolean,
    overwriteEditedReport = false,
  ): Promise<PipelineResult | null> {
    const started = performance.now();
    this.pending = [];
    this.pendingFull = false;
    this.warm = false;
    const keep = !withReport && this.env.incremental !== false;
    const result = await this.scoring.full(
      this.sessionPort,
      this.runOptions(withReport, overwriteEditedReport),
      keep,
    );
    this.warm = keep && this.port.lastSkipped.length === 0;
    this.lastPath = 'full';
    // cells the write left alone because the user typed into them meanwhile are not counted
    const cellsWritten =
      this.writeSyncs > 0 ? result.plan.cells.length - this.port.lastSkipped.length : 0;
    this.skippedNotice();
    this.show(result);
    this.set({
      lastRun: {
        ms: performance.now() - started,
        cellsWritten,
        readSyncs: this.readSyncs,
        writeSyncs: this.writeSyncs,
      },
    });
    await this.ensureListening(Object.values(this.lastGrids).map((g) => g.name));
    return result;
  }

  /**
   * The scheduler's recalculation after edits: only the edited rows are read and what depends on
   * them re-scored ({@link IncrementalScorer}); anything structural runs in full.
   */
  protected override async recalcAuto(): Promise<void> {
    const edits = this.pending;
    const full = this.pendingFull;
    this.pending = [];
    this.pendingFull = false;
    if (!full && edits.length > 0 && this.warm && (await this.recalcEdits(edits))) return;
    await this.recalcOnce(false);
  }

  /** The incremental recalculation of `edits`; false when it needs a full run. */
  private async recalcEdits(edits: readonly UserChange[]): Promise<boolean> {
    const started = performance.now();
    this.warm = false;
    const before = this.port.lastWrite;
    const result = await this.scoring.edit(this.sessionPort, edits);
    if (result === null) return false;
    const writeSyncs = this.port.lastWrite === before ? 0 : this.port.lastWrite.syncs;
    this.lastPath = 'incremental';
    this.warm = this.port.lastSkipped.length === 0;
    this.skippedNotice();
    this.show(result);
    this.set({
      lastRun: {
        ms: performance.now() - started,
        cellsWritten: writeSyncs > 0 ? result.plan.cells.length - this.port.lastSkipped.length : 0,
        readSyncs: 1,
        writeSyncs,
      },
    });
    return true;
  }

  /** The workbook as the scoring sees it: {@link workbook}, the rows of an edit, what landed. */
  private readonly sessionPort: SessionPort = {
    sheetNames: () => this.workbook.sheetNames(),
    readSheets: (names) => this.workbook.readSheets(names),
    readWritten: () => this.workbook.readWritten!(),
    apply: (plan, map) => this.workbook.apply(plan, map),
    readRows: (requests) => readRows(this.env.run, requests),
    skipped: () => Promise.resolve(this.port.lastSkipped.length),
    knownNames: () => Promise.resolve([...(this.port.cachedSheetNames() ?? [])]),
  };

  /** An input edit: remembered for the incremental path, then a recalculation after the pause. */
  private changed(change: UserChange): void {
    this.pending.push(change);
    this.scheduler.notifyChange();
  }

  /** Subscribe to the input sheets' changes; re-subscribe when the set of sheets changed. */
  private async ensureListening(present: readonly string[]): Promise<void> {
    const inputs = present.filter(isInputSheet);
    // Keyed by sheet id: a sheet deleted and re-created under the same name needs new handlers.
    const key = sheetKey(inputs.map((n) => this.port.cachedSheetId(n) ?? n));
    if (key === this.watchedKey && this.subscription) return;
    const old = this.subscription;
    this.subscription = null;
    await old?.dispose();
    this.watchedKey = key;
    this.subscription = await listenForChanges({
      run: this.env.run,
      ...(this.env.runIn ? { runIn: this.env.runIn } : {}),
      sheets: inputs,
      onChange: (change) => this.changed(change),
      ownWrites: () => this.port.lastWrittenAddresses,
      isOutputOnly: (sheet, address) => outputCellsOf(this.state.map)(sheet, address),
      onOutputEdit: (change) => {
        // not written again now; the next recalculation reads that row too
        this.pending.push(change);
        this.outputEdited(`${change.sheet}!${change.address}`);
      },
      // Changes that fire no onChanged: re-read (a run that finds nothing changed writes nothing).
      onRecheck: () => {
        this.pendingFull = true;
        this.scheduler.notifyChange();
      },
      fallbacks: {
        calculated: this.env.supportsValidation ?? false,
        selection: needsSelectionFallback(this.env.platform),
      },
    });
  }
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Download bytes through a temporary `<a download>` (works in Excel on Windows and the web). */
function browserDownload(name: string, bytes: Uint8Array, type: string = DOCX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
