import * as z from 'zod';
import { cmp, div, R0, ratio } from '../decimal/ratio.js';
import {
  DECIMAL_TEXT,
  fail,
  missingOrInvalid,
  numeric,
  problem,
  scored,
  text,
  type ScoringMethod,
} from './method.js';
import { parseBands } from './parseBands.js';

const CODES = ['bands.band', 'bands.none'] as const;

/** One band of 分档: an actual value at or above `min` earns `points`. */
export const bandSchema = z.object({
  min: z.string().regex(DECIMAL_TEXT),
  points: z.string().regex(DECIMAL_TEXT),
});

/** A 分档 band. */
export type Band = z.infer<typeof bandSchema>;

/** 分档: the band of the highest lower bound the actual value reaches. */
export const bands: ScoringMethod<'分档', { kind: '分档'; bands: Band[] }, (typeof CODES)[number]> =
  {
    name: '分档',
    rule: '按评分参数的下限分档取分，如 100%:10;80%:7;60%:5;0:0',
    completion: 'a/t（有目标值时）',
    target: 'optional',
    actual: 'number',
    params: 'required',
    schema: z.object({ kind: z.literal('分档'), bands: z.array(bandSchema).min(1) }),
    explanations: CODES,
    configure(params) {
      if (params === null) return problem('params.missing', 'params', { method: '分档' });
      const list = parseBands(params);
      return list === null
        ? problem('params.invalid', 'params', { value: params, method: '分档' })
        : { ok: true, config: { kind: '分档', bands: list } };
    },
    score(config, input) {
      const w = input.points;
      const wText = text(w);
      const a = numeric(input.actual);
      if (a === null) return missingOrInvalid(input.actual, 'actual', config.kind);
      const t = numeric(input.target);
      const completion = t !== null && cmp(t.value, R0) > 0 ? div(a.value, t.value) : null;
      const unit = t?.unit || a.unit;
      for (const band of config.bands) {
        const bandPoints = ratio(band.points);
        if (cmp(bandPoints, w) > 0)
          return fail('params.invalid', 'params', {
            value: band.points,
            method: config.kind,
            points: wText,
          });
        if (cmp(a.value, ratio(band.min)) >= 0) {
          return scored(bandPoints, completion, cmp(bandPoints, w) === 0, 'bands.band', {
            w: wText,
            a: a.text,
            min: band.min,
            u: unit,
          });
        }
      }
      return scored(R0, completion, false, 'bands.none', { w: wText, a: a.text, u: unit });
    },
    manualScore: 'override',
    checksOverAchievement: true,
  };
