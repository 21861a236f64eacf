const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1–99 (1 → 一, 10 → 十, 12 → 十二, 35 → 三十五); Arabic digits from 100 on. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`chineseNumeral: ${n} is not a positive integer`);
  if (n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** Joins names with the Chinese enumeration comma: `采购合同签订时效性、合同备案时效性`. */
export function joinList(items: readonly string[]): string {
  return items.join('、');
}

/** Removes trailing sentence punctuation so an item can be followed by `；` or `。`. */
export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[。；;，,.、\s]+$/u, '');
}

/**
 * Enumerates clauses the way Chinese reports do: `一是…；二是…；三是…` (no final 。, the template
 * supplies it). A single item is not numbered.
 */
export function enumerate(items: readonly string[]): string {
  const clauses = items.map(stripEndPunctuation);
  if (clauses.length === 1) return clauses[0]!;
  return clauses.map((c, i) => `${chineseNumeral(i + 1)}是${c}`).join('；');
}
