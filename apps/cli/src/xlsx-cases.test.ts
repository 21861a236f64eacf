/**
 * The workbooks of issue 10 (test/cases/xlsx/, copied from the shared cases): the example
 * department's data in layouts real forms use, each read through the real path (the .xlsx adapter,
 * the pipeline, the plan applied inside the package). Each scores as the example (96.99 优,
 * 共支出 32,601.53万元) unless its kind asks for a message, and nothing is written into a totals,
 * signature or other non-line row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XlsxWorkbook } from '@jixiao/xlsx';
import { nodeCodec } from '@jixiao/xlsx/node';
import { describe, expect, it } from 'vitest';
import { scoredPath, visibleText } from './io.js';
import { scoreBytes, type ScoredBytes } from './score-bytes.js';
import { renderIssue } from '@jixiao/workbook';

const CASES = fileURLToPath(new URL('../test/cases/xlsx/', import.meta.url));
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(CASES, name)));

const cache = new Map<string, Promise<ScoredBytes>>();
function scored(name: string): Promise<ScoredBytes> {
  let hit = cache.get(name);
  if (hit === undefined) cache.set(name, (hit = scoreBytes(bytesOf(name), 'zh-CN')));
  return hit;
}

/** Every written cell lies on a row the reader took as a line (or a totals row's 支付率). */
function expectWritesOnLinesOnly(s: ScoredBytes): void {
  const { map, plan } = s.result;
  const budgetRows = new Set(map.budget?.rows ?? []);
  const readOnly = new Set(map.budget?.readOnlyRows ?? []);
  const indicatorRows = new Set(map.indicators?.rows ?? []);
  for (const cell of plan.cells) {
    if (cell.sheet === map.budget?.sheet) {
      expect(budgetRows.has(cell.row) && !readOnly.has(cell.row), cell.address).toBe(true);
      expect(cell.col).toBe(map.budget.columns.rate);
    } else {
      expect(cell.sheet).toBe(map.indicators?.sheet);
      expect(indicatorRows.has(cell.row), cell.address).toBe(true);
    }
  }
}

function expectExample(s: ScoredBytes): void {
  const { summary } = s.result;
  expect(summary.score).toBe(96.99);
  expect(summary.grade).toBe('优');
  expect(summary.totals).toEqual({ budget: 32603.51, spent: 32601.53, unit: '万元' });
  expect(summary.counts.errors).toBe(0);
  expectWritesOnLinesOnly(s);
}

const EXAMPLE_LIKE = [
  'column_styles.xlsx',
  'h_far_cell.xlsx',
  'h_redos_attrs.xlsx',
  'h_xml_comments_cdata.xlsx',
  'strict_no_report.xlsx',
  'table_totals_excel.xlsx',
  'table_totals_odd_label.xlsx',
  'table_totals_unlabeled.xlsx',
  'template_prefilled_500.xlsx',
  'total_row_plain.xlsx',
  'two_row_header_only.xlsx',
  'xlsm_vba.xlsm',
  'year_as_date.xlsx',
];

