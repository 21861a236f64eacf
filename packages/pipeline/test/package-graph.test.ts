/**
 * The package graph is honest: a pure entry cannot reach a file format, a UI, Office or Node — not
 * directly and not through another package's entry. Bundlers then need no workaround to keep docx
 * out of the pipeline or the pane's first load.
 */
import { describe, expect, it } from 'vitest';
import { entryFile, reach } from './package-graph.js';

/** What a pure entry may reach from outside the repo. */
const ALLOWED = new Set(['zod', 'decimal.js']);

const PURE_ENTRIES = [
  '@jixiao/engine',
  '@jixiao/engine/format',
  '@jixiao/engine/messages',
  '@jixiao/workbook',
  '@jixiao/pipeline',
  '@jixiao/example',
  '@jixiao/report',
];

describe('the package graph', () => {
  it.each(PURE_ENTRIES)('%s reaches nothing but zod and decimal.js', (entry) => {
    const { external } = reach(entryFile(entry)!);
    const forbidden = [...external].filter(([name]) => !ALLOWED.has(name));
    expect(forbidden.map(([name, chain]) => `${name} via ${chain.join(' → ')}`)).toEqual([]);
  });

  it('follows imports through other packages', () => {
    const pipeline = reach(entryFile('@jixiao/pipeline')!).files;
    for (const pkg of ['engine', 'workbook', 'report']) {
      expect([...pipeline].some((f) => f.includes(`packages/${pkg}/src/`))).toBe(true);
    }
    const { external } = reach(entryFile('@jixiao/report/docx')!);
    expect(external.has('docx') && external.has('fflate')).toBe(true);
  });

  it('@jixiao/pipeline/xlsx (the forms as .xlsx) reaches fflate but not docx, React or Office', () => {
    const { external } = reach(entryFile('@jixiao/pipeline/xlsx')!);
    expect(external.has('fflate')).toBe(true);
    for (const name of ['docx', 'react', '@microsoft/office-js']) {
      expect(external.has(name)).toBe(false);
    }
  });

  it('the .xlsx adapter reaches fflate but not docx, React or Office', () => {
    const { external } = reach(entryFile('@jixiao/xlsx')!);
    expect(external.has('fflate')).toBe(true);
    for (const name of ['docx', 'react', 'exceljs', '@microsoft/office-js']) {
      expect(external.has(name)).toBe(false);
    }
  });
});
