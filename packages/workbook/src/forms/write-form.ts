/**
 * Writing official forms from a scored workbook (issue 14, `jixiao forms`): the 部门整体 table in a
 * chosen layout and one 项目支出绩效自评表 (财预〔2020〕10号 附1) per project. Each form is a grid of
 * values with a named kind per cell (title, header, label, amount, rate, score …), its merged areas,
 * column widths and the header rows repeated on every printed page; {@link FORM_CELL_STYLES} says
 * how each kind looks in official table style (仿宋 body, 黑体 title, thin borders, 0.00 / 0.00%
 * formats, a space's width before the right border). Adapters turn that into a file (`createStyledWorkbook` of @jixiao/xlsx).
 *
 * The sheets are laid out so that the form reader (`readForm` with the same layouts) reads them back
 * to the same 执行率, 得分 and 总分: amounts, rates and scores are the engine's exact values.
 */
import {
  Decimal,
  type Evaluation,
  type EvaluationInput,
  type IndicatorInput,
  type IndicatorResult,
} from '@jixiao/engine';
import type { CellStyle } from '../cell-style.js';
import type { CellRange, CellValue } from '../port.js';
import { formRowOf, renderLostNote, type LostNote, type LostPart } from './form-rule.js';

/** What a form cell is, for its look. */
export type FormCellKind =
  | 'title'
  | 'unit'
  | 'header'
  | 'label'
  | 'text'
  | 'center'
  | 'amount'
  | 'rate'
  | 'centerRate'
  | 'score'
  | 'note';

/** How a kind looks: a {@link CellStyle} that always names its font and size. */
export type FormCellStyle = CellStyle & Required<Pick<CellStyle, 'font' | 'size'>>;

const BODY = { font: '仿宋', size: 10.5, border: true, wrap: true } as const;

/** Official table style: 黑体 title, 仿宋 body, thin borders, amounts 0.00, rates 0.00%, scores 0.00. */
export const FORM_CELL_STYLES: Readonly<Record<FormCellKind, FormCellStyle>> = {
  title: { font: '黑体', size: 16, horizontal: 'center', wrap: true },
  unit: { font: '仿宋', size: 10.5, horizontal: 'right' },
  header: { ...BODY, bold: true, horizontal: 'center' },
  label: { ...BODY, horizontal: 'center' },
  text: { ...BODY, horizontal: 'left' },
  center: { ...BODY, horizontal: 'center' },
  // `_ ` keeps a space's width before the right border, as printed tables do
  amount: { ...BODY, horizontal: 'right', numberFormat: '#,##0.00_ ' },
  rate: { ...BODY, horizontal: 'right', numberFormat: '0.00%_ ' },
  // a computed 实际完成值 in the 实际完成值 column, centred like the values typed beside it
  centerRate: { ...BODY, horizontal: 'center', numberFormat: '0.00%' },
  score: { ...BODY, horizontal: 'right', numberFormat: '0.00_ ' },
  note: { font: '仿宋', size: 10.5, horizontal: 'left' },
};

/** One form to write: values, kinds, merges, widths, and the rows repeated on every page. */
export interface FormSheet {
  name: string;
  rows: CellValue[][];
  kinds: (FormCellKind | null)[][];
  merges: CellRange[];
  columnWidths: number[];
  rowHeights: (number | null)[];
  /** Header rows repeated at the top of every printed page (0-based, inclusive). */
  titleRows: [number, number];
  /**
   * Rules this form cannot state (a method its columns do not carry, a 人工得分 without a reason
   * column), one sentence each naming the indicator: read back, those rows score by the form.
   */
  lost: string[];
  /** The same as notes to render in either language ({@link renderLostNote}). */
  lostNotes: LostNote[];
}

/** A scored part of a workbook (the department or one project) to write as a form. */
export interface FormPart {
  /** The project's name (项目名称), or null for the department as a whole. */
  project: string | null;
  department: string;
  year: number;
  input: EvaluationInput;
  evaluation: Evaluation;
  /** False when an error leaves the total provisional: the 总分 cell is then left empty. */
  complete: boolean;
}

