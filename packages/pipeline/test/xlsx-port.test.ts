/** The port contract suite on the .xlsx port (what the command line and the page's worker use). */
import { XlsxWorkbook, createWorkbook } from '@jixiao/xlsx';
import { describePortContract } from './port-contract.js';

describePortContract(
  '.xlsx (XlsxWorkbook)',
  (layout) => new XlsxWorkbook(createWorkbook(layout)),
  (sheets) =>
    new XlsxWorkbook(
      createWorkbook({
        sheets: sheets.map((s) => ({
          name: s.name,
          headerRows: 0,
          rows: s.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))),
        })),
      }),
    ),
);
