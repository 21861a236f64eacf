/**
 * How an indicator's scoring rule travels on an official form, which has no 评分方法, 评分参数 or
 * 人工得分 column (issue 14, the round trip of `jixiao forms`). The writer and the reader share
 * these wordings, so a written form reads back to the same scores:
 *
 * - 扣分 is stated in 年度指标值 as publishers write it: `每次扣0.5分` (a deduction per occurrence,
 *   实际完成值 the count) or `≤5%（每超过1个百分点扣0.1分）` (per unit beyond the target); the reader
 *   takes a target ending in `每…扣 k 分` as method 扣分 with that clause as its 评分参数.
 * - A 人工得分 is the printed 得分 with a line in 偏差原因分析及改进措施 saying so:
 *   `人工得分：4.00 分。调整说明：…`; the reader keeps that 得分 as the publisher's (人工得分 with its
 *   调整说明), not as a printed value that differs from the computed one.
 * - Other methods are carried by the target alone when the target implies them (`≥95%` → 正向,
 *   `≤5%` → 反向, `=100%` → 等于, a band label → 定性, 是/否 → 是否; 评价要点 on a bare count is
 *   written `≥n`, which scores the same). A rule the form cannot state (分档 with its bands, 门槛比例,
 *   期限 …) is named by {@link formRowOf} so that `jixiao forms` says so.
 */
import {
  Decimal,
  inferMethod,
  parseTarget,
  resolveMethod,
  type IndicatorInput,
  type IndicatorResult,
  type Locale,
} from '@jixiao/engine';
import { formatNumber } from '@jixiao/engine/format';
import type { CellValue } from '../port.js';
import { WORKBOOK_MESSAGES, type WorkbookIssueCode } from '../workbook-messages.js';

/** A deduction clause at the end of a target: `每次扣0.5分`, `（每超过1个百分点扣0.1分）`. */
const DEDUCTION_CLAUSE = /[（(]?\s*(每[^（()）]*?扣(?:减)?\s*\d+(?:\.\d+)?\s*分)\s*[)）]?\s*$/;

/** The 人工得分 line of a reason cell: `人工得分：4.00 分。调整说明：…`. */
const MANUAL_NOTE =
  /(?:^|\n)\s*人工得分\s*[:：]\s*(\d+(?:\.\d+)?)\s*分\s*[。.；;，,]?\s*(?:调整说明\s*[:：]\s*([\s\S]*))?$/;

