/**
 * One benchmark measurement in a fresh process (so that peak memory is its own):
 *   tsx bench/run-one.ts <jixiao|exceljs> <input.xlsx> <output.xlsx> <iterations>
 * Prints one JSON line: wall times (ms) of each iteration and the process's peak RSS (MiB).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { scoreBytes } from '../src/score-bytes.js';

const [mode, input, output, iterations] = process.argv.slice(2);
const times: number[] = [];
let extra: Record<string, unknown> = {};
for (let i = 0; i < Number(iterations ?? '3'); i++) {
  const start = performance.now();
  const buf = readFileSync(input!);
  if (mode === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const out = await wb.xlsx.writeBuffer();
    writeFileSync(output!, new Uint8Array(out));
  } else {
    const { result, output: bytes, written } = await scoreBytes(new Uint8Array(buf), 'zh-CN');
    writeFileSync(output!, bytes);
    extra = { score: result.summary.score, written, issues: result.issues.length };
  }
  times.push(performance.now() - start);
}
console.log(
  JSON.stringify({ mode, times, peakMiB: process.resourceUsage().maxRSS / 1024, ...extra }),
);
