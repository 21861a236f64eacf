/**
 * The page's worker (issue 14): rules of the 规则 panel go with the score request and change the
 * score; a scored contract workbook downloads as official forms (the 部门整体 table in the chosen
 * layout), which the form scorer reads back to the same total. The example: 整体支付率 99.99%,
 * 96.99 优; 执行率封顶 100%:90 caps it to 90.00.
 */
import { describe, expect, it } from 'vitest';
import { readXlsx } from '@jixiao/xlsx';
import { scoreForms } from '@jixiao/pipeline';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.js';
import { exampleWorkbookBytes } from '../../src/worker/pipelineGlue.js';

function runner(): (request: WorkerRequest) => Promise<WorkerResponse> {
  let sent: WorkerResponse[] = [];
  const jobs = new JobRunner(
    (message) => sent.push(message),
    () => 0,
  );
  return async (request) => {
    sent = [];
    await jobs.handle(request);
    const m = sent.at(-1);
    if (!m) throw new Error('nothing sent');
    return m;
  };
}

const bytes = () => exampleWorkbookBytes().slice().buffer;

describe('the worker with the 规则 panel and the forms download', () => {
  it('scores with the rules sent, and without them as the workbook says', async () => {
    const run = runner();
    const plain = await run({
      type: 'score',
      requestId: 1,
      fileId: 'a',
      fileName: 'a.xlsx',
      bytes: bytes(),
    });
    const capped = await run({
      type: 'score',
      requestId: 2,
      fileId: 'b',
      fileName: 'b.xlsx',
      bytes: bytes(),
      rules: { rateCap: '100%:90' },
    });
    if (plain.type !== 'scored' || capped.type !== 'scored') throw new Error('not scored');
    expect(plain.result.evaluation?.total.score).toBe('96.99');
    expect(capped.result.evaluation?.total.score).toBe('90.00');
  });

  it('downloads the official forms of a scored workbook, with a 规则 sheet for the rules', async () => {
    const run = runner();
    await run({
      type: 'score',
      requestId: 1,
      fileId: 'a',
      fileName: '广州.xlsx',
      bytes: bytes(),
      rules: { rateCap: '100%:90' },
    });
    const m = await run({ type: 'forms-workbook', requestId: 2, fileId: 'a', layout: 'guangdong' });
    if (m.type !== 'file') throw new Error(`expected a file, got ${m.type}`);
    expect(m.file.name).toBe('广州.自评表.xlsx');
    const grids = readXlsx(new Uint8Array(m.file.bytes));
    expect(Object.keys(grids)).toEqual(['部门整体支出绩效自评表', '规则']);
    const forms = scoreForms(grids)!;
    expect(forms.forms[0]!.layout.id).toBe('guangdong-department');
    expect(forms.forms[0]!.total?.score).toBe('90.00');
  });
});
