/**
 * The official forms of a scored workbook (`jixiao forms`, issue 14): the 部门整体 table in a chosen
 * layout and one 项目支出绩效自评表 per project of 所属项目, plus a 规则 sheet when province rules are
 * in effect (so that the forms score the same when read back). The user's workbook is not touched:
 * the forms go into a new workbook. {@link checkForms} reads written forms back with the form scorer
 * and lists every figure that does not come back the same.
 */
import { RULE_ITEMS, type Locale, type RuleKey } from '@jixiao/engine';
import { formatNumber, formatPercent } from '@jixiao/engine/format';
import {
  FORM_CELL_STYLES,
  RULES_SHEET_NAME,
  departmentForm,
  formExecutionIndex,
  formSheetName,
  nationalForm,
  rulesSheetRows,
  renderIssue,
  renderLostNote,
  type CellIssue,
  type CellValue,
  type DepartmentFormLayout,
  type FormCellStyle,
  type FormPart,
  type FormSheet,
  type SheetGrids,
  type SheetMap,
} from '@jixiao/workbook';
import { scoreForms } from './score-form.js';
import type { PipelineResult } from './score-workbook.js';

/** The forms of a workbook, ready for an adapter to write. */
export interface FormsBook {
  /** The 部门整体 table first, then one form per project. */
  forms: { sheet: FormSheet; part: FormPart }[];
  /** The province rules in effect (基本信息 and options), empty when none. */
  rules: Partial<Record<RuleKey, string>>;
  /** The 规则 sheet's rows when there are rules, else null. */
  rulesSheet: { name: string; rows: CellValue[][] } | null;
}

const RULE_KEYS = Object.keys(RULE_ITEMS) as RuleKey[];

function onRows(issue: CellIssue, map: SheetMap<string> | null): boolean {
  return (
    map !== null &&
    issue.row !== undefined &&
    map.sheet === issue.sheet &&
    map.rows.includes(issue.row)
  );
}

/**
 * The forms of a scored contract workbook: its department (every budget line, the indicators
 * without 所属项目) as the 部门整体 table in `layout`, and each project as a 项目支出绩效自评表.
 * A part with an error is written with its figures but without its total (a provisional total is
 * never printed as final). Null when the workbook could not be scored.
 */
export function formsFromResult(
  result: PipelineResult,
  layout: DepartmentFormLayout,
  options: { rules?: Partial<Record<RuleKey, string>> } = {},
): FormsBook | null {
  if (result.input === null || result.evaluation === null) return null;
  const info = result.input.info;
  const errors = result.issues.filter((i) => i.severity === 'error');
  // the department's errors: all but those on a project's own indicator rows
  const departmentComplete = !errors.some(
    (i) =>
      i.code !== 'project.noIndicators' &&
      !result.projects.some((p) => onRows(i, p.map.indicators)),
  );
  const taken = new Set<string>();
  const name = (text: string): string => {
    const n = formSheetName(text, taken);
    taken.add(n.toLowerCase());
    return n;
  };
  taken.add(RULES_SHEET_NAME);
  const department: FormPart = {
    project: null,
    department: info.department,
    year: info.year,
    input: result.input,
    evaluation: result.evaluation,
    complete: departmentComplete,
  };
  const forms = [
    {
      sheet: departmentForm(
        department,
        layout,
        name(layout === 'chongqing' ? '部门整体绩效自评表' : '部门整体支出绩效自评表'),
      ),
      part: department,
    },
  ];
  for (const p of result.projects) {
    const part: FormPart = {
      project: p.name,
      department: info.department,
      year: info.year,
      input: p.input,
      evaluation: p.evaluation,
      complete: p.complete,
    };
    forms.push({ sheet: nationalForm(part, name(p.name)), part });
  }
  const rules: Partial<Record<RuleKey, string>> = {};
  const infoRules = info as Partial<Record<RuleKey, string | null>>;
  for (const key of RULE_KEYS) {
    const value = options.rules?.[key] ?? infoRules[key] ?? null;
    if (value !== null && value !== '') rules[key] = value;
  }
  const rulesSheet =
    Object.keys(rules).length === 0
      ? null
      : { name: RULES_SHEET_NAME, rows: rulesSheetRows(rules) };
  return { forms, rules, rulesSheet };
}