/** The layouts a 部门整体 table can be written in. */
export const DEPARTMENT_FORM_LAYOUTS = ['national', 'guangdong', 'chongqing'] as const;
export type DepartmentFormLayout = (typeof DEPARTMENT_FORM_LAYOUTS)[number];

class Sheet {
  readonly rows: CellValue[][] = [];
  readonly kinds: (FormCellKind | null)[][] = [];
  readonly merges: CellRange[] = [];
  readonly heights: (number | null)[] = [];
  readonly lost: LostNote[] = [];

  constructor(readonly width: number) {}

  set(row: number, col: number, value: CellValue, kind: FormCellKind): void {
    while (this.rows.length <= row) {
      this.rows.push(Array<CellValue>(this.width).fill(null));
      this.kinds.push(Array<FormCellKind | null>(this.width).fill(null));
      this.heights.push(null);
    }
    this.rows[row]![col] = value;
    this.kinds[row]![col] = kind;
  }

  /** A value over an area (merged when bigger than one cell); every cell gets the kind. */
  area(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: CellValue,
    kind: FormCellKind,
  ) {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        this.set(r, c, r === top && c === left ? value : null, kind);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** The height (points) a row needs for its wrapped text: 14 pt a line, 20 pt at least. */
  private fit(row: number, widths: readonly number[]): number {
    let lines = 1;
    this.rows[row]?.forEach((value, col) => {
      if (typeof value !== 'string' || value === '') return;
      const merge = this.merges.find((m) => m.top === row && m.left === col);
      if (merge !== undefined && merge.bottom > merge.top) return;
      let width = 0;
      for (let c = col; c <= (merge?.right ?? col); c++) width += widths[c] ?? 9;
      // a CJK character takes about two units of column width
      let units = 0;
      for (const ch of value) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      lines = Math.max(lines, Math.ceil(units / Math.max(1, width - 1)));
    });
    return Math.max(20, lines * 14 + 4);
  }

  height(row: number, points: number): void {
    this.heights[row] = points;
  }

  done(name: string, widths: number[], titleRows: [number, number]): FormSheet {
    // the repeated header rows are tall enough for two-line headers (得分系数（%）, 执行率得分（分）)
    for (let r = titleRows[0]; r <= titleRows[1]; r++) this.heights[r] ??= 30;
    // spreadsheet programs do not grow a row to its wrapped text on opening: the height is set
    for (let r = 0; r < this.rows.length; r++) this.heights[r] ??= this.fit(r, widths);
    return {
      name,
      rows: this.rows,
      kinds: this.kinds,
      merges: this.merges,
      columnWidths: widths,
      rowHeights: this.heights,
      titleRows,
      lost: this.lost.map((n) => renderLostNote(n, 'zh-CN')),
      lostNotes: this.lost,
    };
  }
}

const num = (value: string | null): number | null => (value === null ? null : Number(value));

function sum(values: readonly (string | null | undefined)[]): string | null {
  const present = values.filter((v): v is string => v !== null && v !== undefined);
  return present.length === 0
    ? null
    : present.reduce((a, v) => a.plus(v), new Decimal(0)).toString();
}

/** An exact rate spent ÷ budget, cut at 15 decimals like the engine's; null over a zero budget. */
function rateOf(spent: string | null, budget: string | null): string | null {
  if (spent === null || budget === null || new Decimal(budget).isZero()) return null;
  return new Decimal(spent).div(budget).toDecimalPlaces(15, Decimal.ROUND_DOWN).toString();
}

interface Funds {
  initialBudget: string | null;
  budget: string | null;
  spent: string | null;
}

function fundsOf(lines: EvaluationInput['budgetLines']): Funds {
  const own = lines.filter((l) => (l.role ?? 'line') === 'line');
  return {
    initialBudget: sum(
      own.map((l) =>
        l.initialBudget === null || l.initialBudget === undefined ? null : String(l.initialBudget),
      ),
    ),
    budget: sum(own.map((l) => (l.budget === null ? null : String(l.budget)))),
    spent: sum(own.map((l) => (l.spent === null ? null : String(l.spent)))),
  };
}

/** 资金来源 → the form's parts (当年财政拨款 · 上年结转资金 · 其他资金); null when a line has none. */
function fundsBySource(lines: EvaluationInput['budgetLines']): Funds[] | null {
  const own = lines.filter((l) => (l.role ?? 'line') === 'line');
  if (own.some((l) => l.source === null || l.source === undefined || l.source === '')) return null;
  const part = (l: (typeof own)[number]): number => {
    const s = l.source ?? '';
    if (s.includes('结转')) return 1;
    if (s.includes('财政拨款') || s === '财政') return 0;
    return 2;
  };
  return [0, 1, 2].map((p) => fundsOf(own.filter((l) => part(l) === p)));
}

function fundsByType(lines: EvaluationInput['budgetLines'], type: string): Funds {
  return fundsOf(lines.filter((l) => l.type === type));
}

const RATE_SOURCES = new Set(['整体支付率', '项目支出支付率']);

/**
 * The indicator a form scores as 预算执行率 on its funds block: the first whose 数据来源 is
 * 整体支付率 or 项目支出支付率; -1 when none.
 */
export function executionIndex(input: EvaluationInput): number {
  return input.indicators.findIndex((i) => RATE_SOURCES.has(i.source ?? ''));
}

/**
 * Why the 预算执行率 of a funds row (scored there as 全年执行数 ÷ 全年预算数 against 100%, 正向)
 * cannot state an indicator's own rule, or null when it can.
 */
function executionLost(indicator: IndicatorInput | undefined): LostNote | null {
  if (indicator === undefined) return null;
  const target =
    indicator.target === null || indicator.target === undefined ? null : String(indicator.target);
  const method = indicator.method ?? null;
  const plainTarget = target === null || /^(≥|>=)?\s*100(\.0+)?\s*%$/.test(target.trim());
  if (plainTarget && (method === null || method === '正向')) return null;
  const parts: LostPart[] = [
    { code: 'form.lostMethod', params: { method: method ?? '正向', params: '' } },
  ];
  if (target !== null) parts.unshift({ code: 'form.lostTarget', params: { target } });
  return { code: 'form.lostExecution', name: indicator.name, parts, tail: null };
}

/** What the form shows as 实际完成值: the computed metric as a rate, or the value typed. */
function actualOf(indicator: IndicatorInput, result: IndicatorResult | undefined): CellValue {
  if (indicator.source !== null && indicator.source !== undefined && result?.actual != null)
    return /^-?\d+(\.\d+)?$/.test(result.actual) ? Number(result.actual) : result.actual;
  const a = indicator.actual;
  if (a === null || a === undefined) return null;
  if (typeof a === 'boolean') return a ? '是' : '否';
  return a;
}

const scoreOf = (r: IndicatorResult | undefined): number | null =>
  r === undefined || r.status === 'unscored' ? null : Number(r.score);

/** Rows of the indicator tree: each indicator with its result, without the one at `skip`. */
function tree(part: FormPart, skip: number) {
  return part.input.indicators
    .map((indicator, i) => ({ indicator, result: part.evaluation.indicators[i], i }))
    .filter((x) => x.i !== skip);
}

function mergeRuns(
  sheet: Sheet,
  first: number,
  keys: readonly string[],
  col: number,
  values: readonly CellValue[],
): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    sheet.area(first + start, col, first + i - 1, col, values[start] ?? null, 'label');
    start = i;
  }
}

