import {
  Decimal,
  parseTarget,
  type BudgetLineInput,
  type EvaluationInput,
  type IndicatorInput,
} from '@jixiao/engine';
import { qualifiedAddress } from '../address.js';
import { sortIssues, type CellIssue, type IssueLocation } from '../cell-issue.js';
import { QUALITATIVE_LABELS, type ColumnDef } from '../contract.js';
import { shiftDecimal } from '../decimal-text.js';
import { cellFormat, cellValue, isBlank, lastCol, lastRow, spreadMerges } from '../grid.js';
import { normalizeNotation, parseYesNo } from '../notation.js';
import type { SheetGrid } from '../port.js';
import {
  OPTIONAL_AMOUNT,
  OPTIONAL_NUMBER,
  readDecimal,
  readNotation,
  readText,
  REQUIRED_NUMBER,
  type ReadContext,
} from '../read-cell.js';
import { normalizeText } from '../text.js';
import { formIssue } from '../render-issue.js';
import { readFormDeduction, readFormReasonNotes } from './form-rule.js';
import type { FormLayout } from './layout.js';
import {
  FORM_SEARCH_ROWS,
  Names,
  findBlockHeader,
  findLabels,
  textAt,
  valueRightOf,
  type FormCell,
  type FormHeader,
} from './locate.js';

type FundsKey = keyof FormLayout['funds']['columns'];
type IndicatorKey = keyof FormLayout['indicators']['columns'];

/** Cells of one indicator row (or of the funds row that scores 预算执行率). */
export interface FormIndicatorPlace {
  /** Index in the engine input's indicators. */
  index: number;
  row: number;
  name: string;
  cells: Partial<Record<IndicatorKey | 'rate', FormCell>>;
  /** The row's 得分 was typed and taken as the score (no target and no actual to check it). */
  typedScore: boolean;
}

/** One row of the funds block. */
export interface FormFundsRow {
  row: number;
  label: string;
  role: 'total' | 'part' | 'other';
  budget: string | null;
  spent: string | null;
  initialBudget: string | null;
  /** The row's 执行率 cell, when the block has that column. */
  rate: FormCell | null;
}

/** What a form says about whom it belongs to. */
export interface FormIdentity {
  /** The title (first text of the sheet). */
  title: string | null;
  year: number | null;
  project: string | null;
  department: string | null;
  unit: string | null;
}

/** Where a form's values came from and where its outputs go. */
export interface FormPlaces {
  indicators: FormIndicatorPlace[];
  funds: FormFundsRow[];
  /** 执行率 of the scored funds row. */
  executionRate: FormCell | null;
  /** Index (in the input's indicators) of the indicator that scores 预算执行率. */
  executionIndex: number | null;
  /** Where the total goes, when the form has such a cell. */
  total: FormCell | null;
  /** The budget line's cells, for engine issues about it. */
  budgetLine: Partial<Record<'budget' | 'spent' | 'initialBudget' | 'name', FormCell>>;
}

/** What {@link readForm} returns. */
export interface FormReading {
  layout: FormLayout;
  sheet: string;
  /** The engine input, or null when a block the form needs cannot be found. */
  input: EvaluationInput | null;
  identity: FormIdentity;
  places: FormPlaces;
  /** The reader's issues, sorted by row and column. */
  issues: CellIssue[];
}

const NOTE_LINE =
  /^(填表人|填报人|审核人|单位负责人|负责人|联系人|联系电话|填报日期|填表日期|备注|注|说明)[:：\s]/;
const DASH = /^[—–\-－/／\\]+$/;
const PARTIAL_BANDS: ReadonlySet<string> = new Set(QUALITATIVE_LABELS.slice(1));
const YEAR_IN_TITLE = /(\d{4})\s*年度?/;

