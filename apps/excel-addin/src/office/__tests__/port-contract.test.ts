/**
 * The port contract suite (@jixiao/pipeline/port-contract) on the Office.js port, over the fake
 * Excel host: the same cases the .xlsx port passes. The workbook is laid out through the add-in's
 * own 新建模板 code (Office.js calls), then read and written by {@link OfficePort}.
 */
import { describePortContract } from '@jixiao/pipeline/port-contract';
import { FakeExcelHost } from '../fake/index.js';
import { OfficePort } from '../office-port.js';
import { insertTemplateSheets } from '../../pane/insert-template.js';

describePortContract(
  'Office.js (OfficePort on the fake Excel host)',
  async (layout) => {
    const host = new FakeExcelHost();
    const outcome = await insertTemplateSheets(host.run, layout);
    if (outcome.kind !== 'inserted')
      throw new Error(`layout not inserted: ${JSON.stringify(outcome)}`);
    return new OfficePort({ run: host.run });
  },
  // an official form as the user opens it (values only: the fake keeps no merges)
  (sheets) => {
    const host = new FakeExcelHost();
    for (const s of sheets)
      host.addSheet(
        s.name,
        s.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))),
      );
    return new OfficePort({ run: host.run });
  },
);
