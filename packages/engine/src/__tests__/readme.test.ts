import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methods } from '../index.js';

describe('engine README', () => {
  it("method table says what each method module does (rule and 完成率), in the table's order", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = readme
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| 方法') && !l.startsWith('| ---'))
      .map((l) =>
        l
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\\|/g, '|')),
      );
    expect(rows).toEqual(Object.values(methods).map((m) => [m.name, m.rule, m.completion]));
  });
});
