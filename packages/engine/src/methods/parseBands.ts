import { Decimal } from '../decimal/decimal.js';
import { parseTarget } from '../target/parseTarget.js';
import type { Band } from './schema.js';

/**
 * Parses 分档 parameters — lower bounds and the points each earns — sorted from the highest bound:
 * `100%:10;80%:7;60%:5;0:0` → `[{min:'1',points:'10'}, {min:'0.8',points:'7'}, …]`.
 * Accepts `≥` before a bound, full-width `：；，`, and `,` or new lines between bands.
 * Returns null when the text is not a list of `bound:points`.
 */
export function parseBands(text: string): Band[] | null {
  const parts = text
    .split(/[;；,，\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const bands: Band[] = [];
  for (const part of parts) {
    const [bound, points, extra] = part.split(/[:：]/).map((s) => s.trim());
    if (bound === undefined || points === undefined || extra !== undefined) return null;
    const min = parseTarget(bound);
    const pts = parseTarget(points);
    if (min?.kind !== 'number' || (min.comparator !== null && min.comparator !== '≥')) return null;
    if (pts?.kind !== 'number' || pts.comparator !== null || pts.percent || pts.unit !== null)
      return null;
    if (new Decimal(pts.value).isNegative()) return null;
    bands.push({ min: min.value, points: pts.value });
  }
  return bands.sort((a, b) => new Decimal(b.min).comparedTo(new Decimal(a.min)));
}
