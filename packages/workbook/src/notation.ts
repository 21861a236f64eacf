import { plainDecimal } from './decimal-text.js';
import { normalizeText } from './text.js';

const AT_LEAST = /^(大于或等于|大于等于|不低于|不少于|不小于|至少|达到)/;
const AT_MOST = /^(小于或等于|小于等于|不高于|不超过|不多于|不大于|至多|控制在)/;
/** Words after the value: `95%以上` → `≥95%`, `30万元以内` → `≤30万元`. */
const AT_LEAST_AFTER = /^([+-]?\d[^≥≤<>=]*?)(及以上|以上)$/;
const AT_MOST_AFTER = /^([+-]?\d[^≥≤<>=]*?)(及以下|以下|以内)$/;

/**
 * Normalises a target or actual typed as text to the official notation the engine reads:
 * full-width to half-width, spaces removed, `>=` `=>` `≧` `＞＝` `不低于` `达到` → `≥`, `<=` `≦` `不超过` → `≤`,
 * `═` → `=`, words after the value (`95%以上` → `≥95%`, `30万元以内` → `≤30万元`),
 * thousands separators dropped (`≥1,200份` → `≥1200份`), a bare number in plain decimal form.
 */
export function normalizeNotation(raw: string): string {
  let text = normalizeText(raw).replace(/\s+/g, '');
  text = text
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤')
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    // a box-drawing ═ that some exports print for =
    .replace(/[═〓]/g, '=')
    .replace(AT_LEAST, '≥')
    .replace(AT_MOST, '≤')
    .replace(AT_LEAST_AFTER, '≥$1')
    .replace(AT_MOST_AFTER, '≤$1');
  text = text.replace(/\d{1,3}(?:,\d{3})+(?![\d,])/g, (m) => m.replace(/,/g, ''));
  const bare = plainDecimal(text);
  return bare ?? text;
}

/** Enumerated values (支出类型, 评分方法, 数据来源, 样式): half-width, without any spaces. */
export function normalizeKeyword(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, '');
}

const YES = new Set(['是', 'y', 'yes', 'true', '√', '✓', '✔', '1', '关键', '关键指标', '★']);
const NO = new Set(['否', 'n', 'no', 'false', '×', '✗', '0', '非关键', '']);

/** 是/否 and the ways people write them; null when not recognised. */
export function parseYesNo(raw: string): boolean | null {
  const key = normalizeKeyword(raw).toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
