import type { IssueCode } from '../issues/codes.js';
import type { RuleNoteCode } from '../rules/rules.js';
import type { ExplanationCode } from '../methods/explanationCodes.js';
import { METHOD_LIST as METHOD_MODULES, type MethodName } from '../methods/table.js';
import { display as v, gt, pct } from './display.js';

const METHOD_LIST_NAMES = METHOD_MODULES.map((m) => m.name);

type P = Readonly<Record<string, string | number>>;
/** A message: parameters and the label of the field it concerns. */
export type MessageFn = (p: P, field: string) => string;

const METHOD_LIST = METHOD_LIST_NAMES.join('、');
const SOURCE_LIST =
  '整体支付率、基本支出支付率、项目支出支付率、结转结余率、预算调整率、年中支付进度、三季度支付进度';
const q = (x: string | number | undefined): string => `“${x ?? ''}”`;
/** How to write 评分参数, for each method that takes them (a test checks the coverage). */
export const zhCNParamExamples: Readonly<Partial<Record<MethodName, string>>> = {
  分档: '如 100%:10;80%:7;60%:5;0:0',
  扣分: '每次扣分，如 0.5；或每超过 1 个单位扣分，如 每超过1个百分点扣0.1分',
  反向: '如 t/a 或 1-(a-t)/t',
  时效: '逾期扣分，如 每逾期1天扣0.5分',
  门槛比例: '门槛，如 60%',
};

