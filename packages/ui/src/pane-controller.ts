/**
 * What the task pane needs from its host: a store of {@link PaneState} snapshots for React and the
 * pane's actions. Each host implements it over its own workbook port (the Excel add-in's
 * `PaneController` in apps/excel-addin over Office.js).
 */
import type { FontProfile } from '@jixiao/report';
import type { Evaluation, Grade } from '@jixiao/engine';
import type { CellIssue, CellMap } from '@jixiao/workbook';
import type { PaneError } from './describe-error.js';
import type { PaneLang } from './strings.js';
import type { ReportAsker } from './report-check.js';
import type { RuleSet } from './rules-panel.js';

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
}
