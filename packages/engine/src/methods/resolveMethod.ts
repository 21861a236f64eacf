import type { ParsedTarget } from '../target/parseTarget.js';
import type { MethodName } from '../types.js';
import { problem, type Configured, type MethodDefaults } from './method.js';
import { isMethodName, METHOD_LIST, METHODS, type MethodConfig } from './table.js';

export type { MethodProblem } from './method.js';

export type ResolvedMethod = Configured<MethodConfig>;

/**
 * Resolves an indicator's 评分方法 and 评分参数 into a {@link MethodConfig} through the method's
 * module. With no method, the target decides (each module's `infers`): `≥`/`>` or a plain number →
 * 正向, `≤`/`<` → 反向, `=` → 等于, a qualitative band label → 定性, `是`/`否` → 是否.
 */
export function resolveMethod(
  method: string | null,
  target: ParsedTarget | null,
  params: string | null,
  defaults: MethodDefaults,
): ResolvedMethod {
  const name = method ?? inferMethod(target);
  if (name === null) return problem('method.missing', 'method', {});
  if (!isMethodName(name)) return problem('method.unknown', 'method', { value: name });
  // Resolving is pure; sheets repeat the same method and parameters, so results are memoised:
  // without 评分参数 (most rows) by name alone, with no key text built per row.
  if (params === null) {
    const byName = defaults.inverseVariant === 'ratio' ? BARE_RATIO : BARE_LINEAR;
    let bare = byName.get(name);
    if (bare === undefined) {
      bare = METHODS[name].configure(null, defaults);
      byName.set(name, bare);
    }
    return bare;
  }
  const key = `${name}\u0000${params ?? ''}\u0000${params === null ? 'n' : 'p'}\u0000${defaults.inverseVariant}`;
  let resolved = CACHE.get(key);
  if (resolved === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    resolved = METHODS[name].configure(params, defaults);
    CACHE.set(key, resolved);
  }
  return resolved;
}

const CACHE = new Map<string, ResolvedMethod>();
// at most one entry per method name each
const BARE_LINEAR = new Map<MethodName, ResolvedMethod>();
const BARE_RATIO = new Map<MethodName, ResolvedMethod>();
const CACHE_LIMIT = 512;

/** The method implied by a target written without one (`≥95%` → 正向). */
export function inferMethod(target: ParsedTarget | null): MethodName | null {
  if (target === null) return null;
  for (const m of METHOD_LIST) {
    if (m.infers?.(target) === true) return m.name;
  }
  return null;
}
