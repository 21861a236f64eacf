/**
 * `npm run bench` (packages/report): wall time and peak memory of filling and exporting
 * 1. the example report (广州市人民政府办公厅 2022),
 * 2. a 100-page report (1,000 template paragraphs + a 500-row indicator table),
 * 3. the docx library alone building a comparable document (the baseline),
 * each in its own Node process so peak RSS is that scenario's own.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { evaluate } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { fillTemplate } from '../src/index.js';
import { exportDocx } from '../src/docx/index.js';
import type { ReportBlock } from '../src/index.js';
import { bigEvaluation, bigTemplate, INDICATORS, PARAGRAPHS } from './workloads.js';

const RUNS = 5;
const GOAL_MS = 500;

interface Result {
  name: string;
  coldMs: number;
  medianMs: number;
  /** CPU time (user + system) of the median run: what the work costs when the machine is busy */
  cpuMs: number;
  bytes: number;
  peakRssMb: number;
  paragraphs: number;
}

async function timed(
  run: () => Promise<number>,
): Promise<{ coldMs: number; medianMs: number; cpuMs: number; bytes: number }> {
  const times: { wall: number; cpu: number }[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    bytes = await run();
    const used = process.cpuUsage(cpu);
    times.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
  }
  const warm = times.slice(1).sort((a, b) => a.wall - b.wall);
  const median = warm[Math.floor(warm.length / 2)]!;
  return { coldMs: times[0]!.wall, medianMs: median.wall, cpuMs: median.cpu, bytes };
}

async function scenario(name: string): Promise<Result> {
  switch (name) {
    case 'example': {
      const ev = evaluate(guangzhou2022);
      const t = await timed(
        async () => (await exportDocx(fillTemplate(guangzhou2022Template, ev).blocks)).length,
      );
      return {
        name: 'example report: fill + export',
        ...t,
        peakRssMb: peak(),
        paragraphs: guangzhou2022Template.length,
      };
    }
    case 'big': {
      const ev = bigEvaluation();
      const template = bigTemplate();
      const t = await timed(
        async () => (await exportDocx(fillTemplate(template, ev).blocks)).length,
      );
      return {
        name: `100 pages: fill + export (${PARAGRAPHS} paragraphs, ${INDICATORS}-row table)`,
        ...t,
        peakRssMb: peak(),
        paragraphs: PARAGRAPHS,
      };
    }
    case 'baseline': {
      const ev = bigEvaluation();
      const blocks = fillTemplate(bigTemplate(), ev).blocks;
      const t = await timed(
        async () => (await Packer.pack(plainDocx(blocks), 'uint8array')).length,
      );
      return {
        name: 'baseline: docx library alone, same content, default styles',
        ...t,
        peakRssMb: peak(),
        paragraphs: PARAGRAPHS,
      };
    }
    default:
      throw new Error(`unknown scenario ${name}`);
  }
}

/** The same blocks as a bare docx document: default styles, no layout work of ours. */
function plainDocx(blocks: readonly ReportBlock[]): Document {
  return new Document({
    sections: [
      {
        children: blocks.map((b) =>
          b.kind === 'paragraph'
            ? new Paragraph({ children: [new TextRun(b.text)] })
            : new Table({
                rows: [b.header, ...b.rows].map(
                  (r) =>
                    new TableRow({
                      children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })),
                    }),
                ),
              }),
        ),
      },
    ],
  });
}

function peak(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const [, , only] = process.argv;
if (only) {
  process.stdout.write(JSON.stringify(await scenario(only)));
} else {
  const self = fileURLToPath(import.meta.url);
  const results = ['example', 'big', 'baseline'].map((s): Result => {
    const out = execFileSync(process.execPath, [...process.execArgv, self, s], {
      encoding: 'utf8',
    });
    return JSON.parse(out) as Result;
  });
  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log(
    `@jixiao/report bench (${RUNS} runs each; cold = first run, median of the rest; each scenario in its own process)\n`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores\n`,
  );
  console.log(
    `${pad('scenario', 66)}${pad('cold ms', 9)}${pad('median ms', 11)}${pad('cpu ms', 8)}${pad('peak RSS MB', 13)}docx KB`,
  );
  for (const r of results) {
    console.log(
      `${pad(r.name, 66)}${pad(r.coldMs.toFixed(0), 9)}${pad(r.medianMs.toFixed(0), 11)}${pad(r.cpuMs.toFixed(0), 8)}${pad(r.peakRssMb.toFixed(0), 13)}${(r.bytes / 1024).toFixed(0)}`,
    );
  }
  const big = results[1]!;
  const base = results[2]!;
  console.log(
    `\n100 pages: ${big.medianMs.toFixed(0)} ms warm (${big.cpuMs.toFixed(0)} ms CPU), ${big.coldMs.toFixed(0)} ms cold; goal < ${GOAL_MS} ms warm: ${big.medianMs < GOAL_MS ? 'met' : 'NOT met'}. The docx library alone: ${base.medianMs.toFixed(0)} ms (${base.cpuMs.toFixed(0)} ms CPU).`,
  );
}
