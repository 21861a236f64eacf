import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreWorkbook, type PipelineOptions, type PipelineResult } from '@jixiao/pipeline';
import { cellAddress, type SheetGrids } from '@jixiao/workbook';
import { OfficePort } from '../../office/office-port.js';
import type { FakeExcelHost } from '../../office/fake/index.js';
import { IncrementalScorer } from '../incremental.js';
import { readRows } from '../read-rows.js';
import { exampleHost } from './example-host.js';

const OPTIONS: PipelineOptions = { locale: 'zh-CN', surface: 'excel', written: null };

/** A full read and run, as the pane does it: the grids, the result and a scorer from them. */
async function fullRun(host: FakeExcelHost, port: OfficePort) {
  const names = await port.sheetNames();
  const grids = await port.readSheets(names);
  const result = scoreWorkbook(grids, OPTIONS);
  await port.apply(result.plan, result.map);
  const scorer = IncrementalScorer.fromRun(grids, names, result, OPTIONS);
  scorer?.applied(result.plan);
  return { result, scorer };
}

/** What a full re-score of the workbook as it is now gives (read by a port of its own). */
async function reference(host: FakeExcelHost): Promise<PipelineResult> {
  const port = new OfficePort({ run: host.run, payloadLimitBytes: null });
  const grids: SheetGrids = await port.readSheets(await port.sheetNames());
  return scoreWorkbook(grids, OPTIONS);
}

function same(a: PipelineResult, b: PipelineResult): void {
  expect(a.evaluation).toEqual(b.evaluation);
  expect(a.issues).toEqual(b.issues);
  expect(a.plan).toEqual(b.plan);
  expect(a.summary).toEqual(b.summary);
  expect(a.report).toEqual(b.report);
  expect(a.input).toEqual(b.input);
}

const VALUES = [
  0,
  1,
  7,
  12.5,
  100,
  1234.56,
  -3,
  '95%',
  '≥90%',
  '≤5',
  '100%',
  '是',
  '否',
  '优',
  '定性',
  'abc',
  '10次',
  '',
  null,
  '合计',
];

const edit = fc.record({
  sheet: fc.constantFrom('预算执行', '绩效指标'),
  row: fc.nat(),
  col: fc.nat(),
  value: fc.constantFrom(...VALUES),
});

describe('IncrementalScorer', () => {
  it('gives what a full re-score gives, for random edit sequences (fast-check)', async () => {
    let incremental = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        const host = await exampleHost();
        const port = new OfficePort({ run: host.run, payloadLimitBytes: null });
        let { scorer, result } = await fullRun(host, port);
        for (const e of edits) {
          const m = e.sheet === '预算执行' ? result.map.budget! : result.map.indicators!;
          const header = host.valuesFromA1(m.sheet)[m.headerRow]!;
          const row = m.rows[e.row % m.rows.length]!;
          const col = e.col % header.length;
          const address = cellAddress(row, col);
          host.typeAsUser(`${m.sheet}!${address}`, e.value);
          await host.settled();
          const request = scorer?.request([{ sheet: m.sheet, address }]) ?? null;
          const next = request ? scorer!.update(await readRows(host.run, request)) : null;
          if (next === null) {
            ({ scorer, result } = await fullRun(host, port));
            continue;
          }
          incremental++;
          same(next, await reference(host));
          await port.apply(next.plan, next.map);
          result = next;
          if (port.lastSkipped.length > 0) scorer = null;
          else scorer!.applied(next.plan);
        }
        // what the incremental writes left in the workbook is what a full run finds: nothing to write
        const after = await reference(host);
        if (scorer) expect(after.plan.cells).toEqual([]);
      }),
      // a fixed seed: the same sequences each run, so the count of incremental edits below is fixed
      { numRuns: 60, seed: 20261202 },
    );
    expect(incremental).toBeGreaterThan(20);
    console.log(`incremental edits compared: ${String(incremental)}`);
  });

  it('re-reads one row for an input edit and falls back for structural edits', async () => {
    const host = await exampleHost();
    const port = new OfficePort({ run: host.run, payloadLimitBytes: null });
    const { scorer, result } = await fullRun(host, port);
    const m = result.map.budget!;
    // a header, a blank row below the table, 基本信息: full runs
    expect(scorer!.request([{ sheet: m.sheet, address: cellAddress(m.headerRow, 0) }])).toBeNull();
    const below = m.rows[m.rows.length - 1]! + 3;
    expect(scorer!.request([{ sheet: m.sheet, address: cellAddress(below, 0) }])).toBeNull();
    expect(scorer!.request([{ sheet: '基本信息', address: 'B2' }])).toBeNull();
    const row = m.rows[3]!;
    const request = scorer!.request([
      { sheet: m.sheet, address: cellAddress(row, m.columns.spent!) },
    ]);
    expect(request).toEqual([expect.objectContaining({ sheet: m.sheet, rows: [row] })]);
    // a renamed header is seen in the rows read: full run
    host.typeAsUser(`${m.sheet}!${cellAddress(m.headerRow, m.columns.spent!)}`, '支出');
    expect(scorer!.update(await readRows(host.run, request!))).toBeNull();
  });

  it('falls back when a sheet was added since the full run', async () => {
    const host = await exampleHost();
    const port = new OfficePort({ run: host.run, payloadLimitBytes: null });
    const { scorer, result } = await fullRun(host, port);
    const m = result.map.indicators!;
    const address = cellAddress(m.rows[0]!, m.columns.actual!);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.add('新表');
      await ctx.sync();
    });
    host.typeAsUser(`${m.sheet}!${address}`, 3);
    const request = scorer!.request([{ sheet: m.sheet, address }]);
    expect(scorer!.update(await readRows(host.run, request!))).toBeNull();
  });
});
