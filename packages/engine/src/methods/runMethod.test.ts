import { describe, expect, it } from 'vitest';
import { ratio } from '../decimal/ratio.js';
import { parseTarget } from '../target/parseTarget.js';
import { resolveMethod } from './resolveMethod.js';
import { runMethod, text, type MethodOutcome } from './runMethod.js';

/** Scores `method` with 评分参数 `params` for points w, target t and actual a; returns the raw score text or the problem code. */
function score(
  method: string,
  w: number,
  t: string | number | null,
  a: string | number | null,
  params: string | null = null,
  manual: number | null = null,
): string {
  const target = t === null ? null : parseTarget(t);
  const resolved = resolveMethod(method, target, params, { inverseVariant: 'linear' });
  if (!resolved.ok) return resolved.problem.code;
  const out: MethodOutcome = runMethod(resolved.config, {
    points: ratio(String(w)),
    target,
    actual: a === null ? null : parseTarget(a),
    manual: manual === null ? null : ratio(String(manual)),
    overrideReason: null,
  });
  return out.ok ? text(out.raw) : out.code;
}

describe('正向', () => {
  it('full points at or above target, w·a/t below, 0 at 0', () => {
    expect(score('正向', 8, 50, 50)).toBe('8');
    expect(score('正向', 8, 50, 60)).toBe('8');
    expect(score('正向', 8, 50, 45)).toBe('7.2');
    expect(score('正向', 8, 50, 0)).toBe('0');
    // 10 × 0.949/0.95 = 9.98947368421052631…, shown truncated to 15 decimals.
    expect(score('正向', 10, '≥95%', '94.9%')).toBe('9.989473684210526');
  });
  it('a zero target is a problem', () => {
    expect(score('正向', 8, 0, 5)).toBe('target.zero');
    expect(score('正向', 8, null, 5)).toBe('target.missing');
    expect(score('正向', 8, 50, null)).toBe('actual.missing');
    expect(score('正向', 8, 50, '很多')).toBe('actual.invalid');
  });
});

describe('反向', () => {
  it('linear (default): full at t, 1−(a−t)/t between, 0 at 2t', () => {
    expect(score('反向', 10, '≤30万元', 30)).toBe('10');
    expect(score('反向', 10, '≤30万元', 0)).toBe('10');
    expect(score('反向', 10, '≤30万元', 45)).toBe('5');
    expect(score('反向', 10, '≤30万元', 60)).toBe('0');
    expect(score('反向', 10, '≤30万元', 90)).toBe('0');
    expect(score('反向', 10, '≤30', '30.3')).toBe('9.9');
  });
  it('ratio variant w·t/a through 评分参数', () => {
    expect(score('反向', 10, 30, 60, 't/a')).toBe('5');
    expect(score('反向', 10, 30, 30, 't/a')).toBe('10');
    expect(score('反向', 10, 30, 120, 'ratio')).toBe('2.5');
    expect(score('反向', 10, 30, 60, '1-(a-t)/t')).toBe('0');
    expect(score('反向', 10, 30, 60, '随便')).toBe('params.invalid');
  });
  it('zero target: a ≤ 0 full, else 0', () => {
    expect(score('反向', 4, 0, 0)).toBe('4');
    expect(score('反向', 4, 0, 1)).toBe('0');
  });
});

describe('等于', () => {
  it('t = 0: a ≤ 0 → w, else 0; t > 0 as 正向', () => {
    expect(score('等于', 4, '=0', 0)).toBe('4');
    expect(score('等于', 4, '=0', 1)).toBe('0');
    expect(score('等于', 4, '=100%', '100%')).toBe('4');
    expect(score('等于', 4, '=100%', '90%')).toBe('3.6');
  });
});

describe('门槛比例', () => {
  it('0 below 60%, linear from 60% to 100%, capped at w', () => {
    expect(score('门槛比例', 10, 100, 59)).toBe('0');
    expect(score('门槛比例', 10, 100, 60)).toBe('0');
    expect(score('门槛比例', 10, 100, 80)).toBe('5');
    expect(score('门槛比例', 10, 100, 100)).toBe('10');
    expect(score('门槛比例', 10, 100, 150)).toBe('10');
    expect(score('门槛比例', 10, 100, 90, '50%')).toBe('8');
  });
});

describe('分档', () => {
  const bands = '100%:10;80%:7;60%:5;0:0';
  it('takes the band of the highest lower bound reached, edges inclusive', () => {
    expect(score('分档', 10, null, '100%', bands)).toBe('10');
    expect(score('分档', 10, null, '99.99%', bands)).toBe('7');
    expect(score('分档', 10, null, '80%', bands)).toBe('7');
    expect(score('分档', 10, null, '79.99%', bands)).toBe('5');
    expect(score('分档', 10, null, '60%', bands)).toBe('5');
    expect(score('分档', 10, null, '0%', bands)).toBe('0');
  });
  it('is exact at the float trap 0.8 (0.1 × 8 = 0.7999999999999999 in floats)', () => {
    expect(score('分档', 10, null, '0.8', '0.8:7;0:0')).toBe('7');
  });
  it('needs valid bands no higher than the points', () => {
    expect(score('分档', 10, null, '90%', null)).toBe('params.missing');
    expect(score('分档', 10, null, '90%', '很好')).toBe('params.invalid');
    expect(score('分档', 5, null, '90%', '90%:10;0:0')).toBe('params.invalid');
    expect(score('分档', 10, null, '96%', '≥90%：10；80%：8')).toBe('10');
  });
});

