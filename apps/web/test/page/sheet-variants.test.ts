/**
 * Issue 17 on the page's worker: a workbook whose sheets are named with the variants the reader
 * accepts scores as with the contract's names, and a workbook without 报告模板 gets the default
 * template's report with the same note as every surface (naming the page's 新建模板).
 */
import { readFileSync } from 'node:fs';
import {
  exampleLayout,
  NATIONAL_FORM as F,
  SHEET_NAME_VARIANTS,
} from '@jixiao/pipeline/port-contract';
import { parseQualifiedAddress } from '@jixiao/workbook';
import { createWorkbook, readXlsx } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type {
  FileResult,
  OutputFile,
  WorkerRequest,
  WorkerResponse,
} from '../../src/worker/protocol.js';
import { renderIssue } from '@jixiao/workbook';

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

  it('without 报告模板: the default template, the same note, a Word report to download', async () => {
    const sent: WorkerResponse[] = [];
    const jobs = new JobRunner(
      (m) => sent.push(m),
      () => 0,
    );
    const layout = exampleLayout();
    const bytes = createWorkbook({
      sheets: layout.sheets.filter((s) => !s.name.startsWith('报告')),
    });
    const m = await send(jobs, sent, {
      type: 'score',
      requestId: 1,
      fileId: 'a',
      fileName: 'a.xlsx',
      bytes: buffer(bytes),
    });
    if (m.type !== 'scored') throw new Error(JSON.stringify(m));
    expect(m.result.evaluation?.total.score).toBe('96.99');
    // the info issue every surface gives, naming the page's action (not `jixiao init`)
    const note = m.result.issues.find((i) => i.code === 'report.defaultTemplate');
    expect(note?.severity).toBe('info');
    expect(renderIssue(note!)).toContain('新建模板');
    expect(renderIssue(note!)).not.toContain('jixiao');
    const docx = await send(jobs, sent, { type: 'report-docx', requestId: 2, fileId: 'a' });
    expect(docx.type).toBe('file');
    const out = (docx as { file: OutputFile }).file;
    expect(new Uint8Array(out.bytes).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('scores the blank national form as the CLI and the panes do, outputs in its own cells', async () => {
    const sent: WorkerResponse[] = [];
    const jobs = new JobRunner(
      (m) => sent.push(m),
      () => 0,
    );
    const cases = new URL('../../../../packages/pipeline/test-cases/forms/', import.meta.url);
    const bytes = new Uint8Array(readFileSync(new URL(F.file, cases)));
    const m = await send(jobs, sent, {
      type: 'score',
      requestId: 1,
      fileId: 'c',
      fileName: 'c.xlsx',
      bytes: buffer(bytes),
    });
    if (m.type !== 'scored') throw new Error(JSON.stringify(m));
    expect(m.result.forms?.map((f) => [f.sheet, f.score, f.rate, f.grade, f.complete])).toEqual([
      [F.sheet, F.total.score, '0.89890625', F.grade, true],
    ]);
    const out = await send(jobs, sent, { type: 'scored-workbook', requestId: 2, fileId: 'c' });
    const grid = readXlsx(new Uint8Array((out as { file: OutputFile }).file.bytes))[F.sheet]!;
    for (const o of [F.rate, F.rateScore, F.total]) {
      const { row, col } = parseQualifiedAddress(`x!${o.cell}`)!;
      expect([o.cell, grid.values[row]?.[col]]).toEqual([o.cell, o.value]);
    }
    // the downloaded workbook scored again: its own values, nothing to write, nothing reported
    const again = await send(jobs, sent, {
      type: 'score',
      requestId: 3,
      fileId: 'c2',
      fileName: 'c.scored.xlsx',
      bytes: (out as { file: OutputFile }).file.bytes,
    });
    if (again.type !== 'scored') throw new Error(JSON.stringify(again));
    expect(again.result.cellsToWrite).toBe(0);
    expect(again.result.issues.map((i) => i.code)).not.toContain('form.printedDiffers');
  });
});
