import type { MethodInput, MethodOutcome, ScoringMethod } from './method.js';
import { METHODS, type ExplanationCode, type MethodConfig } from './table.js';

export type { MethodInput, MethodScore, ScoringProblem } from './method.js';
export { text } from './method.js';

/** The outcome of any method: a score with an {@link ExplanationCode}, or a scoring problem. */
export type { MethodOutcome } from './method.js';

/**
 * Runs any scoring method through its module in the method table.
 * Never throws on data: a missing or unusable value comes back as a scoring problem.
 */
export function runMethod(
  config: MethodConfig,
  input: MethodInput,
): MethodOutcome<ExplanationCode> {
  const method = METHODS[config.kind] as unknown as ScoringMethod<
    string,
    MethodConfig,
    ExplanationCode
  >;
  return method.score(config, input);
}