/**
 * Merges the runs of equal 一级指标 in column `col` and of equal 二级指标 (within their 一级指标) in
 * the column after it, starting at sheet row `first`.
 */
function mergeLevels(
  sheet: Sheet,
  first: number,
  rows: readonly { indicator: IndicatorInput }[],
  col: number,
): void {
  const level1 = rows.map((r) => r.indicator.level1);
  mergeRuns(sheet, first, level1, col, level1);
  mergeRuns(
    sheet,
    first,
    rows.map((r) => `${r.indicator.level1}\u0000${r.indicator.level2 ?? ''}`),
    col + 1,
    rows.map((r) => r.indicator.level2 ?? null),
  );
}

/** An indicator's 分值 as a number cell; null when it has none. */
function pointsOf(indicator: IndicatorInput): number | null {
  return num(
    indicator.points === null || indicator.points === undefined ? null : String(indicator.points),
  );
}

function title(kind: string, year: number): string {
  return `${kind}\n（${String(year)}年度）`;
}

/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号 附1) of a part: 项目资金 block (年度资金总额 and its
 * 其中 rows by 资金来源; 预算执行率 scored on it with the points of the part's 预算执行率 indicator),
 * 年度总体目标, the indicator tree and 总分. For the department (`project` null) the same table is
 * titled 部门整体支出绩效自评表.
 */
export function nationalForm(part: FormPart, name: string): FormSheet {
  const s = new Sheet(10);
  const unit = part.input.info.unit;
  const e = part.evaluation;
  const exec = executionIndex(part.input);
  const execResult = exec < 0 ? undefined : e.indicators[exec];
  const execLost = executionLost(part.input.indicators[exec]);
  if (execLost !== null) s.lost.push(execLost);
  s.area(
    0,
    0,
    0,
    9,
    title(part.project === null ? '部门整体支出绩效自评表' : '项目支出绩效自评表', part.year),
    'title',
  );
  s.height(0, 48);
  s.area(1, 0, 1, 1, '项目名称', 'label');
  s.area(1, 2, 1, 9, part.project ?? `${part.department}部门整体支出`, 'text');
  s.area(2, 0, 2, 1, '主管部门', 'label');
  s.area(2, 2, 2, 4, part.department, 'text');
  s.area(2, 5, 2, 6, '实施单位', 'label');
  s.area(2, 7, 2, 9, part.department, 'text');
  s.area(3, 0, 7, 1, `项目资金（${unit}）`, 'label');
  s.area(3, 2, 3, 3, null, 'header');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    s.set(3, 4 + i, h, 'header'),
  );
  const total = fundsOf(part.input.budgetLines);
  const parts = fundsBySource(part.input.budgetLines);
  const labels = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
  labels.forEach((label, i) => {
    const row = 4 + i;
    const f = i === 0 ? total : (parts?.[i - 1] ?? null);
    s.area(row, 2, row, 3, label, 'text');
    s.set(row, 4, num(f?.initialBudget ?? null), 'amount');
    s.set(row, 5, num(f?.budget ?? null), 'amount');
    s.set(row, 6, num(f?.spent ?? null), 'amount');
    // without a 预算执行率 indicator the funds row scores nothing: 分值 and 得分 read —
    const scored = i === 0 && execResult !== undefined;
    s.set(row, 7, scored ? Number(execResult.points) : '—', scored ? 'score' : 'center');
    s.set(row, 8, num(f === null ? null : rateOf(f.spent, f.budget)), 'rate');
    s.set(row, 9, scored ? scoreOf(execResult) : '—', scored ? 'score' : 'center');
  });
  s.area(8, 0, 9, 1, '年度总体目标', 'label');
  s.area(8, 2, 8, 4, '预期目标', 'header');
  s.area(8, 5, 8, 9, '实际完成情况', 'header');
  s.area(9, 2, 9, 4, null, 'text');
  s.area(9, 5, 9, 9, null, 'text');
  s.height(9, 42);
  const head = 10;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].forEach((h, i) =>
    s.set(head, 1 + i, h, 'header'),
  );
  s.area(head, 8, head, 9, '偏差原因分析及改进措施', 'header');
  const rows = tree(part, exec);
  const first = head + 1;
  rows.forEach(({ indicator, result }, k) => {
    const row = first + k;
    const form = formRowOf(indicator, result, {
      hasReason: true,
      hasNature: false,
      inverseVariant: part.input.options?.inverseVariant ?? 'linear',
    });
    if (form.lostNote !== null) s.lost.push(form.lostNote);
    s.set(row, 3, indicator.name, 'text');
    s.set(row, 4, form.target, 'center');
    s.set(
      row,
      5,
      actualOf(indicator, result),
      typeof actualOf(indicator, result) === 'number' && indicator.source ? 'centerRate' : 'center',
    );
    s.set(row, 6, pointsOf(indicator), 'score');
    s.set(row, 7, scoreOf(result), 'score');
    s.area(row, 8, row, 9, form.reason, 'text');
  });
  const last = first + Math.max(rows.length, 1) - 1;
  if (rows.length === 0) s.area(first, 1, first, 9, null, 'text');
  s.area(head, 0, last, 0, '绩效指标', 'label');
  mergeLevels(s, first, rows, 1);
  const end = last + 1;
  s.area(end, 0, end, 5, '总分', 'label');
  s.set(end, 6, Number(e.total.declaredPoints), 'score');
  s.set(end, 7, part.complete ? Number(e.total.score) : null, 'score');
  s.area(end, 8, end, 9, null, 'text');
  return s.done(name, [7, 11, 13, 26, 14, 14, 12, 9, 12, 16], [head, head]);
}

