import { TYPE_AREA_WIDTH, SIZE } from './layout.js';
import { textWidth } from './measure.js';

/** Ems of 二号 a title line holds: 8845 twips ÷ 440 twips = 20.1. */
export const TITLE_CAPACITY = Math.floor(TYPE_AREA_WIDTH / (SIZE.title * 10));

/**
 * Endings a report title breaks before, longest first: the kind of the document stays whole on the
 * last line (GB/T 9704-2012 7.3.3: a title of several lines breaks where the meaning allows, in a
 * balanced shape).
 */
export const TITLE_ENDINGS: readonly string[] = [
  '部门整体支出绩效自评报告',
  '整体支出绩效自评报告',
  '项目支出绩效自评报告',
  '绩效自评报告',
];

/**
 * Words of a department's name after which a line may break: administrative levels and the kinds of
 * bodies (广东省|广州市|天河区|人民政府|办公室|…). A line may also break before a year (`2022年度`);
 * never inside a number.
 */
const BREAK_AFTER: readonly string[] = [
  '自治区',
  '自治州',
  '自治县',
  '人民政府',
  '办公厅',
  '办公室',
  '委员会',
  '管理局',
  '中心',
  '街道',
  '年度',
  '省',
  '市',
  '区',
  '县',
  '州',
  '盟',
  '旗',
  '镇',
  '乡',
  '局',
  '厅',
  '委',
  '院',
  '部',
  '处',
  '所',
  '站',
  '队',
  '馆',
  '会',
];

/** Positions (code-unit offsets) in `text` where a line may break at a meaningful point. */
function breakPoints(text: string): Set<number> {
  const points = new Set<number>();
  for (const word of BREAK_AFTER) {
    let at = text.indexOf(word);
    while (at >= 0) {
      points.add(at + word.length);
      at = text.indexOf(word, at + 1);
    }
  }
  for (const m of text.matchAll(/\d+/g)) points.add(m.index);
  // never inside a number, never before closing punctuation
  for (const p of [...points]) {
    if (p <= 0 || p >= text.length) points.delete(p);
    else if (/\d/.test(text[p - 1]!) && /\d/.test(text[p]!)) points.delete(p);
    else if (/[，、。；：）》”]/.test(text[p]!)) points.delete(p);
  }
  return points;
}

/** Any position between characters that is not inside a number or before closing punctuation. */
function anyPoints(text: string): Set<number> {
  const points = new Set<number>();
  for (let p = 1; p < text.length; p++) {
    if (/\d/.test(text[p - 1]!) && /\d/.test(text[p]!)) continue;
    if (/[\uDC00-\uDFFF]/.test(text[p]!)) continue;
    if (/[，、。；：）》”]/.test(text[p]!)) continue;
    points.add(p);
  }
  return points;
}

/**
 * The fewest lines of at most `capacity` ems, breaking only at `points`, and among those the most
 * balanced (smallest widest line, then smallest spread). Null when no such split exists.
 */
function bestSplit(text: string, points: Set<number>, capacity: number): string[] | null {
  const cuts = [...points].sort((a, b) => a - b);
  const total = textWidth(text);
  for (let count = Math.max(2, Math.ceil(total / capacity)); count <= 8; count++) {
    let best: { lines: string[]; max: number; spread: number } | null = null;
    const search = (from: number, lines: string[]): void => {
      const left = count - lines.length;
      const rest = text.slice(from);
      if (left === 1) {
        if (textWidth(rest) > capacity) return;
        const all = [...lines, rest];
        const widths = all.map(textWidth);
        const max = Math.max(...widths);
        const spread = max - Math.min(...widths);
        if (
          !best ||
          max < best.max - 1e-9 ||
          (Math.abs(max - best.max) < 1e-9 && spread < best.spread)
        )
          best = { lines: all, max, spread };
        return;
      }
      if (textWidth(rest) > left * capacity) return;
      for (const cut of cuts) {
        if (cut <= from) continue;
        const line = text.slice(from, cut);
        if (textWidth(line) > capacity) break;
        search(cut, [...lines, line]);
      }
    };
    search(0, []);
    if (best) return (best as { lines: string[] }).lines;
  }
  return null;
}

/**
 * Lines of a report title as they should be printed: a title that fits one line stays whole;
 * a longer one breaks before 部门整体支出绩效自评报告 (or the other {@link TITLE_ENDINGS}), and a part
 * still too long breaks into the fewest, most even lines at the words of the department's name
 * (after 省/市/区/人民政府/办公室 …, before the year), never inside a number.
 *
 * `titleLines('广州市人民政府办公厅2022年度部门整体支出绩效自评报告')` →
 * `['广州市人民政府办公厅2022年度', '部门整体支出绩效自评报告']`
 *
 * @param text - one 标题 paragraph (a template that breaks its title itself gives several)
 * @param capacity - ems a line holds (default: 二号 across the type area, 20)
 */
export function titleLines(text: string, capacity: number = TITLE_CAPACITY): string[] {
  const title = text.trim();
  if (textWidth(title) <= capacity) return [title];
  const ending = TITLE_ENDINGS.find((e) => title.endsWith(e) && title.length > e.length);
  const parts = ending ? [title.slice(0, title.length - ending.length), ending] : [title];
  return parts.flatMap((part) => {
    if (textWidth(part) <= capacity) return [part];
    return (
      bestSplit(part, breakPoints(part), capacity) ??
      bestSplit(part, anyPoints(part), capacity) ?? [part]
    );
  });
}