/** The 备选组 line of a reason cell: `备选组：A（二者择其一，取得分较高者）`. */
const GROUP_NOTE = /(?:^|\n)\s*备选组\s*[:：]\s*([^\s（(\n]+)[^\n]*$/;

/** The words after a 备选组 label on a form. */
const GROUP_WORDS = '（二者择其一，取得分较高者）';

/** A target read from a form's 年度指标值 that states a 扣分 rule. */
export interface FormDeduction {
  /** The target left of the clause (`≤5%`), or null when the clause is all there is. */
  target: string | null;
  /** The clause, as the 扣分 method's 评分参数. */
  params: string;
}

/** Reads a 扣分 clause at the end of a form's 年度指标值; null when there is none. */
export function readFormDeduction(text: string): FormDeduction | null {
  const m = DEDUCTION_CLAUSE.exec(text.trim());
  if (m === null || m[1] === undefined) return null;
  const rest = text
    .trim()
    .slice(0, m.index)
    .replace(/[，,；;。\s]+$/, '')
    .trim();
  return { target: rest === '' ? null : rest, params: m[1].replace(/\s+/g, '') };
}

/** What a form's reason cell states besides the 偏差原因. */
export interface FormReasonNotes {
  /** The 偏差原因 (the cell without the lines below), or null. */
  rest: string | null;
  /** A 人工得分 line: the score it states (decimal text) and its 调整说明 (null when none). */
  manual: { score: string; reason: string | null } | null;
  /** A 备选组 line: the group's label. */
  group: string | null;
}

/** Reads the 人工得分 and 备选组 lines at the end of a reason cell. */
export function readFormReasonNotes(text: string): FormReasonNotes {
  let rest = text;
  let manual: FormReasonNotes['manual'] = null;
  const m = MANUAL_NOTE.exec(rest);
  if (m !== null && m[1] !== undefined) {
    const reason = m[2]?.trim() ?? '';
    manual = { score: new Decimal(m[1]).toString(), reason: reason === '' ? null : reason };
    rest = rest.slice(0, m.index);
  }
  const g = GROUP_NOTE.exec(rest);
  const group = g?.[1] ?? null;
  if (g !== null) rest = rest.slice(0, g.index);
  rest = rest.trim();
  return { rest: rest === '' ? null : rest, manual, group };
}

/** How one indicator is written on a form. */
export interface FormRow {
  /** 年度指标值 as written. */
  target: CellValue;
  /** 偏差原因分析及改进措施 as written (the 偏差原因 and, for a 人工得分, its line). */
  reason: string | null;
  /** 指标性质 for a form that has the column (正向 / 反向 the target does not imply), else null. */
  nature: string | null;
  /** Why the form cannot state this indicator's rule (null when it can), in Chinese. */
  lost: string | null;
  /** The same as a note to render in either language ({@link renderLostNote}). */
  lostNote: LostNote | null;
}

/** A part of a {@link LostNote}: a workbook message code and its params. */
export interface LostPart {
  code: WorkbookIssueCode;
  params: Readonly<Record<string, string>>;
}

/**
 * A rule a form cannot state, naming the indicator: what is lost (`parts`, joined 、 / ,) and how
 * the form scores instead (`tail`). `form.lostExecution` is the 预算执行率 row of a table that scores
 * it on its funds block. Texts: `form.lost*` in workbook-messages.ts.
 */
export interface LostNote {
  code: 'form.lostRule' | 'form.lostExecution';
  name: string;
  parts: LostPart[];
  tail: LostPart | null;
}

/** A {@link LostNote} as one sentence in `locale` (the zh-CN one is `FormSheet.lost`'s). */
export function renderLostNote(note: LostNote, locale: Locale): string {
  const m = WORKBOOK_MESSAGES[locale];
  const parts = note.parts.map((p) => m[p.code](p.params)).join(locale === 'zh-CN' ? '、' : ', ');
  const tail = note.tail === null ? '' : m[note.tail.code](note.tail.params);
  return m[note.code]({ name: note.name, parts, tail });
}

const text = (
  v: string | number | boolean | null | undefined | { error: string },
): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'object' ? v.error : String(v);

/** The clause of a resolved 扣分 rule, in the wording {@link readFormDeduction} reads. */
function deductionClause(indicator: IndicatorInput): string | null {
  const resolved = resolveMethod('扣分', null, text(indicator.params), {
    inverseVariant: 'linear',
  });
  if (!resolved.ok || resolved.config.kind !== '扣分') return null;
  const c = resolved.config;
  if (c.step === undefined) return `每次扣${c.perOccurrence}分`;
  const unit = c.stepUnit === '%' ? '个百分点' : (c.stepUnit ?? '');
  return `每${c.side === 'below' ? '低于' : '超过'}${c.step}${unit}扣${c.perOccurrence}分`;
}

/** What {@link formRowOf} needs to know of the form and the workbook. */
export interface FormRowOptions {
  /** The form has a 偏差原因 column (the 人工得分 and 备选组 lines go there). */
  hasReason: boolean;
  /** The form has a 指标性质 column. */
  hasNature: boolean;
  /** The workbook's default 反向 variant (基本信息); a form reads 反向 as 'linear'. */
  inverseVariant?: 'linear' | 'ratio';
}

/**
 * How an indicator is written on a form: its 年度指标值 (with a 扣分 clause), its reason (with the
 * 人工得分 and 备选组 lines) and — when the form cannot state part of the rule — why, in one
 * sentence naming the indicator, so that the writer can say so.
 */
export function formRowOf(
  indicator: IndicatorInput,
  result: IndicatorResult | undefined,
  options: FormRowOptions,
): FormRow {
  const deviation = text(indicator.deviationReason);
  const method = result?.method ?? (text(indicator.method) as IndicatorResult['method']);
  const params = text(indicator.params);
  const lost: LostPart[] = [];
  const notes: string[] = [];
  let target: CellValue = indicator.target ?? null;
  let nature: string | null = null;
  let tail: LostPart | null = null;
  const t = text(target);

  const group = text(indicator.group);
  if (group !== null) {
    if (options.hasReason) notes.push(`备选组：${group}${GROUP_WORDS}`);
    else lost.push({ code: 'form.lostGroup', params: { group } });
  }
  // a 人工得分 that decides the score is the printed 得分, said so in the reason column
  const manual =
    result !== undefined &&
    result.status !== 'unscored' &&
    (result.status === 'overridden' || method === '人工');
  if (manual) {
    if (options.hasReason) {
      const why = text(indicator.overrideReason);
      notes.push(
        `人工得分：${formatNumber(result.score)} 分。${why === null ? '' : `调整说明：${why}`}`,
      );
    } else lost.push({ code: 'form.lostManual', params: { score: formatNumber(result.score) } });
  }
  if (!manual && method === '扣分') {
    const clause = deductionClause(indicator);
    if (clause === null)
      lost.push({ code: 'form.lostDeduction', params: { params: params ?? '' } });
    else target = t === null ? clause : `${t}（${clause}）`;
  } else if (!manual && method !== null) {
    const inferred = inferMethod(t === null ? null : parseTarget(t));
    if (method === '评价要点' && t !== null && /^\d+(\.\d+)?$/.test(t)) target = `≥${t}`;
    else if (options.hasNature && inferred !== method && (method === '正向' || method === '反向'))
      // 指标性质 states 正向 / 反向 on its own row (定性 / 定量 would run on down the rows below)
      nature = method;
    else if (inferred !== method) {
      lost.push({ code: 'form.lostMethod', params: { method, params: params ?? '' } });
      tail =
        inferred === null
          ? { code: 'form.lostTailNoMethod', params: { target: t ?? '' } }
          : { code: 'form.lostTailInferred', params: { target: t ?? '', inferred } };
    }
    if (inferred === method || nature !== null || target !== indicator.target) {
      if (params !== null) lost.push({ code: 'form.lostParams', params: { params } });
      else if (method === '反向' && options.inverseVariant === 'ratio')
        lost.push({ code: 'form.lostInverseRatio', params: {} });
    }
  }
  const note: LostNote | null =
    lost.length === 0 ? null : { code: 'form.lostRule', name: indicator.name, parts: lost, tail };
  return {
    target,
    reason: [deviation, ...notes].filter((x) => x !== null).join('\n') || null,
    nature,
    lost: note === null ? null : renderLostNote(note, 'zh-CN'),
    lostNote: note,
  };
}
