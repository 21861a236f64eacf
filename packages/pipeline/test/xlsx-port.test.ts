/** The port contract suite on the .xlsx port (what the command line and the page's worker use). */
import { XlsxWorkbook, createWorkbook } from '@jixiao/xlsx';
import { describePortContract } from './port-contract.js';

describePortContract('.xlsx (XlsxWorkbook)', (layout) => new XlsxWorkbook(createWorkbook(layout)));
