/**
 * The page's side of a 报告 edited by hand (issue 13 item 6): the worker says which cells changed
 * since the last fill, keeps them in the scored workbook, and exports either the filled report or
 * — 按现有报告导出 — the 报告 sheet as it stands.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { applyPlan, readXlsx } from '@jixiao/xlsx';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type {
  FileResult,
  OutputFile,
  WorkerRequest,
  WorkerResponse,
} from '../../src/worker/protocol.js';
import { exampleWorkbookBytes } from '../../src/worker/pipelineGlue.js';

const EDIT = '本段经人工核对后改写。';

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

const scored = (m: WorkerResponse): FileResult => {
  if (m.type !== 'scored') throw new Error(`expected scored, got ${m.type}`);
  return m.result;
};
const file = (m: WorkerResponse): OutputFile => {
  if (m.type !== 'file') throw new Error(`expected file, got ${m.type}`);
  return m.file;
};
const docText = (f: OutputFile): string =>
  strFromU8(unzipSync(new Uint8Array(f.bytes))['word/document.xml']!);

describe('the page and a 报告 edited by hand', { timeout: 60_000 }, () => {
  it('reports the edited cell; the Word report is the fill or, asked, the sheet as it stands', async () => {
    const run = runner();
    const first = scored(
      await run({
        type: 'score',
        requestId: 1,
        fileId: 'a',
        fileName: '示例.xlsx',
        bytes: exampleWorkbookBytes().slice().buffer,
      }),
    );
    expect(first.reportEdited ?? null).toBeNull();
    // the scored workbook (报告 filled and recorded), then a person's edit of 报告!B4 in Excel
    const filledBytes = new Uint8Array(
      file(await run({ type: 'scored-workbook', requestId: 2, fileId: 'a' })).bytes,
    );
    const edited = applyPlan(filledBytes, {
      cells: [{ sheet: '报告', row: 3, col: 1, address: 'B4', value: EDIT }],
      replaceSheets: [],
    });
    const again = scored(
      await run({
        type: 'score',
        requestId: 3,
        fileId: 'b',
        fileName: '示例.scored.xlsx',
        bytes: edited.slice().buffer,
      }),
    );
    expect(again.reportEdited?.edits.map((e) => [e.address, e.current])).toEqual([['B4', EDIT]]);
    expect(again.issues.find((i) => i.code === 'report.edited')?.cell).toBe('报告!B4');
    // the scored workbook keeps the edit
    const out = new Uint8Array(
      file(await run({ type: 'scored-workbook', requestId: 4, fileId: 'b' })).bytes,
    );
    expect(readXlsx(out, ['报告'])['报告']!.values[3]![1]).toBe(EDIT);
    // 覆盖 (the filled report) and 按现有报告导出
    const filled = docText(file(await run({ type: 'report-docx', requestId: 5, fileId: 'b' })));
    expect(filled).not.toContain(EDIT);
    const asIs = docText(
      file(await run({ type: 'report-docx', requestId: 6, fileId: 'b', asIs: true })),
    );
    expect(asIs).toContain(EDIT);
  });
});
