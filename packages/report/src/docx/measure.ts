/**
 * Text measures for laying out tables and titles before Word does: widths in ems of the font size.
 * CJK and full-width characters are one em (仿宋, 黑体, 小标宋 and their fallbacks alike); Latin
 * letters, digits and ASCII punctuation are counted at 0.6 em, a little more than 仿宋_GB2312's
 * half-width digits, so that a column sized from these measures holds its text in Noto CJK too.
 */

/** Width of a character in ems. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x2000) return 0.6;
  if (cp >= 0xff61 && cp <= 0xffdc) return 0.6; // half-width forms
  return 1;
}

/** Width of a one-line text in ems. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Width of the longest line of a text that may hold line breaks. */
export function widestLine(text: string): number {
  return Math.max(0, ...text.split(/\r?\n/).map(textWidth));
}
