/**
 * What the task pane needs from its host: a store of {@link PaneState} snapshots for React and the
 * pane's actions. Each host implements it over its own workbook port by extending
 * {@link BasePaneController} (the Excel add-in's `PaneController` over Office.js, the WPS pane's
 * `WpsPaneController` over the WPS port).
 */
import type { FontProfile, ReportBlock } from '@jixiao/report';
import type { Evaluation, Grade } from '@jixiao/engine';
import type { OfficialFormsFile, PipelineResult, RunOptions } from '@jixiao/pipeline';
import {
  BUDGET_SHEET,
  INDICATOR_SHEET,
  INFO_SHEET,
  rectAddress,
  renderIssue,
  type CellIssue,
  type CellMap,
} from '@jixiao/workbook';
import { describeError, type PaneError } from './describe-error.js';
import { loadFontProfile, saveFontProfile } from './font-choice.js';
import { PANE_STRINGS, type PaneLang, type PaneStrings } from './strings.js';
import { RecalcScheduler } from './recalc-scheduler.js';
import { ReportAsker } from './report-check.js';
import { afterFill, beforeExport } from './report-flow.js';
import type { RuleSet } from './rules-panel.js';
import type { FormsLayout } from './forms-download.js';

export type BusyAction = 'start' | 'recalc' | 'report' | 'export' | 'template';

import type { SchedulerState } from './recalc-scheduler.js';

export interface PaneState {
  lang: PaneLang;
  /** Font names 导出 Word writes (remembered between sessions). */
  fonts: FontProfile;
  phase: 'starting' | 'ready';
  busy: BusyAction | null;
  evaluation: Evaluation | null;
  issues: readonly CellIssue[];
  /** Explanations of each indicator's score (same order as evaluation.indicators). */
  explanations: readonly string[];
  missingSheets: readonly string[];
  paused: boolean;
  scheduler: SchedulerState;
  error: PaneError | null;
  /** A short confirmation of the last action (template inserted, report filled …). */
  notice: string | null;
  /** A blob URL for hosts that cannot download (Excel for Mac), with the file's name. */
  fallbackDownload: { url: string; name: string } | null;
  lastRun: { ms: number; cellsWritten: number; readSyncs: number; writeSyncs: number } | null;
  /** Where indicator and budget rows sit (for selecting them). */
  map: CellMap | null;
  /** Province rules stated in the 规则 panel, passed to every run as `options.rules`. */
  rules?: RuleSet;
  /**
   * The official forms of a workbook of forms, each scored in place (`run`'s `forms.forms`), or
   * null/absent for a contract workbook.
   */
  forms?: readonly PaneForm[] | null;
}

/** What the pane shows of one official form (a structural part of the pipeline's `FormResult`). */
export interface PaneForm {
  sheet: string;
  layout: { name: string };
  identity: { project: string | null; unit: string | null; department: string | null };
  /** 执行率, exact fraction. */
  executionRate: string | null;
  total: { score: string; points: string } | null;
  grade: Grade | null;
  /** False when an error leaves the total provisional (no grade then). */
  complete: boolean;
  unscored: number;
}

/** The pane's controller: React reads `getState` through `subscribe`; buttons call the actions. */
export interface PaneController {
  getState: () => PaneState;
  subscribe: (listener: () => void) => () => void;
  setLang(lang: PaneLang): void;
  /** Choose (and remember) the font names 导出 Word writes. */
  setFonts(fonts: FontProfile): void;
  dismissMessages(): void;
  setPaused(paused: boolean): void;
  /** 重新计算 */
  recalculate(): Promise<void>;
  /** 填充报告 */
  fillReport(): Promise<void>;
  /** 导出 Word */
  exportWord(): Promise<void>;
  /** 新建模板 */
  insertTemplate(): Promise<void>;
  /** Select a cell or range given as `Sheet!A1[:B2]`. */
  select(address: string): Promise<void>;
  /** The row of the i-th indicator as `绩效指标!A5:P5`, or null. */
  indicatorRowAddress(index: number): string | null;
  /** Asks before 填充报告 / 导出 Word (an edited 报告, the report's issues); shown by the pane. */
  reportAsker?: ReportAsker;
  /** State the province rules of the 规则 panel (remembered for the session) and re-score. */
  setRules?(rules: RuleSet): Promise<void>;
  /**
   * 下载官方自评表: the workbook's official forms in a new file (the 部门整体 table in `layout`, one
   * 项目支出绩效自评表 per project), saved the host's usual way; absent where the host cannot.
   */
  downloadForms?(layout: FormsLayout): Promise<void>;
}

/** Sheets scoring needs: the pane lists those missing. */
const REQUIRED_SHEETS = [INFO_SHEET, BUDGET_SHEET, INDICATOR_SHEET];

