/**
 * docs/workbook-contract.md is tested against contract.ts: every sheet, 基本信息 item and column of
 * the contract is documented with its Chinese name, its English name (the first alias) and its kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_SHEETS,
  INFO_ITEMS,
  INFO_SHEET,
  MONTH_KEYS,
  TEMPLATE_SHEET,
} from '../contract.js';

const DOC = readFileSync(new URL('../../../../docs/workbook-contract.md', import.meta.url), 'utf8');

/** The text of the section `## Sheet <name> …` up to the next `## `. */
function section(name: string): string {
  const start = DOC.indexOf(`## Sheet ${name} `);
  if (start < 0) return '';
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end < 0 ? undefined : end);
}

/** The table rows of a section: first cell → second cell. */
function rows(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length >= 4 && cells[1] !== '' && !/^-+$/.test(cells[1]!))
      out.set(cells[1]!, cells[2]!);
  }
  return out;
}

describe('docs/workbook-contract.md against contract.ts', () => {
  it.each(CONTRACT_SHEETS.map((s) => [s.name, s.aliases[0]!]))(
    'documents the sheet %s (%s)',
    (name, alias) => {
      expect(DOC).toContain(`## Sheet ${name} (${alias})`);
    },
  );

  it('documents every 基本信息 item', () => {
    const documented = rows(section(INFO_SHEET.name));
    expect(INFO_ITEMS.map((i) => i.name).filter((n) => !documented.has(n))).toEqual([]);
  });

  const months = new Set<string>(MONTH_KEYS);
  it.each(
    CONTRACT_SHEETS.filter((s) => s !== INFO_SHEET && s.key !== 'template' && s.key !== 'report'),
  )('documents every column of $name with its English name and kind', (sheet) => {
    const documented = rows(section(sheet.name));
    const problems: string[] = [];
    for (const column of sheet.columns) {
      if (months.has(column.key)) continue;
      const head = `${column.name} (${column.aliases[0]})`;
      const kind = documented.get(head);
      if (kind === undefined) problems.push(`${head}: not documented`);
      else if (column.kind === 'output' ? !kind.includes('output') : !kind.includes('input'))
        problems.push(`${head}: documented as "${kind}", is ${column.kind}`);
      else if ((column.kind === 'required') !== kind.includes('required'))
        problems.push(`${head}: documented as "${kind}", is ${column.kind}`);
    }
    if (sheet.columns.some((c) => months.has(c.key)))
      expect([...documented.keys()].some((k) => k.startsWith('1月 … 12月'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('documents the template columns', () => {
    const [style, content] = TEMPLATE_SHEET.columns;
    expect(section(TEMPLATE_SHEET.name)).toContain(`${style!.name} | ${content!.name}`);
  });
});
