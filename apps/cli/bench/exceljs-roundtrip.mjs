// The baseline process of `npm run bench` (apps/cli): exceljs reads a workbook and saves it.
//   node bench/exceljs-roundtrip.mjs <input.xlsx> <output.xlsx>
import ExcelJS from 'exceljs';

const [input, output] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(input);
await workbook.xlsx.writeFile(output);