/** zh-CN issue messages, keyed by code. They speak about the data; adapters add the cell address. */
export const zhCN: Record<IssueCode, MessageFn> = {
  'record.invalid': () => '该行不是有效的记录，未能读取',
  'input.required': (_, f) => `${f || '此项'}为必填项，当前为空`,
  'text.invalid': (p, f) => `${f || '此项'}应为文字，当前为${q(p.value)}`,
  'flag.invalid': (p, f) => `${f || '此项'}应填“是”或“否”，当前为${q(p.value)}`,
  'amount.invalid': (p, f) => `${f || '金额'}应为数字，当前为${q(p.value)}`,
  'amount.negative': (p, f) => `${f || '金额'}不能为负数，当前为${q(p.value)}`,
  'amount.tooPrecise': (p, f) => `${f || '金额'}最多保留 6 位小数，当前为${q(p.value)}`,
  'amount.tooLarge': (p, f) => `${f || '金额'}超出可计算范围（应小于 10 亿），当前为${q(p.value)}`,
  'monthly.tooLong': (p) => `月度支付最多填写 12 个月，当前为 ${p.count ?? 0} 个`,
  'info.yearInvalid': (p) => `评价年度应为四位年份（如 2022），当前为${q(p.value)}`,
  'info.unitInvalid': (p) => `金额单位应为“万元”或“元”，当前为${q(p.value)}`,
  'info.gradeBandsInvalid': (p) =>
    `等级划分应为从高到低的三个分数（如 90/80/60），当前为${q(p.value)}；等级暂不评定`,
  'info.totalPointsInvalid': (p) =>
    `总分值应为大于 0 的数字，当前为${q(p.value)}；得分率与等级暂不评定`,
  'options.invalid': (p, f) => `${f || '评价选项'}无效（${p.detail ?? ''}），已使用默认值`,
  'budget.typeInvalid': (p) => `支出类型应为“基本支出”或“项目支出”，当前为${q(p.value)}`,
  'budget.roleInvalid': (p) => `行类型应为 line、subtotal 或 total，当前为${q(p.value)}`,
  'budget.lineExcluded': (p) => `${q(p.name)}缺少有效的全年预算数或全年执行数，未计入合计`,
  'budget.zeroBudget': (p) => `${q(p.name)}的全年预算数为 0，支付率无法计算（显示为“—”）`,
  'budget.overspent': (p) => `${q(p.name)}的全年执行数 ${v(p.spent)} 超过全年预算数 ${v(p.budget)}`,
  'budget.monthlyMismatch': (p) =>
    `${q(p.name)}的 1–12 月支付合计 ${v(p.monthlySum)} 与全年执行数 ${v(p.spent)} 不一致`,
  'budget.monthlyPartial': (p) =>
    `只有 ${p.lines ?? ''}/${p.of ?? ''} 行填写了与全年执行数一致的 1–12 月支付（未填或不一致：${p.names ?? ''}），支付进度只按这些行计算，不代表部门整体`,
  'budget.subtotalMismatch': (p, f) =>
    `${q(p.name)}的${f} ${v(p.actual)} 与明细合计 ${v(p.expected)} 不一致`,
  'rate.undefined': (p) => `${p.rate ?? '支付率'}的全年预算数合计为 0，无法计算（显示为“—”）`,
  'indicator.duplicateName': (p) =>
    typeof p.first === 'number'
      ? `三级指标${q(p.name)}与第 ${p.first + 1} 个指标重名，指标名称应唯一`
      : `三级指标${q(p.name)}与其他指标重名，指标名称应唯一`,
  'points.invalid': (p) => `分值应为大于 0 的数字，当前为${q(p.value)}`,
  'points.sumMismatch': (p) => `各指标分值合计为 ${v(p.sum)}，应为 ${v(p.expected)}`,
  'points.tooPrecise': (p) =>
    `分值 ${p.value ?? ''} 超过 2 位小数，公布时保留 2 位（${p.printed ?? ''}）；各项公布的分值之和须等于总分值，建议改为 2 位小数`,
  'points.printedSumMismatch': (p) =>
    `分值 ${p.value ?? ''} 超过 2 位小数，公布时为 ${p.printed ?? ''}；按 2 位小数公布的各项分值合计 ${p.printedSum ?? ''}，与分值合计 ${p.total ?? ''} 不一致，公布的表格对不上，结果为暂定。请将分值改为 2 位小数，使公布的各项分值之和等于总分值`,
  'method.unknown': (p) => `评分方法${q(p.value)}无法识别，应为 ${METHOD_LIST} 之一`,
  'method.missing': () =>
    '未填写评分方法，且无法从目标值推断（目标值可写作 ≥95%、≤30万元、=100% 等）',
  'target.missing': (p) => `评分方法为“${p.method ?? ''}”时须填写目标值`,
  'target.invalid': (p) =>
    `目标值${q(p.value)}无法识别，应为数字、百分比或 ≥95%、≤30万元、=100%、≥50个 这样的写法`,
  'target.comparatorUnknown': (p) =>
    `目标值${q(p.value)}中的${q(p.token)}不是可识别的比较符号，请使用 ≥、≤、= 或 不低于/不高于、以上/以下 等写法（如 ≥95%、≤30万元）`,
  'target.comparatorUnused': (p) =>
    `目标值${q(p.value)}中的${q(p.token)}不是可识别的比较符号，目标值未能读取。评分方法“${p.method ?? ''}”${p.completion === 'yes' ? '按实际值计分，得分不受影响；但完成率未计算（留空），超额完成（130%以上）也无法检查' : '不使用目标值，得分不受影响'}。请使用 ≥、≤、= 或 不低于/不高于 等写法（如 ≥95%）`,
  'target.zero': (p) => `评分方法为“${p.method ?? ''}”时目标值应大于 0，当前为${q(p.value)}`,
  'target.notNumeric': (p) => `评分方法为“${p.method ?? ''}”时目标值应为数字，当前为${q(p.value)}`,
  'actual.missing': () => '未填写实际值',
  'actual.invalid': (p) =>
    p.method === '是否'
      ? `实际值应为“是”或“否”${p.accepted === undefined ? '' : `（也可写 ${p.accepted}）`}，当前为${q(p.value)}`
      : p.method === '扣分'
        ? `实际值应为不小于 0 的次数，当前为${q(p.value)}`
        : `实际值应为数字或百分比，当前为${q(p.value)}`,
  'source.unknown': (p) => `数据来源${q(p.value)}无法识别，应为 ${SOURCE_LIST} 之一`,
  'source.unavailable': (p) =>
    `数据来源${q(p.source)}无法计算（预算合计为 0 或未填写月度支付），该指标未评分`,
  'source.actualIgnored': (p) =>
    `实际值按数据来源${q(p.source)}计算为 ${v(p.value, '%')}，与手填的实际值不一致，手填值未采用`,
  'params.missing': (p) =>
    `评分方法为“${p.method ?? ''}”时须填写评分参数（${zhCNParamExamples[String(p.method) as MethodName] ?? ''}）`,
  'params.invalid': (p) =>
    p.points !== undefined
      ? `分档得分 ${v(p.value)} 超过该指标分值 ${v(p.points)}`
      : `评分参数${q(p.value)}不符合“${p.method ?? ''}”的写法（${zhCNParamExamples[String(p.method) as MethodName] ?? ''}）`,
  'qualitative.labelInvalid': (p) =>
    `定性指标的实际值应为“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”${p.accepted === undefined ? '' : `（也可写 ${p.accepted}）`}，当前为${q(p.value)}`,
  'qualitative.scoreRequired': (p) =>
    `实际值为${q(p.band)}时须填写人工得分（${v(p.low)}–${v(p.high)} 分）`,
  'qualitative.outOfBand': (p) =>
    `人工得分 ${v(p.score)} 不在${q(p.band)}的分数区间（${v(p.low)}–${v(p.high)} 分）内`,
  'override.reasonMissing': (p) => `填写了人工得分 ${v(p.score)}，但未填写调整说明；人工得分未采用`,
  'override.scoreMissing': () => '评分方法为“人工”，但未填写人工得分',
  'override.outOfRange': (p) => `人工得分 ${v(p.score)} 超出 0–${v(p.points)} 分，已按区间边界计分`,
  'checklist.exceeds': (p) => `达到的要点数 ${v(p.met)} 多于列出的要点数 ${v(p.listed)}`,
  'actual.readAsPercent': (p) =>
    `实际值 ${p.value ?? ''} 未带 %，目标值是百分比，已按 ${p.read ?? ''} 计算；如不是这个意思，请写成带 % 的数值`,
  'target.readAsPercent': (p) =>
    `目标值 ${p.value ?? ''} 未带 %，实际值是百分比，已按 ${p.read ?? ''} 计算；如不是这个意思，请写成带 % 的数值`,
  'actual.unitConverted': (p) =>
    `实际值${q(p.value)}的单位“${p.unit ?? ''}”与目标值的“${p.targetUnit ?? ''}”不同，已换算为 ${p.read ?? ''}`,
  'actual.unitClassifier': (p) =>
    `实际值${q(p.value)}的量词“${p.unit ?? ''}”与目标值的“${p.targetUnit ?? ''}”都是计数的通用量词（个、项、件），按同一单位计：${p.read ?? ''}`,
  'actual.percentAmbiguous': (p) =>
    `实际值 ${p.value ?? ''} 未带 %，目标值 ${p.target ?? ''} 低于 2%，无法判断是 ${p.value ?? ''}% 还是 ${p.value ?? ''}×100%；请写成带 % 的数值（如 0.3%）`,
  'actual.unitMismatch': (p) =>
    `实际值${q(p.value)}的单位“${p.unit ?? ''}”与目标值的单位“${p.targetUnit ?? ''}”不是同一种量，无法比较；请统一单位`,
  'actual.labelRead': (p) => `实际值${q(p.value)}按${q(p.read)}计分`,
  'target.noComparator': (p) =>
    `目标值${q(p.value)}没有比较符号，也未填写评分方法或指标性质，已按正向（越高越好）计分；如为越低越好，请写成 ≤${p.value ?? ''} 或填写评分方法`,
  'target.lowerIsBetter': (p) =>
    `目标值${q(p.value)}没有比较符号，“${p.name ?? ''}”按惯例越低越好，已按反向（≤${p.value ?? ''}）计分；如不是，请写明 ≥ 或 ≤`,
  'target.negativeRatio': (p) =>
    `目标值${q(p.value)}为负数时不能用 t/a 方式评分（会给未达标的结果满分）；请删除评分参数中的 t/a`,
  'reason.missing': (p) => `该指标扣 ${v(p.deducted)} 分，须填写偏差原因`,
  'overAchievement.unexplained': (p) =>
    `完成率 ${pct(p.completion)} 达到目标的 ${pct(p.threshold)} 以上，须在偏差原因中说明`,
  'rule.invalid': (p) => `${p.rule}${q(p.value)}无法识别，应写作${p.expected}；该规则未生效`,
  'rule.denominatorMissing': (p, f) =>
    `执行率分母为${p.rule}，但${q(p.name)}的${f}为空或无法读取；执行率无法计算`,
  'rule.capRateUnknown': (p) =>
    `已设执行率封顶（${p.rule}），但执行率无法计算，总分是否封顶无法确定`,
  'rule.alternativePointsDiffer': (p) =>
    `备选组${q(p.group)}中各指标分值不同（${p.points}），按计分指标的分值计入总分`,
};