describe('issue 10 workbooks score as the example', () => {
  it.each(EXAMPLE_LIKE)(
    '%s: 96.99 优, 共支出 32,601.53万元, writes only on lines',
    async (name) => {
      expectExample(await scored(name));
    },
  );

  it('two-row header: 预算执行 is read under the band (月度支付 over 1月…12月)', async () => {
    const { map, input } = (await scored('two_row_header_only.xlsx')).result;
    expect(map.budget?.headerRow).toBe(1);
    expect(map.budget?.rows[0]).toBe(2);
    expect(input?.budgetLines).toHaveLength(14);
    expect(input?.budgetLines[0]?.monthly?.[11]).toBe(1741.41);
  });

  it.each([
    'table_totals_excel.xlsx',
    // the table part says row 16 is its totals row: the label (以上各项, or none) does not matter
    'table_totals_odd_label.xlsx',
    'table_totals_unlabeled.xlsx',
    'total_row_plain.xlsx',
  ])('%s: the totals row is a checked total, not a line, and needs no 支出类型', async (name) => {
    const { input, map, issues } = (await scored(name)).result;
    const lines = input?.budgetLines ?? [];
    expect(lines).toHaveLength(15);
    expect(lines[14]?.role).toBe('total');
    expect(map.budget?.rows[14]).toBe(15);
    expect(issues.filter((i) => i.cell === '预算执行!B16')).toEqual([]);
    // the totals row gets the total's rate and nothing else
    const writes = (await scored(name)).result.plan.cells.filter(
      (c) => c.sheet === '预算执行' && c.row === 15,
    );
    expect(writes.map((c) => c.address)).toEqual(['S16']);
  });

  it('template filled down to row 500: the empty formula rows are not lines', async () => {
    const s = await scored('template_prefilled_500.xlsx');
    expect(s.result.input?.budgetLines).toHaveLength(14);
    expect(s.result.plan.cells.every((c) => c.row < 30)).toBe(true);
  });

  it('one stray value at XFD1048576: read sparsely, the table is unaffected', () => {
    const grids = new XlsxWorkbook(bytesOf('h_far_cell.xlsx'), { codec: nodeCodec }).read([
      '预算执行',
    ]);
    const grid = grids['预算执行']!;
    expect(grid.values.length).toBe(1_048_576);
    expect(Object.keys(grid.values).length).toBeLessThan(20);
    expect(grid.values[1_048_575]?.[16_383]).toBe('end');
  });

  it('rows inside an XML comment are neither read nor written; CDATA text is read', async () => {
    const s = await scored('h_xml_comments_cdata.xlsx');
    const names = s.result.input?.budgetLines.map((l) => l.name) ?? [];
    expect(names).not.toContain('旧项目');
    expect(names).toContain('市民热线及政府网站运维经费');
    const sheet = new TextDecoder().decode(
      new XlsxWorkbook(s.output, { codec: nodeCodec }).readPart('xl/worksheets/sheet2.xml'),
    );
    expect(sheet).toContain(
      '<!-- old line, deleted: <row r="15"><c r="A15" t="inlineStr"><is><t>旧项目</t></is></c>',
    );
    expect(sheet).toContain('<c r="S15"><v>0</v></c></row> -->');
  });

  it('a Strict package gets its 报告 sheet in Strict namespaces', async () => {
    const out = new XlsxWorkbook((await scored('strict_no_report.xlsx')).output, {
      codec: nodeCodec,
    });
    expect(out.names()).toContain('报告');
    const rels = new TextDecoder().decode(out.readPart('xl/_rels/workbook.xml.rels'));
    expect(rels).toContain('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet');
    expect(rels).not.toContain(
      'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
    );
    expect(out.read(['报告'])['报告']?.values[0]).toEqual(['样式', '内容']);
  });

  it('.xlsm: the output keeps the macro project byte for byte and the .xlsm name', async () => {
    const s = await scored('xlsm_vba.xlsm');
    const before = new XlsxWorkbook(bytesOf('xlsm_vba.xlsm'), { codec: nodeCodec });
    const after = new XlsxWorkbook(s.output, { codec: nodeCodec });
    expect(after.readPart('xl/vbaProject.bin')).toEqual(before.readPart('xl/vbaProject.bin'));
    expect(scoredPath('/d/部门.xlsm')).toBe('/d/部门.scored.xlsm');
    expect(scoredPath('/d/部门.XLSX')).toBe('/d/部门.scored.xlsx');
  });

  it('评价年度 typed as a date (shown 2022年) reads 2022', async () => {
    expect((await scored('year_as_date.xlsx')).result.summary.year).toBe(2022);
  });

  it('new output cells take the column look (fill, border, font) with the number format', async () => {
    const s = await scored('column_styles.xlsx');
    const sheet = new TextDecoder().decode(
      new XlsxWorkbook(s.output, { codec: nodeCodec }).readPart('xl/worksheets/sheet3.xml'),
    );
    // N = 完成率 (col style 6: 0.00%, font 2, fill 3, border 1), O/P = 得分/扣分 (style 7: 0.00)
    expect(sheet).toMatch(/<c r="N2" s="6">/);
    expect(sheet).toMatch(/<c r="O2" s="7">/);
    expect(sheet).toMatch(/<c r="P2" s="7">/);
  });
});

