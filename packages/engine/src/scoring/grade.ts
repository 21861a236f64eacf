import { Decimal } from '../decimal/decimal.js';
import type { Grade } from '../types.js';

/** Lower bounds of 优/良/中 (half-open bands: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差). */
export interface GradeBands {
  excellent: Decimal;
  good: Decimal;
  pass: Decimal;
}

/** The national bands: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60. */
export const DEFAULT_GRADE_BANDS: GradeBands = { excellent: new Decimal(90), good: new Decimal(80), pass: new Decimal(60) };

/**
 * The grade of a total score on half-open bands. The engine passes the printed total (the sum of
 * the rounded indicator scores), so the grade always agrees with the printed score.
 */
export function gradeOf(score: Decimal, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (score.greaterThanOrEqualTo(bands.excellent)) return '优';
  if (score.greaterThanOrEqualTo(bands.good)) return '良';
  if (score.greaterThanOrEqualTo(bands.pass)) return '中';
  return '差';
}
