/**
 * The report's data model: template rows in, report blocks and 报告 sheet rows out.
 */
import type { EvaluationInput, Locale } from '@jixiao/engine';

/** The paragraph styles a template row may name in its 样式 column. */
export type ParagraphStyle = '附件标识' | '标题' | '一级标题' | '二级标题' | '三级标题' | '正文';

/** Every 样式 a template row may carry: the paragraph styles and 表格 (a table block). */
export type TemplateStyle = ParagraphStyle | '表格';

/** The tables a 表格 row may name. */
export type TableName = '指标得分表' | '预算执行表' | '一级指标汇总表';

/** One row of the 报告模板 sheet. */
export interface TemplateRow {
  /** 样式, e.g. `正文` */
  style: string;
  /** 内容: text with `{{变量}}` / `{{变量:小数位}}` placeholders, or a table name for 表格 */
  content: string;
  /** The 内容 cell, e.g. `报告模板!B5`, named in issues. Default `报告模板!B{n+2}` (row n after a header). */
  cell?: string;
  /** The 样式 cell, e.g. `报告模板!A5`, named in issues about the style. Default: {@link cell}. */
  styleCell?: string;
}

/** A paragraph of the filled report. */
export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  text: string;
}

/** A table of the filled report; the header row repeats on every page in Word. */
export interface TableBlock {
  kind: 'table';
  /** The table's name as the template named it (or any caption when built by hand). */
  name: string;
  header: string[];
  rows: string[][];
  /**
   * Relative column widths (any positive numbers). When absent the export sizes the columns to
   * their content (see `layoutTable`); given widths are used as they are.
   */
  widths?: number[];
  /** The caption's text without its number (`预算执行情况`); the export prints `表N caption` above the table. Default: the name. */
  caption?: string;
  /** The unit of its amounts (`万元`); the export prints `单位：万元` above the table, right-aligned. */
  unit?: string;
}

export type ReportBlock = ParagraphBlock | TableBlock;

/** A problem in the template, named by its cell. The template itself is never changed. */
export interface TemplateIssue {
  severity: 'error' | 'warning' | 'info';
  /** Stable code, e.g. `report.unknown-placeholder` */
  code: string;
  /** e.g. `报告模板!B5` */
  cell: string;
  /** What the text needs: `cell` (the cell or paragraph it names) and the code's own params. */
  params: Readonly<Record<string, string | number>>;
}

/** Options of {@link fillTemplate}. */
export interface FillOptions {
  /** Language of table headers and table labels (合计 / Total). Default `zh-CN`. */
  locale?: Locale;
  /**
   * The input the evaluation was made from: the 指标得分表 prints each indicator's 年度指标值 as
   * written there. Without it the column prints the target the engine read.
   */
  input?: EvaluationInput | null;
  /**
   * Columns of the 指标得分表: `official` (default) adds the 自评表's 年度指标值, 实际完成值 and
   * 偏差原因 after 分值 and 得分; `brief` prints only the indicator tree, 分值 and 得分.
   */
  scoreTable?: ScoreTableColumns;
}

/** Columns of the 指标得分表. */
export type ScoreTableColumns = 'official' | 'brief';

/** What {@link fillTemplate} returns. */
export interface FillResult {
  blocks: ReportBlock[];
  /** The 报告 sheet from A1: a header row (样式 | 内容), then one row per paragraph, a table as its rows. */
  rows: (string | null)[][];
  issues: TemplateIssue[];
}