function column(name: string, expectZh: string, expectEn: string): ColumnDef {
  return {
    key: name,
    name,
    aliases: [],
    kind: 'input',
    width: 0,
    numberFormat: null,
    validation: null,
    expect: { zh: expectZh, en: expectEn },
  };
}
const AMOUNT_ZH = '金额（数字，如 1,234.56）';
const AMOUNT_EN = 'an amount (a number such as 1,234.56)';

function at(sheet: string, cell: FormCell): IssueLocation {
  return { sheet, row: cell.row, col: cell.col, cell: qualifiedAddress(sheet, cell.row, cell.col) };
}

function names<K extends string>(
  spec: Readonly<Partial<Record<K, readonly string[]>>>,
): Partial<Record<K, Names>> {
  const out: Partial<Record<K, Names>> = {};
  for (const [key, list] of Object.entries(spec) as [K, readonly string[] | undefined][])
    if (list !== undefined) out[key] = new Names(list);
  return out;
}

/** The 金额单位 a form states (`项目资金（万元）`, `单位：元`); 万元 when it says nothing. */
function amountUnit(grid: SheetGrid, to: number): '万元' | '元' {
  const right = lastCol(grid);
  for (let row = grid.origin.row; row <= to; row++)
    for (let col = grid.origin.col; col <= right; col++) {
      const text = textAt(grid, row, col);
      if (text === null) continue;
      const m = /单位[:：]\s*(万元|元)|[（(](万元|元)[）)]/.exec(normalizeText(text));
      const unit = m?.[1] ?? m?.[2];
      if (unit === '元' || unit === '万元') return unit;
    }
  return '万元';
}

/** Whether a number is zero (decimal text). */
function isZero(value: string | null): boolean {
  return value === null || new Decimal(value).isZero();
}

