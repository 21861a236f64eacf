import { Decimal } from '../decimal/decimal.js';
import type { Grade } from '../types.js';

/** Lower bounds of 优/良/中 (half-open bands: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差). */
export interface GradeBands {
  excellent: Decimal;
  good: Decimal;
  pass: Decimal;
}

/** The national bands: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60. */
export const DEFAULT_GRADE_BANDS: GradeBands = {
  excellent: new Decimal(90),
  good: new Decimal(80),
  pass: new Decimal(60),
};

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

/** {@link GradeBands} in micro-units, for comparing exact integer totals. */
export interface GradeBandUnits {
  excellent: number;
  good: number;
  pass: number;
}

/** The grade of a total given in micro-units (the engine's exact form of the printed total). */
export function gradeOfUnits(score: number, bands: GradeBandUnits): Grade {
  if (score >= bands.excellent) return '优';
  if (score >= bands.good) return '良';
  if (score >= bands.pass) return '中';
  return '差';
}

/**
 * The grade of 得分率 = score ÷ 总分值 × 100 on the bands (given in points of a 100-point table),
 * exactly: score·100 ≥ band·总分值, all in micro-units. With 总分值 100 it is the grade of the score.
 */
export function gradeOfShare(scoreUnits: number, totalUnits: number, bands: GradeBandUnits): Grade {
  const share = BigInt(scoreUnits) * 100_000_000n;
  const total = BigInt(totalUnits);
  if (share >= BigInt(bands.excellent) * total) return '优';
  if (share >= BigInt(bands.good) * total) return '良';
  if (share >= BigInt(bands.pass) * total) return '中';
  return '差';
}