/**
 * The Guangdong-style 部门整体支出绩效自评表: 单位基本情况, 年度部门整体支出规模 (按资金来源 with 合计,
 * 按支出用途), and the scored indicator tree where 预算执行率 is an indicator row.
 */
export function guangdongForm(part: FormPart, name: string): FormSheet {
  const s = new Sheet(8);
  const e = part.evaluation;
  s.area(0, 0, 0, 7, title('部门整体支出绩效自评表', part.year), 'title');
  s.height(0, 48);
  s.area(1, 6, 1, 7, `单位：${part.input.info.unit}`, 'unit');
  s.area(2, 0, 4, 0, '单位基本情况', 'label');
  s.set(2, 1, '单位名称', 'label');
  s.area(2, 2, 2, 7, part.department, 'text');
  s.set(3, 1, '年度整体绩效目标', 'label');
  s.area(3, 2, 3, 7, null, 'text');
  s.set(4, 1, '整体绩效目标完成情况', 'label');
  s.area(4, 2, 4, 5, null, 'text');
  s.set(4, 6, '未能完成原因', 'label');
  s.set(4, 7, null, 'text');
  s.height(3, 36);
  s.height(4, 36);
  s.area(5, 0, 11, 0, '年度部门整体支出规模', 'label');
  s.area(5, 1, 5, 2, '项　目', 'header');
  ['年初预算数', '全年预算数', '全年执行数', '执行率', '备注'].forEach((h, i) =>
    s.set(5, 3 + i, h, 'header'),
  );
  const bySource = fundsBySource(part.input.budgetLines);
  const rows: [string, Funds | null][] = [
    ['财政拨款', bySource?.[0] ?? null],
    ['上年结转资金', bySource?.[1] ?? null],
    ['其他资金', bySource?.[2] ?? null],
    ['合计', fundsOf(part.input.budgetLines)],
    ['基本支出', fundsByType(part.input.budgetLines, '基本支出')],
    ['项目支出', fundsByType(part.input.budgetLines, '项目支出')],
  ];
  s.area(6, 1, 9, 1, '按资金来源', 'label');
  s.area(10, 1, 11, 1, '按支出用途', 'label');
  rows.forEach(([label, f], i) => {
    const row = 6 + i;
    s.set(row, 2, label, 'label');
    s.set(row, 3, num(f?.initialBudget ?? null), 'amount');
    s.set(row, 4, num(f?.budget ?? null), 'amount');
    s.set(row, 5, num(f?.spent ?? null), 'amount');
    s.set(row, 6, num(f === null ? null : rateOf(f.spent, f.budget)), 'rate');
    s.set(row, 7, null, 'text');
  });
  const head = 12;
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ].forEach((h, i) => s.set(head, i, h, 'header'));
  const items = tree(part, -1);
  const first = head + 1;
  items.forEach(({ indicator, result }, k) => {
    const row = first + k;
    const actual = actualOf(indicator, result);
    const form = formRowOf(indicator, result, {
      hasReason: true,
      hasNature: false,
      inverseVariant: part.input.options?.inverseVariant ?? 'linear',
    });
    if (form.lostNote !== null) s.lost.push(form.lostNote);
    s.set(row, 2, indicator.name, 'text');
    s.set(row, 3, form.target, 'center');
    s.set(row, 4, actual, typeof actual === 'number' && indicator.source ? 'centerRate' : 'center');
    s.set(row, 5, pointsOf(indicator), 'score');
    s.set(row, 6, scoreOf(result), 'score');
    s.set(row, 7, form.reason, 'text');
  });
  mergeLevels(s, first, items, 0);
  const end = first + items.length;
  s.area(end, 0, end, 4, '总　分', 'label');
  s.set(end, 5, Number(e.total.declaredPoints), 'score');
  s.set(end, 6, part.complete ? Number(e.total.score) : null, 'score');
  s.set(end, 7, null, 'text');
  s.area(
    end + 1,
    0,
    end + 1,
    7,
    '填表人：　　　　　　联系电话：　　　　　　填报日期：　　　年　　月　　日',
    'note',
  );
  return s.done(name, [11, 11, 24, 14, 14, 12, 12, 26], [head, head]);
}

