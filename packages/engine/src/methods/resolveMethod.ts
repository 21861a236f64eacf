import { Decimal } from '../decimal/decimal.js';
import type { IssueCode } from '../issues/codes.js';
import type { Params } from '../issues/issue.js';
import { parseTarget, type ParsedTarget } from '../target/parseTarget.js';
import type { MethodName } from '../types.js';
import { isMethodName, QUALITATIVE_BANDS } from './catalog.js';
import { parseBands } from './parseBands.js';
import type { MethodConfig } from './schema.js';

/** Why a method could not be resolved, and which input field is at fault. */
export interface MethodProblem {
  code: IssueCode;
  field: 'method' | 'params' | 'target';
  params: Params;
}

export type ResolvedMethod =
  { ok: true; config: MethodConfig } | { ok: false; problem: MethodProblem };

/**
 * Resolves an indicator's 评分方法 and 评分参数 into a {@link MethodConfig}. With no method, the
 * target decides: `≥`/`>` or a plain number → 正向, `≤`/`<` → 反向, `=` → 等于, a qualitative band
 * label → 定性, `是`/`否` → 是否.
 */
export function resolveMethod(
  method: string | null,
  target: ParsedTarget | null,
  params: string | null,
  defaults: { inverseVariant: 'linear' | 'ratio' },
): ResolvedMethod {
  const name = method ?? inferMethod(target);
  if (name === null) return problem('method.missing', 'method', {});
  if (!isMethodName(name)) return problem('method.unknown', 'method', { value: name });
  // Resolving is pure; sheets repeat the same method and parameters, so results are memoised.
  const key = `${name}\u0000${params ?? ''}\u0000${params === null ? 'n' : 'p'}\u0000${defaults.inverseVariant}`;
  let resolved = CACHE.get(key);
  if (resolved === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    resolved = configure(name, params, defaults);
    CACHE.set(key, resolved);
  }
  return resolved;
}

const CACHE = new Map<string, ResolvedMethod>();
const CACHE_LIMIT = 512;

function configure(
  name: MethodName,
  params: string | null,
  defaults: { inverseVariant: 'linear' | 'ratio' },
): ResolvedMethod {
  switch (name) {
    case '正向':
    case '等于':
    case '定性':
    case '是否':
    case '评价要点':
    case '人工':
      return { ok: true, config: { kind: name } };
    case '反向': {
      if (params === null)
        return { ok: true, config: { kind: '反向', variant: defaults.inverseVariant } };
      const p = params.replace(/\s|w|·|\*|×/g, '');
      if (/^(t\/a|ratio|比例)$/i.test(p))
        return { ok: true, config: { kind: '反向', variant: 'ratio' } };
      if (/^(1-\(a-t\)\/t|linear|线性)$/i.test(p))
        return { ok: true, config: { kind: '反向', variant: 'linear' } };
      return problem('params.invalid', 'params', { value: params, method: name });
    }
    case '门槛比例': {
      if (params === null) return { ok: true, config: { kind: '门槛比例', threshold: '0.6' } };
      const t = parseTarget(params);
      if (t?.kind !== 'number' || t.comparator !== null)
        return problem('params.invalid', 'params', { value: params, method: name });
      const v = new Decimal(t.value);
      if (v.lessThan(0) || v.greaterThanOrEqualTo(1))
        return problem('params.invalid', 'params', { value: params, method: name });
      return { ok: true, config: { kind: '门槛比例', threshold: v.toString() } };
    }
    case '分档': {
      if (params === null) return problem('params.missing', 'params', { method: name });
      const bands = parseBands(params);
      return bands === null
        ? problem('params.invalid', 'params', { value: params, method: name })
        : { ok: true, config: { kind: '分档', bands } };
    }
    case '扣分': {
      if (params === null) return problem('params.missing', 'params', { method: name });
      const k = parseTarget(
        /扣\s*([\d.]+)\s*分?\s*$/.exec(params)?.[1] ?? params.replace(/分$/, ''),
      );
      if (
        k?.kind !== 'number' ||
        k.comparator !== null ||
        k.percent ||
        !new Decimal(k.value).greaterThan(0)
      ) {
        return problem('params.invalid', 'params', { value: params, method: name });
      }
      return { ok: true, config: { kind: '扣分', perOccurrence: k.value } };
    }
  }
}

/** The method implied by a target written without one (`≥95%` → 正向). */
export function inferMethod(target: ParsedTarget | null): MethodName | null {
  if (target === null) return null;
  if (target.kind === 'label') {
    if (target.label === '是' || target.label === '否') return '是否';
    return QUALITATIVE_BANDS.some((b) => b.label === target.label) ? '定性' : null;
  }
  switch (target.comparator) {
    case null:
    case '≥':
    case '>':
      return '正向';
    case '≤':
    case '<':
      return '反向';
    case '=':
      return '等于';
  }
}

function problem(code: IssueCode, field: MethodProblem['field'], params: Params): ResolvedMethod {
  return { ok: false, problem: { code, field, params } };
}