/** The Word file's name: `<部门名称><年度>年度部门整体支出绩效自评报告.docx`. */
export function reportFileName(evaluation: Evaluation): string {
  const clean = evaluation.info.department.replace(/[\\/:*?"<>|]/g, '').trim();
  return `${clean}${evaluation.info.year}年度部门整体支出绩效自评报告.docx`;
}

/** 导出 Word's writer of the .docx (`exportDocx` of `@jixiao/report/docx`). */
export type ExportDocx = (
  blocks: ReportBlock[],
  options: { fonts: FontProfile; creator: string },
) => Promise<Uint8Array>;

/**
 * What every host's pane controller shares: the store of {@link PaneState} snapshots React reads,
 * the scheduler of automatic recalculations, language and fonts, pausing, the busy/error wrapping
 * of actions, how a run's result is shown, the options of every run, and the flows of 填充报告,
 * 导出 Word and 下载官方自评表 (with the question about an edited 报告). A host adds its port, its
 * listener, how it runs the pipeline and how it saves a file (the Excel add-in's `PaneController`
 * downloads it, the WPS pane's `WpsPaneController` asks where to save it).
 */
export abstract class BasePaneController implements PaneController {
  readonly scheduler: RecalcScheduler;
  protected state: PaneState;
  private readonly listeners = new Set<() => void>();
  /** The last run's result (for export and tests). */
  lastResult: PipelineResult | null = null;
  /** Asks before 填充报告 / 导出 Word (an edited 报告, the report's issues); the pane shows it. */
  readonly reportAsker = new ReportAsker();

  constructor(options: { lang: PaneLang; debounceMs?: number }) {
    this.scheduler = new RecalcScheduler({
      recalc: () => this.recalcAuto(),
      debounceMs: options.debounceMs ?? 400,
      onStateChange: (scheduler) => this.set({ scheduler, paused: this.scheduler.isPaused }),
      onError: (error) => this.fail(error),
    });
    this.state = {
      lang: options.lang,
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

  protected set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  protected get t(): PaneStrings {
    return PANE_STRINGS[this.state.lang];
  }

  setLang(lang: PaneLang): void {
    this.set({ lang });
  }

  /** The Word fonts (标准字体 / Windows 字体), remembered between sessions. */
  setFonts(fonts: FontProfile): void {
    saveFontProfile(fonts);
    this.set({ fonts });
  }

  dismissMessages(): void {
    this.set({ error: null, notice: null });
  }

  setPaused(paused: boolean): void {
    if (paused) this.scheduler.pause();
    else this.scheduler.resume();
    this.set({ paused });
  }

  /** The 规则 panel: state the province rules for this session and re-score with them. */
  async setRules(rules: RuleSet): Promise<void> {
    this.set({ rules });
    await this.recalculate();
  }

  /** 重新计算: a full recalculation now. */
  async recalculate(): Promise<void> {
    await this.action('recalc', () => this.scheduler.runNow());
  }

  /** Stop recalculating (the pane is closing). */
  dispose(): void {
    this.scheduler.dispose();
  }

  /** The row of the i-th indicator as `绩效指标!A5:P5`, or null. */
  indicatorRowAddress(index: number): string | null {
    const map = this.state.map?.indicators ?? null;
    if (!map) return null;
    const row = map.rows[index];
    if (row === undefined) return null;
    const cols = Object.values(map.columns).filter((c): c is number => typeof c === 'number');
    if (cols.length === 0) return null;
    const first = Math.min(...cols);
    const rect = { row, col: first, rowCount: 1, colCount: Math.max(...cols) - first + 1 };
    return `${map.sheet}!${rectAddress(rect)}`;
  }

  /**
   * One recalculation (read → score → write), with the report when `withReport`, over a 报告
   * edited by hand when `overwriteEditedReport`.
   */
  abstract recalcOnce(
    withReport: boolean,
    overwriteEditedReport?: boolean,
  ): Promise<PipelineResult | null>;
  abstract insertTemplate(): Promise<void>;
  abstract select(address: string): Promise<void>;
  /** The one run on the host's port with `options` (a dry run: nothing is written). */
  protected abstract dryRun(options: RunOptions): Promise<PipelineResult>;
  /** Saves 导出 Word's .docx (named `name`) the host's way and tells the user. */
  protected abstract saveReport(
    name: string,
    bytes: Uint8Array,
    result: PipelineResult,
  ): void | Promise<void>;
  /** Saves 下载官方自评表's .xlsx the host's way and tells the user ({@link formsNotice}). */
  protected abstract saveForms(file: OfficialFormsFile): void | Promise<void>;

  /** The scheduler's automatic recalculation (after the debounce); a host may make it cheaper. */
  protected async recalcAuto(): Promise<void> {
    await this.recalcOnce(false);
  }

  /** 填充报告: score, fill 报告 from 报告模板 (or the default template) and write it. */
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
      const done = next.result;
      if (done?.report) {
        const filled = this.t.reportFilled(Math.max(0, done.report.rows.length - 1));
        this.set({ notice: this.withTemplateNote(filled, done) });
      } else if (!this.state.error) this.set({ notice: this.t.notScored });
    });
  }

  /** 导出 Word: the report (as asked about) as .docx, saved the host's way. */
  async exportWord(): Promise<void> {
    await this.action('export', async () => {
      await this.scheduler.whenIdle();
      const result = await this.dryRun({ ...this.runOptions(true), dryRun: true });
      this.show(result);
      if (!result.evaluation || !result.report) return this.set({ notice: this.t.notScored });
      // the edited 报告 and the report's issues, asked about before anything is exported
      const chosen = await beforeExport(result, this.reportAsker, () => this.fillOverEdits());
      if (chosen === null) return this.set({ notice: this.t.exportCancelled });
      await this.deliver(chosen.blocks, chosen.result);
    });
  }

  /**
   * 下载官方自评表: the forms of the workbook as scored now (a dry run: nothing is written) in a
   * new .xlsx (`officialFormsXlsx`, loaded when asked for), saved the host's way.
   */
  async downloadForms(layout: FormsLayout): Promise<void> {
    await this.action('export', async () => {
      await this.scheduler.whenIdle();
      const result = await this.dryRun({ ...this.runOptions(false), dryRun: true });
      this.show(result);
      const { officialFormsXlsx } = await import('@jixiao/pipeline/xlsx');
      const file = officialFormsXlsx(result, layout, {
        rules: this.state.rules,
        locale: this.state.lang,
      });
      if (file === null) return this.set({ notice: this.t.notScored });
      await this.saveForms(file);
    });
  }

  /** 覆盖: fill 报告 again over the edits made by hand (one run, in the scheduler's turn). */
  protected async fillOverEdits(): Promise<PipelineResult | null> {
    let result: PipelineResult | null = null;
    await this.scheduler.runNow(async () => {
      result = await this.recalcOnce(true, true);
    });
    return result;
  }

  /** The .docx of `blocks` with the chosen fonts, saved the host's way ({@link saveReport}). */
  protected async deliver(blocks: ReportBlock[], result: PipelineResult): Promise<void> {
    if (!result.evaluation) return this.set({ notice: this.t.notScored });
    const exportDocx = await this.loadExportDocx();
    const bytes = await exportDocx(blocks, {
      fonts: this.state.fonts,
      creator: result.evaluation.info.department,
    });
    await this.saveReport(reportFileName(result.evaluation), bytes, result);
  }

  /** The docx writer, loaded on demand so that it is not part of the pane's first load. */
  protected async loadExportDocx(): Promise<ExportDocx> {
    return (await import('./load-docx-export.js')).exportDocx;
  }

  /** `text`, then the run's note that the report followed the default template (if it did). */
  protected withTemplateNote(text: string, result: PipelineResult): string {
    const issue = result.issues.find((i) => i.code === 'report.defaultTemplate');
    return issue ? `${text} ${renderIssue(issue, this.state.lang)}` : text;
  }

  /**
   * The options of every run from the pane: its language, the pane's actions in messages, the 规则
   * panel's rules (they replace the 基本信息 items of the same name, docs/rules.md).
   */
  protected runOptions(withReport: boolean, overwriteEditedReport = false): RunOptions {
    const rules = this.state.rules ?? {};
    return {
      locale: this.state.lang,
      report: withReport,
      surface: 'excel',
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(overwriteEditedReport ? { overwriteEditedReport } : {}),
    };
  }

  /** Runs an action with its busy state; its error becomes the pane's error. */
  protected async action(busy: BusyAction, body: () => Promise<void>): Promise<void> {
    this.set({ busy, error: null, notice: null, fallbackDownload: null });
    try {
      await body();
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ busy: null });
    }
  }

  /** Shows an error in plain words (hosts add their own kinds). */
  protected fail(error: unknown): void {
    this.set({ error: describeError(error, this.state.lang) });
  }

  /**
   * Shows a run's result: scores, issues, explanations, the sheets that are missing — or, for a
   * workbook of official forms (which lacks no contract sheet), its forms.
   */
  protected show(result: PipelineResult): void {
    this.lastResult = result;
    this.set({
      evaluation: result.evaluation,
      issues: result.issues,
      explanations: result.summary.indicators.map((i) => i.explanation),
      missingSheets: result.forms
        ? []
        : REQUIRED_SHEETS.filter((s) => result.map[s.key] === null).map((s) => s.name),
      map: result.map,
      forms: result.forms?.forms ?? null,
    });
  }
}
