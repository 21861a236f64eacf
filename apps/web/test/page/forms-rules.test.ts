/**
 * The page's worker (issue 14): rules of the 规则 panel go with the score request and change the
 * score; a scored contract workbook downloads as official forms (the 部门整体 table in the chosen
 * layout), which the form scorer reads back to the same total. The example: 整体支付率 99.99%,
 * 96.99 优; 执行率封顶 100%:90 caps it to 90.00.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '@jixiao/xlsx';
import { scoreForms } from '@jixiao/pipeline';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.js';
import { exampleWorkbookBytes } from '../../src/worker/pipelineGlue.js';
import { FormsSaved } from '../../src/page/FormsSaved.js';

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

  it('says what the Chongqing forms cannot state and what reads back differently, as the panes do', async () => {
    const run = runner();
    await run({ type: 'score', requestId: 1, fileId: 'a', fileName: '示例.xlsx', bytes: bytes() });
    const m = await run({ type: 'forms-workbook', requestId: 2, fileId: 'a', layout: 'chongqing' });
    if (m.type !== 'file') throw new Error(`expected a file, got ${m.type}`);
    const notes = m.file.forms!;
    // the 人工得分 of 督查督办事项办结率 has no cell in the Chongqing table: 96.93 read back, not 96.99
    expect(notes.lost).toContain(
      '部门整体绩效自评表：“督查督办事项办结率”的人工得分 4.00（表中没有偏差原因栏）无法写入表格',
    );
    expect(notes.differences.map((d) => d.message)).toContain(
      '部门整体绩效自评表：“总分”按表格读回为 96.93，工作簿为 96.99，请核对该项。',
    );
    const html = renderToStaticMarkup(
      createElement(FormsSaved, { lang: 'zh-CN', name: m.file.name, notes }),
    );
    expect(html).toContain('data-testid="forms-notice"');
    expect(html).toContain('已生成《示例.自评表.xlsx》');
    expect(html).toContain(`表格无法写明的评分规则 ${String(notes.lost.length)} 处`);
    expect(html).toContain('表格读回后与工作簿不一致 2 处，请核对后再报送：');
    expect(html).toContain('按表格读回为 96.93，工作簿为 96.99');
    // the national layout reads back the same: the notice lists only the rules it cannot state
    const national = await run({
      type: 'forms-workbook',
      requestId: 3,
      fileId: 'a',
      layout: 'national',
    });
    if (national.type !== 'file') throw new Error(`expected a file, got ${national.type}`);
    expect(national.file.forms!.differences).toEqual([]);
    // in the page's English, the notes are English too
    const en = await run({
      type: 'forms-workbook',
      requestId: 4,
      fileId: 'a',
      layout: 'chongqing',
      lang: 'en-US',
    });
    if (en.type !== 'file') throw new Error(`expected a file, got ${en.type}`);
    expect(en.file.forms!.differences.map((d) => d.message)).toContain(
      '部门整体绩效自评表: "总分" reads back from the form as 96.93, the workbook says 96.99; check it.',
    );
    expect(en.file.forms!.lost.join(' ')).not.toContain('无法写入');
    const plain = renderToStaticMarkup(
      createElement(FormsSaved, {
        lang: 'en-US',
        name: 'f.xlsx',
        notes: { lost: [], differences: [] },
      }),
    );
    expect(plain).toContain('Wrote “f.xlsx”');
    expect(plain).not.toContain('read back differently');
  });
});