describe('issue 10 workbooks that must give a message', () => {
  it('merged 支出类型 gives the control workbook’s rates (基本支出 96.94%, 整体 98.21%)', async () => {
    const impact = (await scored('merged_types_impact.xlsx')).result.summary;
    const control = (await scored('merged_types_control.xlsx')).result.summary;
    expect(control.rates).toEqual({ overall: 98.21, basic: 96.94, project: 100 });
    expect(impact.rates).toEqual(control.rates);
    expect(impact.score).toBe(control.score);
    expect(impact.counts.errors).toBe(0);
    expectWritesOnLinesOnly(await scored('merged_types_impact.xlsx'));
  });

  it('formulas saved without values: an error on each cell, saying how to fix it', async () => {
    const { issues, summary } = (await scored('formulas_nocache.xlsx')).result;
    const missing = issues.filter((i) => i.code === 'cell.formulaNoValue');
    expect(missing.map((i) => i.cell)).toEqual(
      Array.from({ length: 14 }, (_, k) => `预算执行!F${String(k + 2)}`),
    );
    expect(renderIssue(missing[0]!)).toContain('没有保存计算结果');
    expect(renderIssue(missing[0]!)).toContain('Excel 或 WPS 打开并保存');
    expect(summary.counts.errors).toBeGreaterThanOrEqual(14);
  });

  it('control characters from _x001B_ escapes never reach the terminal raw', async () => {
    const { issues, summary } = (await scored('h_ansi_escape.xlsx')).result;
    const text = [
      ...issues.map((i) => renderIssue(i)),
      ...summary.deductions.map((d) => d.reason ?? ''),
    ].join('\n');
    expect(text).toContain('\u001b');
    // eslint-disable-next-line no-control-regex
    expect(visibleText(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(visibleText(text)).toContain('\\x1B[31m');
  });
});

describe('whose cell is it: the record of the cells the tool wrote', () => {
  it('is stored in a custom XML part; re-scoring changes nothing; a typed value is kept and reported', async () => {
    const first = await scored('total_row_plain.xlsx');
    const book = new XlsxWorkbook(first.output, { codec: nodeCodec });
    const record = book.written();
    expect(record?.length).toBe(first.result.plan.written?.length);
    expect(record).toContainEqual({ sheet: '绩效指标', address: 'O2', value: '10' });
    const before = new XlsxWorkbook(bytesOf('total_row_plain.xlsx'), { codec: nodeCodec });
    // every part of the input is still there, byte for byte, except the bookkeeping ones
    for (const name of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet4.xml',
      'xl/sharedStrings.xml',
      'docProps/custom.xml',
      'xl/workbook.xml',
    ]) {
      expect(before.readPart(name)).toBeDefined();
      expect(book.readPart(name)).toEqual(before.readPart(name));
    }

    const again = await scoreBytes(first.output, 'zh-CN');
    expect(again.result.plan).toEqual({ cells: [], replaceSheets: [] });
    expect(again.output).toEqual(first.output);

    // a person types 9 over the tool's 10 in 得分 (O2): kept, reported, dropped from the record
    const typed = book.applySync({
      cells: [{ sheet: '绩效指标', row: 1, col: 14, address: 'O2', value: 9 }],
      replaceSheets: [],
    });
    const third = await scoreBytes(typed, 'zh-CN');
    expect(third.result.plan.cells).toEqual([]);
    const issue = third.result.issues.find((i) => i.cell === '绩效指标!O2');
    expect(issue?.code).toBe('output.changed');
    const kept = new XlsxWorkbook(third.output, { codec: nodeCodec });
    expect(kept.read(['绩效指标'])['绩效指标']?.values[1]?.[14]).toBe(9);
    expect(kept.written()?.some((c) => c.sheet === '绩效指标' && c.address === 'O2')).toBe(false);
  });
});
