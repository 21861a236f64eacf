import { METHOD_LIST, type ExplanationCode } from './table.js';

/** Every explanation code the engine can put in `IndicatorResult.explanation`. */
export const EXPLANATION_CODES: readonly ExplanationCode[] = [
  ...METHOD_LIST.flatMap((m): readonly ExplanationCode[] => m.explanations),
  'override',
  'unscored',
];

export type { ExplanationCode } from './table.js';
