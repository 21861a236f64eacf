/** Every explanation code the engine can put in `IndicatorResult.explanation`. */
export const EXPLANATION_CODES = [
  'positive.met',
  'positive.partial',
  'equal.met',
  'equal.partial',
  'equal.zeroMet',
  'equal.zeroMissed',
  'threshold.met',
  'threshold.partial',
  'threshold.below',
  'inverse.met',
  'inverse.linear',
  'inverse.ratio',
  'inverse.double',
  'inverse.zeroMissed',
  'bands.band',
  'bands.none',
  'qualitative.met',
  'qualitative.manual',
  'yesNo.yes',
  'yesNo.no',
  'deduction',
  'checklist',
  'manual',
  'override',
  'unscored',
] as const;

/** An explanation code. */
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];