/** A sheet as a styled-workbook writer takes it (`createStyledWorkbook` of @jixiao/xlsx). */
export interface PrintedSheet {
  name: string;
  rows: (string | number | null)[][];
  styles: (FormCellStyle | null)[][];
  merges: FormSheet['merges'];
  columnWidths: number[];
  rowHeights: (number | null)[];
  print: {
    orientation: 'landscape';
    paper: 'A4';
    titleRows?: readonly [number, number];
  };
}

const plain = (v: CellValue): string | number | null =>
  v === null || typeof v === 'string' || typeof v === 'number'
    ? v
    : typeof v === 'boolean'
      ? v
        ? '是'
        : '否'
      : v.error;

/**
 * The sheets to write: each form in official table style (A4 landscape, fitted to the page width,
 * its indicator header repeated on every page), then the 规则 sheet when there are rules.
 */
export function printedSheets(book: FormsBook): PrintedSheet[] {
  const sheets: PrintedSheet[] = book.forms.map(({ sheet }) => ({
    name: sheet.name,
    rows: sheet.rows.map((r) => r.map(plain)),
    styles: sheet.kinds.map((r) => r.map((k) => (k === null ? null : FORM_CELL_STYLES[k]))),
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    print: { orientation: 'landscape', paper: 'A4', titleRows: sheet.titleRows },
  }));
  if (book.rulesSheet) {
    const rows = book.rulesSheet.rows.map((r) => r.map(plain));
    sheets.push({
      name: book.rulesSheet.name,
      rows,
      styles: rows.map((r, i) => r.map(() => FORM_CELL_STYLES[i === 0 ? 'header' : 'text'])),
      merges: [],
      columnWidths: [14, 34, 60],
      rowHeights: [],
      print: { orientation: 'landscape', paper: 'A4' },
    });
  }
  return sheets;
}

/** A figure of a written form that the form scorer does not read back the same. */
export interface FormDifference {
  sheet: string;
  /** 执行率, 总分 or the indicator's name. */
  item: string;
  expected: string;
  got: string;
  message: string;
}

/**
 * Reads written forms back with the form scorer (the 规则 sheet included) and compares 执行率, each
 * 得分 and 总分 with the workbook's own results. An empty list means the forms say what the workbook
 * says; otherwise each difference names its sheet and item, with the reason when the form could not
 * state the indicator's rule (`FormSheet.lost`: 分档 with its bands, 门槛比例, a target the funds row
 * has no cell for; 扣分 and 人工得分 are stated, see form-rule.ts).
 */
