/**
 * The record of the cells the tool wrote, in Excel: the custom XML part the .xlsx port keeps
 * (`urn:jixiao:written:1`, @jixiao/workbook `written.ts`), read and written by {@link OfficePort}
 * through `workbook.customXmlParts` (ExcelApi 1.5) on the fake host.
 */
import { describe, expect, it } from 'vitest';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { run, scoreWorkbook } from '@jixiao/pipeline';
import {
  cellAddress,
  newWorkbookSheets,
  parseWrittenRecord,
  WRITTEN_NAMESPACE,
  writtenRecordXml,
  type WrittenCell,
} from '@jixiao/workbook';
import type { XlRequestContext, XlRun } from '../excel-api.js';
import { FakeExcelHost } from '../fake/index.js';
import { OfficePort } from '../office-port.js';
import { insertTemplateSheets } from '../../pane/insert-template.js';

async function exampleHost(): Promise<FakeExcelHost> {
  const host = new FakeExcelHost();
  await insertTemplateSheets(
    host.run,
    newWorkbookSheets({ example: guangzhou2022, template: guangzhou2022Template }),
  );
  return host;
}

/** `预算执行!X2`: the first line's 全年执行数 (an input every rate depends on). */
function spentCell(host: FakeExcelHost): string {
  const col = host.valuesFromA1('预算执行')[0]!.indexOf('全年执行数');
  return `预算执行!${cellAddress(1, col)}`;
}

const ours = (host: FakeExcelHost) =>
  host.xmlParts.parts.filter((p) => p.namespaceUri === WRITTEN_NAMESPACE);

describe('the written-cell record in Excel (custom XML part)', () => {
  it('reads the part as the .xlsx port (the command line) stores it, declaration and all', async () => {
    const host = await exampleHost();
    const cells: WrittenCell[] = [
      { sheet: '绩效指标', address: 'O2', value: '4' },
      { sheet: '预算执行', address: 'S2', value: '0.9999' },
    ];
    host.xmlParts.parts.push(
      { id: '{other}', namespaceUri: 'urn:someone-else', xml: '<x xmlns="urn:someone-else"/>' },
      { id: '{ours}', namespaceUri: WRITTEN_NAMESPACE, xml: writtenRecordXml(cells) },
    );
    const port = new OfficePort({ run: host.run });
    expect(await port.readWritten()).toEqual(cells);
  });

  it('a workbook without the part has no record (null), and a run stores one the .xlsx reader reads', async () => {
    const host = await exampleHost();
    const port = new OfficePort({ run: host.run });
    expect(await port.readWritten()).toBeNull();
    const first = await run(port);
    expect(first.plan.written?.length).toBeGreaterThan(0);
    expect(ours(host)).toHaveLength(1);
    const stored = parseWrittenRecord(ours(host)[0]!.xml);
    expect(stored).toEqual(first.plan.written);
    // another add-in's part is left alone; a second run changes nothing
    const second = await run(port);
    expect(second.plan.written).toBeUndefined();
    expect(ours(host)).toHaveLength(1);
    // a new pane (a new port) reads what was stored
    expect(await new OfficePort({ run: host.run }).readWritten()).toEqual(first.plan.written);
  });

  it('a record change replaces the part, in the same sync as the cells', async () => {
    const host = await exampleHost();
    const port = new OfficePort({ run: host.run });
    await run(port);
    const syncs = port.lastWrite.syncs;
    expect(syncs).toBeGreaterThan(0);
    const before = ours(host)[0]!.id;
    host.typeAsUser(spentCell(host), 1); // an input: the rates and scores change
    await port.readSheets(await port.sheetNames());
    const next = await run(port);
    expect(next.plan.cells.length).toBeGreaterThan(0);
    expect(next.plan.written).toBeDefined();
    expect(ours(host)).toHaveLength(1);
    expect(ours(host)[0]!.id).not.toBe(before);
    expect(parseWrittenRecord(ours(host)[0]!.xml)).toEqual(next.plan.written);
    // re-check + write (+ nothing for the record)
    expect(port.lastWrite.syncs).toBeLessThanOrEqual(2);
  });

  it('an output cell the user typed into during the write keeps its old entry, never the new value', async () => {
    const host = await exampleHost();
    const port = new OfficePort({ run: host.run });
    const first = await run(port);
    const rate = first.plan.cells.find((c) => c.sheet === '预算执行')!;
    const old = parseWrittenRecord(ours(host)[0]!.xml)!.find((c) => c.address === rate.address)!;
    host.typeAsUser(spentCell(host), 1);
    // read and plan, then the user types into an output cell before the write
    const grids = await port.readSheets(await port.sheetNames());
    const next = scoreWorkbook(grids, { written: await port.readWritten(), report: false });
    host.typeAsUser(`预算执行!${rate.address}`, 0.5);
    await port.apply(next.plan);
    expect(port.lastSkipped.map((s) => s.address)).toContain(rate.address);
    const record = parseWrittenRecord(ours(host)[0]!.xml)!;
    const entry = record.find((c) => c.address === rate.address);
    expect(entry).toEqual(old);
    expect(next.plan.written?.find((c) => c.address === rate.address)?.value).not.toBe(old.value);
  });

  it('a host whose Office.js has no customXmlParts: no record, and writes still work', async () => {
    const host = await exampleHost();
    const bare: XlRun = (batch) =>
      host.run((ctx) =>
        batch({
          workbook: { worksheets: ctx.workbook.worksheets },
          sync: () => ctx.sync(),
        } as unknown as XlRequestContext),
      );
    const port = new OfficePort({ run: bare });
    expect(await port.readWritten()).toBeNull();
    const result = await run(port);
    expect(result.summary.score).toBe(96.99);
    expect(ours(host)).toEqual([]);
  });
});

describe('fake customXmlParts follow the documented API', () => {
  it('getXml() is readable only after a sync; bad XML fails the sync with InvalidArgument', async () => {
    const host = new FakeExcelHost();
    await host.run(async (ctx) => {
      const part = ctx.workbook.customXmlParts.add('<r xmlns="urn:t"><a/></r>');
      part.load('id');
      await ctx.sync();
      const xml = ctx.workbook.customXmlParts.getItem(part.id).getXml();
      expect(() => xml.value).toThrow(/not available/);
      await ctx.sync();
      expect(xml.value).toBe('<r xmlns="urn:t"><a/></r>');
      const scoped = ctx.workbook.customXmlParts.getByNamespace('urn:t');
      expect(() => scoped.items).toThrow(/not available/);
      scoped.load('items');
      await ctx.sync();
      expect(scoped.items.map((p) => p.namespaceUri)).toEqual(['urn:t']);
    });
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.customXmlParts.add('not xml');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
