import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withParams } from './issue.js';

describe('withParams', () => {
  it('is the spread { ...params, ...more }: same fields, same order, later ones win', () => {
    const value = fc.oneof(fc.string({ maxLength: 4 }), fc.integer());
    const params = fc.dictionary(fc.constantFrom('w', 'a', 't', 'u', 's', 'value', 'path'), value);
    fc.assert(
      fc.property(params, params, (p, more) => {
        const got = withParams(p, more);
        const spread = { ...p, ...more };
        expect(got).toEqual(spread);
        expect(Object.keys(got)).toEqual(Object.keys(spread));
        // the inputs are left as they were
        expect(got).not.toBe(p);
      }),
    );
  });
});