/**
 * The Chongqing-style 部门整体绩效自评表: 自评总分 in the header, 部门预算执行情况 with 执行率权重 and
 * 执行率得分, and a flat indicator list (指标名称 · 计量单位 · 指标性质 · 年初指标值 · 调整指标值 ·
 * 全年完成值 · 得分系数 · 指标权重 · 指标得分 · 是否核心指标).
 */
export function chongqingForm(part: FormPart, name: string): FormSheet {
  const s = new Sheet(11);
  const e = part.evaluation;
  const exec = executionIndex(part.input);
  const execResult = exec < 0 ? undefined : e.indicators[exec];
  const execLost = executionLost(part.input.indicators[exec]);
  if (execLost !== null) s.lost.push(execLost);
  s.area(0, 0, 0, 10, title('部门整体绩效自评表', part.year), 'title');
  s.height(0, 48);
  s.area(1, 0, 1, 1, '主管部门', 'label');
  s.area(1, 2, 1, 4, part.department, 'text');
  s.set(1, 5, '财政处室', 'label');
  s.area(1, 6, 1, 7, null, 'text');
  s.area(1, 8, 1, 9, '自评总分（分）', 'label');
  s.set(1, 10, part.complete ? Number(e.total.score) : null, 'score');
  s.area(2, 0, 2, 1, '部门联系人', 'label');
  s.area(2, 2, 2, 4, null, 'text');
  s.set(2, 5, '联系电话', 'label');
  s.area(2, 6, 2, 10, null, 'text');
  s.area(3, 0, 4, 1, `部门预算执行情况（${part.input.info.unit}）`, 'label');
  s.area(3, 2, 3, 3, '年初预算数', 'header');
  s.area(3, 4, 3, 5, '全年（调整）预算数', 'header');
  s.area(3, 6, 3, 7, '全年执行数', 'header');
  s.set(3, 8, '执行率（%）', 'header');
  s.set(3, 9, '执行率权重', 'header');
  s.set(3, 10, '执行率得分（分）', 'header');
  s.height(3, 30);
  const f = fundsOf(part.input.budgetLines);
  s.area(4, 2, 4, 3, num(f.initialBudget), 'amount');
  s.area(4, 4, 4, 5, num(f.budget), 'amount');
  s.area(4, 6, 4, 7, num(f.spent), 'amount');
  s.set(4, 8, num(rateOf(f.spent, f.budget)), 'rate');
  s.set(4, 9, execResult ? Number(execResult.points) : '—', execResult ? 'score' : 'center');
  s.set(4, 10, execResult ? scoreOf(execResult) : '—', execResult ? 'score' : 'center');
  s.area(5, 0, 6, 1, '当年绩效目标', 'label');
  s.area(5, 2, 5, 4, '年初绩效目标', 'header');
  s.area(5, 5, 5, 7, '全年（调整）绩效目标', 'header');
  s.area(5, 8, 5, 10, '全年目标实际完成情况', 'header');
  s.area(6, 2, 6, 4, null, 'text');
  s.area(6, 5, 6, 7, null, 'text');
  s.area(6, 8, 6, 10, null, 'text');
  s.height(6, 42);
  const head = 7;
  [
    '指标名称',
    '计量单位',
    '指标性质',
    '年初指标值',
    '调整指标值',
    '全年完成值',
    '得分系数（%）',
    '指标权重（分）',
    '指标得分（分）',
    '是否核心指标',
  ].forEach((h, i) => s.set(head, 1 + i, h, 'header'));
  const items = tree(part, exec);
  const first = head + 1;
  items.forEach(({ indicator, result }, k) => {
    const row = first + k;
    const actual = actualOf(indicator, result);
    const form = formRowOf(indicator, result, {
      hasReason: false,
      hasNature: true,
      inverseVariant: part.input.options?.inverseVariant ?? 'linear',
    });
    if (form.lostNote !== null) s.lost.push(form.lostNote);
    s.set(row, 1, indicator.name, 'text');
    s.set(row, 2, null, 'center');
    // every row states its 指标性质 (a blank one would take the 定性 / 定量 of the rows above)
    s.set(row, 3, form.nature ?? (result?.method === '定性' ? '定性' : '定量'), 'center');
    s.set(row, 4, form.target, 'center');
    s.set(row, 5, null, 'center');
    s.set(row, 6, actual, typeof actual === 'number' && indicator.source ? 'centerRate' : 'center');
    const coefficient =
      result === undefined || result.status === 'unscored' || new Decimal(result.points).isZero()
        ? null
        : new Decimal(result.unrounded)
            .div(result.points)
            .toDecimalPlaces(15, Decimal.ROUND_DOWN)
            .toNumber();
    s.set(row, 7, coefficient, 'rate');
    s.set(row, 8, pointsOf(indicator), 'score');
    s.set(row, 9, scoreOf(result), 'score');
    s.set(row, 10, indicator.key === true ? '是' : '否', 'center');
  });
  const last = first + Math.max(items.length, 1) - 1;
  s.area(head, 0, last, 0, '绩效指标', 'label');
  return s.done(name, [9, 26, 8, 9, 13, 11, 13, 11, 11, 11, 14], [head, head]);
}

/** The 部门整体 table of the department part in a layout. */
export function departmentForm(
  part: FormPart,
  layout: DepartmentFormLayout,
  name: string,
): FormSheet {
  if (layout === 'guangdong') return guangdongForm(part, name);
  if (layout === 'chongqing') return chongqingForm(part, name);
  return nationalForm(part, name);
}

/**
 * A sheet name for a form: the text without the characters a sheet name cannot hold, at most 31
 * characters, made unique against `taken` with `（2）`, `（3）` ….
 */
export function formSheetName(text: string, taken: ReadonlySet<string>): string {
  const base = text.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || '表';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `（${String(n)}）`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  return name;
}
