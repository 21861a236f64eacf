import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('@jixiao/xlsx runs in browsers', () => {
  it('no module of the main entry imports node built-ins (only the ./node and ./testing subpaths do)', () => {
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'node.ts' && f !== 'testing.ts',
    );
    expect(sources.length).toBeGreaterThan(8);
    for (const f of sources) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|os|zlib|buffer)['"/]/);
      expect(text, f).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});