function sum(values: readonly (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  if (present.length === 0) return null;
  return present.reduce((acc, v) => acc.plus(v), new Decimal(0)).toString();
}

/** A comparator or a method written in 指标性质 / 计算符号. */
function readNature(text: string | null): { comparator: string | null; method: string | null } {
  if (text === null) return { comparator: null, method: null };
  const t = normalizeNotation(text);
  if (/^(定性|定性指标)$/.test(t)) return { comparator: null, method: '定性' };
  if (/^(正向|正向指标)$/.test(t)) return { comparator: null, method: '正向' };
  if (/^(反向|反向指标)$/.test(t)) return { comparator: null, method: '反向' };
  if (/^(≥|大于或等于|大于等于)$/.test(t)) return { comparator: '≥', method: null };
  if (/^(≤|小于或等于|小于等于)$/.test(t)) return { comparator: '≤', method: null };
  if (/^(=|＝|═|等于)$/.test(t)) return { comparator: '=', method: null };
  if (/^(>|大于)$/.test(t)) return { comparator: '>', method: null };
  if (/^(<|小于)$/.test(t)) return { comparator: '<', method: null };
  return { comparator: null, method: null };
}

const HAS_COMPARATOR = /^(≥|≤|=|>|<|＝|═)/;

/**
 * A target or actual in the engine's notation, from a form's separate columns: a bare number takes
 * the row's 度量单位 (`80` with `%` → `80%`; a %-formatted cell's fraction `0.8` → `80%`), and a
 * target takes the 指标性质 comparator (`≥` with `120` → `≥120公里`).
 */
function composeValue(
  value: string | boolean | null,
  percentCell: boolean,
  unit: string | null,
  comparator: string | null,
): string | null {
  if (value === null) return null;
  let text = typeof value === 'boolean' ? (value ? '是' : '否') : value;
  const bare = /^[+-]?\d+(\.\d+)?$/.test(text);
  if (bare && percentCell) text = `${shiftDecimal(text, 2)}%`;
  else if (bare && unit !== null) text = `${text}${unit === '百分比' ? '%' : unit}`;
  if (comparator !== null && !HAS_COMPARATOR.test(text) && parseTarget(text)?.kind === 'number')
    text = `${comparator}${text}`;
  return text;
}

function isPercentFormat(grid: SheetGrid, row: number, col: number): boolean {
  return cellValue(grid, row, col) !== null && (cellFormat(grid, row, col) ?? '').includes('%');
}

/**
 * Reads one form sheet with a layout: the funds block (scored row and its parts), the indicator
 * block, the identity fields and where the outputs go, as engine input plus a cell map. Values are
 * read with the workbook's cell readers (formulas that are constants, Excel errors, typed numbers).
 * Pure: the grid is not changed.
 */
export function readForm(sheetGrid: SheetGrid, layout: FormLayout): FormReading {
  // inputs read a merged area's value in every cell (一级指标 merged down its rows)
  const grid = spreadMerges(sheetGrid);
  const sheet = grid.name;
  const issues: CellIssue[] = [];
  const end = Math.min(lastRow(grid), grid.origin.row + FORM_SEARCH_ROWS - 1);
  const unit = amountUnit(grid, end);
  const ctx: ReadContext = { grid, sheet, issues, unit, unitDeclared: false };
  const places: FormPlaces = {
    indicators: [],
    funds: [],
    executionRate: null,
    executionIndex: null,
    total: null,
    budgetLine: {},
  };
  const identity = readIdentity(grid, layout);
  const blank = (): FormReading => ({
    layout,
    sheet,
    input: null,
    identity,
    places,
    issues: sortIssues(issues),
  });

  // the funds block
  const fundsSpec = names(layout.funds.columns);
  const fundsHeader = findBlockHeader<FundsKey>(
    grid,
    fundsSpec,
    ['budget', 'spent'],
    grid.origin.row,
    end,
  );
  // the indicator block
  const indicatorSpec = names(layout.indicators.columns);
  const indicatorHeader = findBlockHeader<IndicatorKey>(
    grid,
    indicatorSpec,
    ['name', 'points', 'actual'],
    (fundsHeader?.row ?? grid.origin.row - 1) + 1,
    end,
  );
  if (!fundsHeader) {
    issues.push(
      formIssue(
        'form.blockMissing',
        'error',
        { sheet },
        {
          layout: layout.name,
          block: '预算执行情况',
          columns: [layout.funds.columns.budget[0], layout.funds.columns.spent[0]].join('、'),
        },
      ),
    );
  }
  if (!indicatorHeader) {
    const c = layout.indicators.columns;
    issues.push(
      formIssue(
        'form.blockMissing',
        'error',
        { sheet },
        {
          layout: layout.name,
          block: '绩效指标',
          columns: [c.name[0], c.actual[0], c.points[0]].join('、'),
        },
      ),
    );
  }
  if (!fundsHeader || !indicatorHeader) return blank();

  const line = readFunds(ctx, layout, fundsHeader, indicatorHeader.row, places);
  const indicators: IndicatorInput[] = [];
  const totalFundsRow = places.funds.find((f) => f.role === 'total')?.row ?? null;
  // a funds row whose 分值 is a dash (—) does not score 预算执行率 (the part has no such indicator)
  const fundsPoints =
    totalFundsRow === null || fundsHeader.columns.points === undefined
      ? null
      : cellValue(grid, totalFundsRow, fundsHeader.columns.points);
  const unscoredFunds = typeof fundsPoints === 'string' && DASH.test(fundsPoints.trim());
  if (layout.execution.at === 'funds' && line !== null && !unscoredFunds) {
    const row = totalFundsRow;
    const pointsCol = fundsHeader.columns.points;
    const scoreCol = fundsHeader.columns.score;
    const points =
      row === null || pointsCol === undefined
        ? null
        : readDecimal(
            ctx,
            row,
            pointsCol,
            column('分值', '分值（数字）', 'points (a number)'),
            REQUIRED_NUMBER,
          );
    places.executionIndex = 0;
    places.indicators.push({
      index: 0,
      row: row ?? fundsHeader.row,
      name: layout.execution.name,
      cells: {
        ...(pointsCol !== undefined && row !== null ? { points: { row, col: pointsCol } } : {}),
        ...(scoreCol !== undefined && row !== null ? { score: { row, col: scoreCol } } : {}),
      },
      typedScore: false,
    });
    indicators.push({
      ref: row === null ? sheet : qualifiedAddress(sheet, row, pointsCol ?? grid.origin.col),
      level1: layout.execution.name,
      level2: null,
      name: layout.execution.name,
      method: '正向',
      target: '100%',
      source: '整体支付率',
      points,
    });
  }
  const totalRow = readIndicators(ctx, layout, indicatorHeader, indicators, places);
  locateTotal(ctx, layout, indicatorHeader, totalRow, places);

  if (line === null) return blank();
  const input: EvaluationInput = {
    info: {
      department: identity.project ?? identity.department ?? identity.unit ?? sheet,
      year: identity.year ?? 0,
      unit,
    },
    budgetLines: [line],
    indicators,
  };
  return { layout, sheet, input, identity, places, issues: sortIssues(issues) };
}

function readIdentity(grid: SheetGrid, layout: FormLayout): FormIdentity {
  let title: string | null = null;
  const right = lastCol(grid);
  for (let row = grid.origin.row; row <= lastRow(grid) && title === null; row++)
    for (let col = grid.origin.col; col <= right && title === null; col++)
      title = textAt(grid, row, col);
  const field = (list: readonly string[] | undefined): string | null => {
    if (list === undefined) return null;
    const names = new Names(list);
    const label = findLabels(grid, names)[0];
    // the label merged over several cells repeats itself: its value is past the repeats
    let cell = label ? valueRightOf(grid, label) : null;
    while (cell !== null && names.has(textAt(grid, cell.row, cell.col) ?? '')) {
      cell = valueRightOf(grid, cell);
    }
    return cell ? textAt(grid, cell.row, cell.col) : null;
  };
  const year = title === null ? null : YEAR_IN_TITLE.exec(normalizeText(title))?.[1];
  return {
    title: title === null ? null : normalizeText(title),
    year: year === undefined || year === null ? null : Number(year),
    project: field(layout.fields.project),
    department: field(layout.fields.department),
    unit: field(layout.fields.unit),
  };
}

/** The right-most text left of the amounts: nested labels (按资金来源 › 财政拨款) give the inner one. */
function rowLabel(grid: SheetGrid, row: number, before: number): string | null {
  for (let col = before - 1; col >= grid.origin.col; col--) {
    const text = textAt(grid, row, col);
    if (text !== null && !DASH.test(text)) return text;
  }
  return null;
}

/**
 * Reads the funds block and decides the amounts of the scored row: the total row's own, or — when
 * it is empty or all zero while its parts carry amounts — the parts' sums (a warning). A non-zero
 * total that disagrees with its parts is an error. Returns the engine's budget line, or null.
 */
function readFunds(
  ctx: ReadContext,
  layout: FormLayout,
  header: FormHeader<FundsKey>,
  stop: number,
  places: FormPlaces,
): BudgetLineInput | null {
  const { grid, sheet, issues } = ctx;
  const cols = header.columns;
  const amountCols = [cols.initialBudget, cols.budget, cols.spent].filter(
    (c): c is number => c !== undefined,
  );
  const first = Math.min(...amountCols);
  const total = layout.funds.total === null ? null : new Names(layout.funds.total);
  const parts = layout.funds.parts.map((p) => new Names(p));
  const others = layout.funds.others.map((p) => new Names(p));
  const amount = (row: number, col: number | undefined, name: string): string | null => {
    if (col === undefined) return null;
    const value = cellValue(grid, row, col);
    if (typeof value === 'string' && DASH.test(value.trim())) return null;
    return readDecimal(ctx, row, col, column(name, AMOUNT_ZH, AMOUNT_EN), OPTIONAL_AMOUNT);
  };
  for (let row = header.row + 1; row < stop; row++) {
    const label = rowLabel(grid, row, first);
    let role: FormFundsRow['role'] | null = null;
    if (label !== null && total?.has(label)) role = 'total';
    else if (label !== null && parts.some((p) => p.has(label))) role = 'part';
    else if (label !== null && others.some((p) => p.has(label))) role = 'other';
    else if (total === null && !places.funds.some((f) => f.role === 'total')) {
      const filled = amountCols.some((c) => !isBlank(cellValue(grid, row, c)));
      if (filled) role = 'total';
    }
    if (role === null) continue;
    places.funds.push({
      row,
      label: label ?? '预算执行情况',
      role,
      initialBudget: amount(row, cols.initialBudget, '年初预算数'),
      budget: amount(row, cols.budget, '全年预算数'),
      spent: amount(row, cols.spent, '全年执行数'),
      rate: cols.rate === undefined ? null : { row, col: cols.rate },
    });
  }
  const totalRow = places.funds.find((f) => f.role === 'total');
  const partRows = places.funds.filter(
    (f) => f.role === 'part' && (f.budget !== null || f.spent !== null),
  );
  if (!totalRow) {
    issues.push(
      formIssue(
        'form.fundsRowMissing',
        'error',
        { sheet },
        {
          label: layout.funds.total?.[0] ?? layout.funds.columns.budget[0] ?? '',
        },
      ),
    );
    return null;
  }
  places.executionRate = totalRow.rate;
  const cell = (col: number | undefined): FormCell | undefined =>
    col === undefined ? undefined : { row: totalRow.row, col };
  places.budgetLine = {
    ...(cell(cols.budget) ? { budget: cell(cols.budget)! } : {}),
    ...(cell(cols.spent) ? { spent: cell(cols.spent)! } : {}),
    ...(cell(cols.initialBudget) ? { initialBudget: cell(cols.initialBudget)! } : {}),
  };
  const line: BudgetLineInput = {
    ref: qualifiedAddress(sheet, totalRow.row, cols.budget ?? first),
    name: totalRow.label,
    type: layout.funds.lineType,
    initialBudget: totalRow.initialBudget,
    budget: totalRow.budget,
    spent: totalRow.spent,
  };
  if (partRows.length === 0) return line;
  const sums = {
    budget: sum(partRows.map((p) => p.budget)),
    spent: sum(partRows.map((p) => p.spent)),
    initialBudget: sum(partRows.map((p) => p.initialBudget)),
  };
  const emptyTotal =
    isZero(totalRow.budget) && isZero(totalRow.spent) && isZero(totalRow.initialBudget);
  if (emptyTotal) {
    issues.push(
      formIssue(
        'form.fundsTotalEmpty',
        'warning',
        at(sheet, { row: totalRow.row, col: cols.budget ?? first }),
        { label: totalRow.label, budget: sums.budget ?? '—', spent: sums.spent ?? '—' },
      ),
    );
    return { ...line, ...sums };
  }
  for (const key of ['budget', 'spent'] as const) {
    const own = totalRow[key];
    const parts = sums[key];
    const col = cols[key];
    if (own === null || parts === null || col === undefined) continue;
    if (!new Decimal(own).equals(parts)) {
      issues.push(
        formIssue('form.fundsTotalMismatch', 'error', at(sheet, { row: totalRow.row, col }), {
          label: totalRow.label,
          column: key === 'budget' ? '全年预算数' : '全年执行数',
          total: own,
          sum: parts,
        }),
      );
    }
  }
  return line;
}

/**
 * Reads the indicator rows under the header, up to the row labelled as the block's end (总分) or a
 * signature / note line. Returns the end row, or null when the block runs to the sheet's end.
 */
function readIndicators(
  ctx: ReadContext,
  layout: FormLayout,
  header: FormHeader<IndicatorKey>,
  indicators: IndicatorInput[],
  places: FormPlaces,
): number | null {
  const { grid, sheet, issues } = ctx;
  const cols = header.columns;
  const endNames = new Names(layout.indicators.end);
  const execution = layout.execution.at === 'indicator' ? new Names(layout.execution.names) : null;
  const textCol = (key: IndicatorKey, row: number): string | null => {
    const col = cols[key];
    if (col === undefined) return null;
    const text = readText(ctx, row, col, column(key, '文字', 'text'));
    return text === null || DASH.test(text) ? null : text;
  };
  const firstCol = Math.min(...Object.values<number>(cols));
  let level1: string | null = null;
  let level2: string | null = null;
  let kind: string | null = null;
  for (let row = header.row + 1; row <= lastRow(grid); row++) {
    const lead = rowLabel(grid, row, (cols.name ?? firstCol) + 1);
    const first = textAt(grid, row, grid.origin.col) ?? lead;
    if ((lead !== null && endNames.has(lead)) || (first !== null && endNames.has(first)))
      return row;
    if (first !== null && NOTE_LINE.test(normalizeText(first))) return null;
    const ownLevel1 = textCol('level1', row);
    const ownLevel2 = textCol('level2', row);
    if (ownLevel1 !== null) {
      level1 = ownLevel1.replace(/[(（]\s*\d+(\.\d+)?\s*分\s*[)）]$/, '').trim();
      level2 = null;
    }
    if (ownLevel2 !== null) level2 = ownLevel2;
    const name = textCol('name', row);
    const pointsCell = cols.points === undefined ? null : cellValue(grid, row, cols.points);
    if (name === null && isBlank(pointsCell)) continue;
    const ownNature = textCol('nature', row);
    // 指标性质 merged down a run (定量指标 / 定性指标) reads blank below its first row
    if (ownNature !== null) kind = ownNature;
    const nature = readNature(ownNature ?? (kind !== null && /^定[性量]/.test(kind) ? kind : null));
    const unit = textCol('unit', row);
    const notation = (key: IndicatorKey): { value: string | boolean | null; pct: boolean } => {
      const col = cols[key];
      if (col === undefined) return { value: null, pct: false };
      const value = readNotation(ctx, row, col, column(key, '指标值', 'a value'), true);
      return {
        value: typeof value === 'string' && DASH.test(value) ? null : value,
        pct: isPercentFormat(grid, row, col),
      };
    };
    const adjusted = notation('adjustedTarget');
    const own = notation('target');
    const targetRaw = adjusted.value !== null ? adjusted : own;
    const actualRaw = notation('actual');
    // a target ending in a 扣分 clause (`每次扣0.5分`, `≤5%（每超过1个百分点扣0.1分）`) states the method
    const deduction =
      typeof targetRaw.value === 'string' ? readFormDeduction(targetRaw.value) : null;
    const target = composeValue(
      deduction === null ? targetRaw.value : deduction.target,
      targetRaw.pct,
      unit,
      nature.comparator,
    );
    const actual = composeValue(actualRaw.value, actualRaw.pct, unit, null);
    const index = indicators.length;
    const cells: FormIndicatorPlace['cells'] = {};
    for (const [key, col] of Object.entries(cols) as [IndicatorKey, number][])
      cells[key] = { row, col };
    if (targetRaw === adjusted && cols.adjustedTarget !== undefined)
      cells.target = { row, col: cols.adjustedTarget };
    const place: FormIndicatorPlace = {
      index,
      row,
      name: name ?? '',
      cells,
      typedScore: false,
    };
    const isExecution = execution !== null && name !== null && execution.has(name);
    const scoreCol = cols.score;
    const printed =
      scoreCol === undefined
        ? null
        : readDecimal(
            ctx,
            row,
            scoreCol,
            column('得分', '得分（数字）', 'a score'),
            OPTIONAL_NUMBER,
          );
    let method: string | null = deduction === null ? nature.method : '扣分';
    const parsedTarget = target === null ? null : parseTarget(target);
    if (method === null && parsedTarget?.kind === 'label' && !/^[是否]$/.test(parsedTarget.label))
      method = '定性';
    const indicator: IndicatorInput = {
      ref: qualifiedAddress(sheet, row, cols.name ?? firstCol),
      // a form without 一级指标 (Chongqing's) has one flat list: the block is its only group
      level1: level1 ?? (cols.level1 === undefined ? '绩效指标' : ''),
      level2,
      name: name ?? '',
      key:
        cols.key === undefined ? false : (parseYesNo(textAt(grid, row, cols.key) ?? '') ?? false),
      method,
      target: isExecution ? (target ?? '100%') : target,
      actual: isExecution ? null : actual,
      points:
        cols.points === undefined
          ? null
          : readDecimal(
              ctx,
              row,
              cols.points,
              column('分值', '分值（数字）', 'points'),
              REQUIRED_NUMBER,
            ),
      deviationReason: textCol('reason', row),
    };
    if (deduction !== null) indicator.params = deduction.params;
    // the 备选组 and 人工得分 lines of the reason column (form-rule.ts): a 人工得分 stated beside the
    // printed 得分 is the publisher's
    const notes =
      indicator.deviationReason === null || indicator.deviationReason === undefined
        ? null
        : readFormReasonNotes(indicator.deviationReason);
    if (notes !== null && (notes.group !== null || notes.manual !== null)) {
      indicator.deviationReason = notes.rest;
      if (notes.group !== null) indicator.group = notes.group;
      if (
        notes.manual !== null &&
        printed !== null &&
        new Decimal(notes.manual.score).equals(printed)
      ) {
        indicator.manualScore = printed;
        indicator.overrideReason = notes.manual.reason ?? '表中注明的人工得分';
        place.typedScore = true;
      }
    }
    // a partly met qualitative indicator is scored by hand inside its band: the form's 得分 is then
    // the input (人工得分), not an output
    if (
      indicator.method === '定性' &&
      printed !== null &&
      typeof actual === 'string' &&
      PARTIAL_BANDS.has(actual)
    ) {
      indicator.manualScore = printed;
      place.typedScore = true;
    }
    if (isExecution) {
      indicator.source = '整体支付率';
      indicator.method = null;
      places.executionIndex = index;
    } else if (target === null && actual === null && place.typedScore && printed !== null) {
      indicator.method = '人工'; // a 人工得分 the reason column states
    } else if (target === null && actual === null) {
      const cell = at(sheet, { row, col: cols.actual ?? cols.name ?? firstCol });
      if (printed === null) {
        issues.push(formIssue('form.rowUnscorable', 'error', cell, { name: name ?? '' }));
        continue;
      }
      indicator.method = '人工';
      indicator.manualScore = printed;
      indicator.overrideReason = '表中填写的得分';
      place.typedScore = true;
      issues.push(
        formIssue(
          'form.scoreUnverifiable',
          'warning',
          at(sheet, { row, col: scoreCol ?? firstCol }),
          { name: name ?? '', printed },
        ),
      );
    }
    indicators.push(indicator);
    places.indicators.push(place);
  }
  return null;
}

/** Where the total goes: the 总分 row's score cell, or the cell a header label (自评总分) points to. */
function locateTotal(
  ctx: ReadContext,
  layout: FormLayout,
  header: FormHeader<IndicatorKey>,
  totalRow: number | null,
  places: FormPlaces,
): void {
  const total = layout.total;
  if (total.at === 'row') {
    const col = header.columns.score;
    if (totalRow !== null && col !== undefined) places.total = { row: totalRow, col };
    else
      ctx.issues.push(
        formIssue(
          'form.totalNotFound',
          'info',
          { sheet: ctx.sheet },
          { label: total.labels[0] ?? '' },
        ),
      );
    return;
  }
  const label = findLabels(ctx.grid, new Names(total.labels), ctx.grid.origin.row, header.row)[0];
  const right = Math.max(...Object.values<number>(header.columns));
  if (label && right > label.col) places.total = { row: label.row, col: right };
  else
    ctx.issues.push(
      formIssue(
        'form.totalNotFound',
        'info',
        { sheet: ctx.sheet },
        { label: total.labels[0] ?? '' },
      ),
    );
}
