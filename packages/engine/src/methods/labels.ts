import type { QualitativeBand } from '../types.js';

/**
 * How real tables write qualitative results and yes/no answers, mapped to the three official
 * bands (定性) and to yes/no (是否). Data, zh-CN; keys are compared without spaces.
 */
export const QUALITATIVE_SYNONYMS: Readonly<Record<QualitativeBand, readonly string[]>> = {
  达成年度指标: [
    '达成年度指标',
    '达成预期指标',
    '达成预期目标',
    '达成目标',
    '达到预期',
    '达成',
    '已达成',
    '完成',
    '全部完成',
    '已完成',
    '好',
    '高',
    '优',
    '优秀',
    '达标',
  ],
  部分达成年度指标并具有一定效果: [
    '部分达成年度指标并具有一定效果',
    '基本达成',
    '基本达成预期指标',
    '部分达成',
    '基本完成',
    '部分完成',
    '较好',
    '良',
    '良好',
    '一般',
    '中',
    '较高',
  ],
  未达成年度指标且效果较差: [
    '未达成年度指标且效果较差',
    '未达成',
    '未达成预期指标',
    '未完成',
    '差',
    '较差',
    '低',
    '较低',
  ],
};

/** Yes/no answers as tables write them. */
export const YES_NO_SYNONYMS: Readonly<Record<'是' | '否', readonly string[]>> = {
  是: [
    '是',
    '有',
    '√',
    '✓',
    '✔',
    '已完成',
    '按时完成',
    '已按时完成',
    '已公开',
    '已建立',
    '已制定',
    '已落实',
    'y',
    'yes',
    'true',
  ],
  否: [
    '否',
    '无',
    '没有',
    '×',
    '✗',
    '✘',
    '未完成',
    '未按时完成',
    '未公开',
    '未建立',
    '未制定',
    '未落实',
    'n',
    'no',
    'false',
  ],
};

const key = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

const BAND_OF = new Map<string, QualitativeBand>(
  (Object.entries(QUALITATIVE_SYNONYMS) as [QualitativeBand, readonly string[]][]).flatMap(
    ([band, words]) => words.map((w) => [key(w), band] as const),
  ),
);

const ANSWER_OF = new Map<string, '是' | '否'>(
  (Object.entries(YES_NO_SYNONYMS) as ['是' | '否', readonly string[]][]).flatMap(
    ([answer, words]) => words.map((w) => [key(w), answer] as const),
  ),
);

/** The official band a qualitative result names (`达成预期指标` → 达成年度指标), or null. */
export function bandOf(label: string): QualitativeBand | null {
  return BAND_OF.get(key(label)) ?? null;
}

/** 是 or 否 for a yes/no answer (`√`, `已公开`, `无` …), or null. */
export function answerOf(label: string): '是' | '否' | null {
  return ANSWER_OF.get(key(label)) ?? null;
}

/** The accepted words, for messages: `达成年度指标、达成预期指标、…`. */
export function acceptedLabels(kind: 'qualitative' | 'yesNo'): string {
  const table = kind === 'qualitative' ? QUALITATIVE_SYNONYMS : YES_NO_SYNONYMS;
  return Object.values(table)
    .flat()
    .filter((w) => !/^[a-z]+$/.test(w))
    .join('、');
}