describe('定性', () => {
  it('达成年度指标 without a score gets full points', () => {
    expect(score('定性', 10, '达成年度指标', '达成年度指标')).toBe('10');
  });
  it('the other bands need a score inside the band', () => {
    expect(score('定性', 10, null, '部分达成年度指标并具有一定效果')).toBe(
      'qualitative.scoreRequired',
    );
    expect(score('定性', 10, null, '部分达成年度指标并具有一定效果', null, 7)).toBe('7');
    expect(score('定性', 10, null, '尚可吧')).toBe('qualitative.labelInvalid');
  });
  it('flags a score outside its band (edges: 80% belongs to 达成, 60% to 部分达成)', () => {
    const warn = (label: string, manual: number): string[] => {
      const out = runMethod(
        { kind: '定性' },
        {
          points: ratio('10'),
          target: null,
          actual: parseTarget(label),
          manual: ratio(String(manual)),
          overrideReason: null,
        },
      );
      return out.ok ? out.warnings.map((w) => w.code) : [out.code];
    };
    expect(warn('达成年度指标', 8)).toEqual([]);
    expect(warn('达成年度指标', 7.99)).toEqual(['qualitative.outOfBand']);
    expect(warn('部分达成年度指标并具有一定效果', 8)).toEqual(['qualitative.outOfBand']);
    expect(warn('部分达成年度指标并具有一定效果', 6)).toEqual([]);
    expect(warn('未达成年度指标且效果较差', 6)).toEqual(['qualitative.outOfBand']);
    expect(warn('未达成年度指标且效果较差', 5.99)).toEqual([]);
  });
});

describe('是否, 扣分, 评价要点, 人工', () => {
  it('是否', () => {
    expect(score('是否', 3, null, '是')).toBe('3');
    expect(score('是否', 3, null, '否')).toBe('0');
    expect(score('是否', 3, null, '也许')).toBe('actual.invalid');
  });
  it('扣分: w − k·n, floor 0', () => {
    expect(score('扣分', 4, null, 0, '0.5')).toBe('4');
    expect(score('扣分', 4, null, 5, '0.5')).toBe('1.5');
    expect(score('扣分', 4, null, 8, '0.5')).toBe('0');
    expect(score('扣分', 4, null, 20, '0.5')).toBe('0');
    expect(score('扣分', 4, null, 1, '每超期1份合同扣0.5分')).toBe('3.5');
    expect(score('扣分', 4, null, 1, null)).toBe('params.missing');
    expect(score('扣分', 4, null, -1, '0.5')).toBe('actual.invalid');
  });
  it('评价要点: w · met/listed', () => {
    expect(score('评价要点', 6, 4, 3)).toBe('4.5');
    expect(score('评价要点', 6, 4, 4)).toBe('6');
    expect(score('评价要点', 6, 4, 0)).toBe('0');
    expect(score('评价要点', 6, 0, 0)).toBe('target.zero');
  });
  it('人工 needs a score and a reason', () => {
    expect(score('人工', 5, null, null)).toBe('override.scoreMissing');
    expect(score('人工', 5, null, null, null, 4)).toBe('override.reasonMissing');
    const out = runMethod(
      { kind: '人工' },
      {
        points: ratio('5'),
        target: null,
        actual: null,
        manual: ratio('4'),
        overrideReason: '专家评议',
      },
    );
    expect(out.ok && text(out.raw)).toBe('4');
  });
});

describe('method resolution', () => {
  it('infers the method from the comparator', () => {
    const infer = (t: string): string => {
      const r = resolveMethod(null, parseTarget(t), null, { inverseVariant: 'linear' });
      return r.ok ? r.config.kind : r.problem.code;
    };
    expect(infer('≥95%')).toBe('正向');
    expect(infer('>=95%')).toBe('正向');
    expect(infer('≤30万元')).toBe('反向');
    expect(infer('=100%')).toBe('等于');
    expect(infer('50')).toBe('正向');
    expect(infer('达成年度指标')).toBe('定性');
    expect(infer('是')).toBe('是否');
    expect(infer('尚可吧')).toBe('method.missing');
  });
  it('rejects unknown methods', () => {
    const r = resolveMethod('加权', null, null, { inverseVariant: 'linear' });
    expect(r.ok ? r.config.kind : r.problem.code).toBe('method.unknown');
  });
});

describe('method table', () => {
  it('every module resolves to a configuration its own schema accepts, and emits only its codes', async () => {
    const { METHOD_LIST } = await import('./table.js');
    const { methodConfigSchema } = await import('./schema.js');
    const params: Record<string, string | null> = { 分档: '100%:10;0:0', 扣分: '0.5' };
    for (const m of METHOD_LIST) {
      const resolved = m.configure(params[m.name] ?? null, { inverseVariant: 'linear' });
      expect(resolved.ok, m.name).toBe(true);
      if (!resolved.ok) continue;
      expect(m.schema.safeParse(resolved.config).success, m.name).toBe(true);
      expect(methodConfigSchema.safeParse(resolved.config).success, m.name).toBe(true);
      const out = runMethod(resolved.config, {
        points: ratio('10'),
        target: parseTarget(
          m.actual === 'label' ? '达成年度指标' : m.actual === 'yesno' ? '是' : '10',
        ),
        actual: parseTarget(
          m.actual === 'label' ? '达成年度指标' : m.actual === 'yesno' ? '是' : '8',
        ),
        manual: ratio('9'),
        overrideReason: '专家评议',
      });
      expect(out.ok, m.name).toBe(true);
      if (out.ok) expect(m.explanations as readonly string[], m.name).toContain(out.code);
    }
  });
});