export function checkForms(
  book: FormsBook,
  grids: SheetGrids,
  locale: Locale = 'zh-CN',
): FormDifference[] {
  const order = book.forms.map((f) => f.sheet.name);
  if (book.rulesSheet) order.push(book.rulesSheet.name);
  const scored = scoreForms(grids, order);
  const out: FormDifference[] = [];
  const differ = (sheet: string, item: string, expected: string, got: string) =>
    out.push({
      sheet,
      item,
      expected,
      got,
      message: `${sheet}${locale === 'zh-CN' ? '：' : ': '}${renderIssue(
        { code: 'form.readBack', sheet: null, cell: null, params: { item, got, expected } },
        locale,
      )}`,
    });
  for (const { sheet, part } of book.forms) {
    const form = scored?.forms.find((f) => f.sheet === sheet.name);
    if (form === undefined || form.evaluation === null) {
      differ(sheet.name, '总分', formatNumber(part.evaluation.total.score), '无法读取');
      continue;
    }
    const rate = (r: string | null) => (r === null ? '—' : formatPercent(r));
    const want = part.evaluation.budget.rates.overall;
    if (rate(want) !== rate(form.executionRate))
      differ(sheet.name, '执行率', rate(want), rate(form.executionRate));
    // a layout that scores 预算执行率 on its funds block reads that row first, under its own name;
    // the other rows are matched by name (a row the reader left out reads as 无)
    const exec = formExecutionIndex(part.input);
    const onFunds = form.layout.id !== 'guangdong-department' && exec >= 0;
    const back = form.evaluation.indicators;
    const used = new Set<number>(onFunds ? [0] : []);
    part.evaluation.indicators.forEach((r, i) => {
      let k = -1;
      if (onFunds && i === exec) k = 0;
      else {
        k = back.findIndex((b, j) => !used.has(j) && b.name === r.name);
        if (k >= 0) used.add(k);
      }
      const got = k < 0 ? undefined : back[k];
      const a = r.status === 'unscored' ? '—' : formatNumber(r.score);
      const b =
        got === undefined ? '无' : got.status === 'unscored' ? '—' : formatNumber(got.score);
      if (a !== b) {
        differ(sheet.name, r.name, a, b);
        const why = sheet.lostNotes.find((n) => n.name === r.name);
        if (why !== undefined) {
          const text = renderLostNote(why, locale);
          out[out.length - 1]!.message += locale === 'zh-CN' ? `（${text}）` : ` (${text})`;
        }
      }
    });
    if (part.complete && !form.complete) {
      const error = form.issues.find((i) => i.severity === 'error');
      differ(
        sheet.name,
        '完整性',
        '完整',
        `暂定（${error === undefined ? '' : renderIssue(error)}）`,
      );
    }
    const total = formatNumber(part.evaluation.total.score);
    const read = formatNumber(form.evaluation.total.score);
    if (total !== read) differ(sheet.name, '总分', total, read);
  }
  return out;
}

/** What {@link officialForms} gives a front end: the file, and what it should tell the user. */
export interface OfficialFormsFile {
  /** `<部门名称><年度>年度绩效自评表.xlsx`. */
  name: string;
  bytes: Uint8Array;
  book: FormsBook;
  /** Rules the forms cannot state, `sheet：sentence` each in the locale asked (`FormSheet.lostNotes`). */
  lost: string[];
  /** Figures the written forms do not read back the same ({@link checkForms}). */
  differences: FormDifference[];
}

/** The file name of a department's forms: `<部门名称><年度>年度绩效自评表.xlsx`. */
export function formsFileName(info: { department: string; year: number }): string {
  const clean = info.department.replace(/[\\/:*?"<>|]/g, '').trim();
  return `${clean}${String(info.year)}年度绩效自评表.xlsx`;
}

/**
 * The official forms of a scored contract workbook as a file, checked by reading them back — what
 * `jixiao forms`, the page and the panes' 下载官方自评表 share through `officialFormsXlsx`
 * (`@jixiao/pipeline/xlsx`, which passes the styled writer and the reader of @jixiao/xlsx as `write`
 * and `read`). Null when the workbook could not be scored.
 */
export function officialForms(
  result: PipelineResult,
  layout: DepartmentFormLayout,
  io: { write: (sheets: PrintedSheet[]) => Uint8Array; read: (bytes: Uint8Array) => SheetGrids },
  options: { rules?: Partial<Record<RuleKey, string>>; locale?: Locale } = {},
): OfficialFormsFile | null {
  const locale = options.locale ?? 'zh-CN';
  const book = formsFromResult(result, layout, options);
  if (book === null || result.evaluation === null) return null;
  const bytes = io.write(printedSheets(book));
  return {
    name: formsFileName(result.evaluation.info),
    bytes,
    book,
    lost: book.forms.flatMap((f) =>
      f.sheet.lostNotes.map(
        (n) => `${f.sheet.name}${locale === 'zh-CN' ? '：' : ': '}${renderLostNote(n, locale)}`,
      ),
    ),
    differences: checkForms(book, io.read(bytes), locale),
  };
}
