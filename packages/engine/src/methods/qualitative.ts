import * as z from 'zod';
import { clamp, cmp, mul, R0, ratio } from '../decimal/ratio.js';
import type { QualitativeBand } from '../types.js';
import { acceptedLabels, bandOf } from './labels.js';
import { fail, scored, text, type ScoringMethod, type ScoringProblem } from './method.js';

/** The three qualitative bands with their share of the points: [low, high], low inclusive. */
export const QUALITATIVE_BANDS: ReadonlyArray<{
  label: QualitativeBand;
  low: string;
  high: string;
  highInclusive: boolean;
}> = [
  { label: '达成年度指标', low: '0.8', high: '1', highInclusive: true },
  { label: '部分达成年度指标并具有一定效果', low: '0.6', high: '0.8', highInclusive: false },
  { label: '未达成年度指标且效果较差', low: '0', high: '0.6', highInclusive: false },
];

const CODES = ['qualitative.met', 'qualitative.manual'] as const;

/** 定性: one of the three bands; 达成年度指标 without a score earns w, the others need a score. */
export const qualitative: ScoringMethod<'定性', { kind: '定性' }, (typeof CODES)[number]> = {
  name: '定性',
  rule: '达成年度指标 80%–100%（未填人工得分 → w）；部分达成 60%–80%；未达成 <60%',
  completion: '无',
  target: 'optional',
  actual: 'label',
  params: 'none',
  schema: z.object({ kind: z.literal('定性') }),
  explanations: CODES,
  configure: () => ({ ok: true, config: { kind: '定性' } }),
  infers: (t) => t.kind === 'label' && bandOf(t.label) !== null,
  score(config, input) {
    const w = input.points;
    const wText = text(w);
    if (input.actual === null) return fail('actual.missing', 'actual', { method: config.kind });
    const label = input.actual.kind === 'label' ? input.actual.label : input.actual.value;
    // 达成预期指标, 好, 高 … name a band: the synonym table (labels.ts) says which
    const official = bandOf(label);
    const band = QUALITATIVE_BANDS.find((b) => b.label === official);
    if (band === undefined)
      return fail('qualitative.labelInvalid', 'actual', {
        value: label,
        accepted: acceptedLabels('qualitative'),
      });
    const notes: ScoringProblem[] =
      label === band.label
        ? []
        : [
            {
              code: 'actual.labelRead',
              field: 'actual',
              params: { value: label, read: band.label },
            },
          ];
    const low = mul(w, ratio(band.low));
    const high = mul(w, ratio(band.high));
    const range = { band: band.label, low: text(low), high: text(high) };
    if (input.manual === null) {
      if (band.label !== '达成年度指标')
        return fail('qualitative.scoreRequired', 'manualScore', range);
      return {
        ...scored(w, null, true, 'qualitative.met', { w: wText, band: band.label }),
        warnings: notes,
      };
    }
    const m = input.manual;
    const inside = cmp(m, low) >= 0 && (band.highInclusive ? cmp(m, high) <= 0 : cmp(m, high) < 0);
    const warnings: ScoringProblem[] = inside
      ? notes
      : [
          ...notes,
          {
            code: 'qualitative.outOfBand',
            field: 'manualScore',
            params: { score: text(m), ...range },
          },
        ];
    const raw = clamp(m, R0, w);
    return {
      ...scored(
        raw,
        null,
        band.label === '达成年度指标' && cmp(raw, w) === 0,
        'qualitative.manual',
        {
          w: wText,
          band: band.label,
        },
      ),
      warnings,
    };
  },
  manualScore: 'input',
  checksOverAchievement: false,
};