/** zh-CN notes of province rules on an explanation or a deduction (rules/rules.ts). */
export const zhCNRuleNotes: Record<RuleNoteCode, (p: P) => string> = {
  'rule.rateBands': (p) => `执行率计分按分档 ${p.rule}`,
  'rule.deviationPenalty': (p) =>
    `完成率 ${pct(p.completion)} ≥ ${pct(p.ratio)}，偏离扣分 ${p.points} 分，得 ${p.s}`,
  'rule.alternativeCounted': (p) => `备选组${q(p.group)}取较优者计分（备选：${p.others}）`,
  'rule.alternativeNotCounted': (p) => `备选组${q(p.group)}按${q(p.counted)}计分，本项不计入总分`,
  'rule.cap': (p) =>
    `执行率 ${pct(p.rate)} 低于 ${pct(p.below)}，得分率不超过 ${p.max}%，总分由 ${p.uncapped} 分封顶为 ${p.cap} 分（执行率封顶）`,
  'rule.denominator': (p) => `执行率以${p.rule}为分母`,
};

/** zh-CN explanations, keyed by code: checkable arithmetic, e.g. `8 × 45/50 = 7.20（正向，未达目标）`. */
export const zhCNExplanations: Record<ExplanationCode, (p: P) => string> = {
  'positive.met': (p) =>
    `实际 ${v(p.a, p.u)} ≥ 目标 ${v(p.t, p.u)}，得满分 ${p.s}（正向，达成目标）`,
  'positive.partial': (p) => `${v(p.w)} × ${v(p.a, p.u)}/${v(p.t, p.u)} = ${p.s}（正向，未达目标）`,
  'equal.met': (p) => `实际 ${v(p.a, p.u)} 达到目标 ${v(p.t, p.u)}，得满分 ${p.s}（等于）`,
  'equal.partial': (p) => `${v(p.w)} × ${v(p.a, p.u)}/${v(p.t, p.u)} = ${p.s}（等于，未达目标）`,
  'equal.zeroMet': (p) => `目标为 0，实际 ${v(p.a, p.u)} ≤ 0，得满分 ${p.s}（等于）`,
  'equal.zeroMissed': (p) => `目标为 0，实际 ${v(p.a, p.u)} > 0，得 ${p.s} 分（等于）`,
  'threshold.met': (p) => `完成率 ${v(p.a, p.u)}/${v(p.t, p.u)} ≥ 100%，得满分 ${p.s}（门槛比例）`,
  'threshold.partial': (p) =>
    `${v(p.w)} × (${pct(p.r)} − ${pct(p.th)})/(100% − ${pct(p.th)}) = ${p.s}（门槛比例，完成率 ${pct(p.r)}）`,
  'threshold.below': (p) => `完成率 ${pct(p.r)} 低于门槛 ${pct(p.th)}，得 ${p.s} 分（门槛比例）`,
  'inverse.met': (p) =>
    `实际 ${v(p.a, p.u)} ≤ 目标 ${v(p.t, p.u)}，得满分 ${p.s}（反向，达成目标）`,
  'inverse.linear': (p) =>
    `${v(p.w)} × (1 − (${v(p.a, p.u)} − ${v(p.t, p.u)})/${v(p.t, p.u)}) = ${p.s}（反向，超出目标）`,
  'inverse.ratio': (p) => `${v(p.w)} × ${v(p.t, p.u)}/${v(p.a, p.u)} = ${p.s}（反向，超出目标）`,
  'inverse.double': (p) =>
    `实际 ${v(p.a, p.u)} ≥ 目标 ${v(p.t, p.u)} 的 2 倍，得 ${p.s} 分（反向）`,
  'inverse.zeroMissed': (p) => `目标为 0，实际 ${v(p.a, p.u)} > 0，得 ${p.s} 分（反向）`,
  'bands.band': (p) => `实际 ${v(p.a, p.u)} ≥ ${v(p.min, p.u)} 档，得 ${p.s}（分档）`,
  'bands.none': (p) => `实际 ${v(p.a, p.u)} 低于最低档，得 ${p.s} 分（分档）`,
  'qualitative.met': (p) => `${p.band}，未填人工得分，得满分 ${p.s}（定性）`,
  'qualitative.manual': (p) => `${p.band}，人工评定 ${p.s}（定性）`,
  'positive.negative': (p) =>
    `${v(p.w)} × max(0, 1 − |${v(p.a, p.u)} − (${v(p.t, p.u)})|/|${v(p.t, p.u)}|) = ${p.s}（正向，负数目标未达成）`,
  'inverse.negative': (p) =>
    `${v(p.w)} × max(0, 1 − |${v(p.a, p.u)} − (${v(p.t, p.u)})|/|${v(p.t, p.u)}|) = ${p.s}（反向，负数目标未达成）`,
  'yesNo.match': (p) => `实际为“${p.a ?? ''}”，与目标“${p.t ?? ''}”一致，得满分 ${p.s}（是否）`,
  'yesNo.mismatch': (p) => `实际为“${p.a ?? ''}”，目标为“${p.t ?? ''}”，得 ${p.s} 分（是否）`,
  'yesNo.yes': (p) => `是，得满分 ${p.s}（是否）`,
  'yesNo.no': (p) => `否，得 ${p.s} 分（是否）`,
  deduction: (p) =>
    gt(`${p.k}`, p.n, p.w)
      ? `max(0, ${v(p.w)} − ${v(p.k)} × ${v(p.n)}) = ${p.s}（扣分，不低于 0）`
      : `${v(p.w)} − ${v(p.k)} × ${v(p.n)} = ${p.s}（扣分）`,
  'deduction.perUnit': (p) =>
    `max(0, ${v(p.w)} − ${v(p.k)} × ${p.side === 'below' ? `(${v(p.t, p.u)} − ${v(p.a, p.u)})` : `(${v(p.a, p.u)} − ${v(p.t, p.u)})`}/${v(p.step)}${p.stepUnit ?? ''}) = ${p.s}（扣分，每${p.side === 'below' ? '低于' : '超过'}目标 ${v(p.step)}${p.stepUnit ?? ''}扣 ${v(p.k)} 分）`,
  checklist: (p) =>
    gt(p.a, 1, p.t)
      ? `min(${v(p.w)}, ${v(p.w)} × ${v(p.a)}/${v(p.t)}) = ${p.s}（评价要点，不超过分值）`
      : `${v(p.w)} × ${v(p.a)}/${v(p.t)} = ${p.s}（评价要点）`,
  'deadline.met': (p) => `实际“${p.a ?? ''}”不晚于目标“${p.t ?? ''}”，得满分 ${p.s}（时效）`,
  'deadline.late': (p) =>
    p.k === ''
      ? `实际“${p.a ?? ''}”晚于目标“${p.t ?? ''}”，得 ${p.s} 分（时效）`
      : `实际“${p.a ?? ''}”晚于目标“${p.t ?? ''}” ${p.late ?? ''}${p.unit ?? ''}，max(0, ${v(p.w)} − ${v(p.k)} × ${p.late ?? ''}) = ${p.s}（时效）`,
  manual: (p) => `人工得分 ${p.s}（${p.reason ?? ''}）`,
  override: (p) => `人工调整为 ${p.s}，计算得分 ${p.computed ?? '—'}（${p.reason ?? ''}）`,
  unscored: (p) => `未评分，得 ${p.s} 分（数据有误，见问题列表）`,
};
