/**
 * The worker's job runner, driven directly (no browser): the real xlsx reader, pipeline and report
 * on the example workbook, and each kind of unreadable file.
 */
import { departmentTable } from '@jixiao/pipeline';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { createWorkbook, readXlsx } from '@jixiao/xlsx';
import { JobRunner } from '../../src/worker/jobRunner.js';
import type {
  FileFailureKind,
  FileResult,
  OutputFile,
  WorkerRequest,
  WorkerResponse,
} from '../../src/worker/protocol.js';
import { exampleWorkbookBytes } from '../../src/worker/pipelineGlue.js';
import { comparisonRows } from '../../src/worker/comparisonRows.js';

interface Sent {
  message: WorkerResponse;
  transfer: Transferable[];
}

function runner(): { run: (request: WorkerRequest) => Promise<Sent[]> } {
  let sent: Sent[] = [];
  const jobs = new JobRunner(
    (message, transfer) => sent.push({ message, transfer }),
    () => 0,
  );
  return {
    run: async (request) => {
      sent = [];
      await jobs.handle(request);
      return sent;
    },
  };
}

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

function last(sent: Sent[]): WorkerResponse {
  const message = sent.at(-1)?.message;
  if (!message) throw new Error('nothing sent');
  return message;
}

function scored(sent: Sent[]): FileResult {
  const m = last(sent);
  if (m.type !== 'scored') throw new Error(`expected scored, got ${JSON.stringify(m)}`);
  return m.result;
}

function file(sent: Sent[]): OutputFile {
  const m = last(sent);
  if (m.type !== 'file') throw new Error(`expected file, got ${JSON.stringify(m)}`);
  return m.file;
}

function failure(sent: Sent[]): { kind: FileFailureKind; message: string } {
  const m = last(sent);
  if (m.type !== 'failed') throw new Error(`expected failed, got ${m.type}`);
  return m.failure;
}

const example = exampleWorkbookBytes();

describe('JobRunner', () => {
  it('scores the example workbook with progress, and keeps it for the downloads', async () => {
    const { run } = runner();
    const sent = await run({
      type: 'score',
      requestId: 1,
      fileId: 'a',
      fileName: '示例.xlsx',
      bytes: buffer(example),
    });
    expect(
      sent
        .filter((s) => s.message.type === 'progress')
        .map((s) => s.message.type === 'progress' && s.message.stage),
    ).toEqual(['reading', 'scoring', 'scoring']);
    const result = scored(sent);
    expect(result.evaluation?.total.score).toBe('96.99');
    expect(result.evaluation?.total.grade).toBe('优');
    expect(result.explanations.zh).toHaveLength(result.evaluation?.indicators.length ?? -1);
    expect(result.explanations.en).toHaveLength(result.explanations.zh.length);
    expect(result.cellsToWrite).toBeGreaterThan(0);

    const workbook = await run({ type: 'scored-workbook', requestId: 2, fileId: 'a' });
    const out = file(workbook);
    expect(out.name).toBe('示例.scored.xlsx');
    expect(workbook.at(-1)?.transfer).toEqual([out.bytes]);
    expect(Object.keys(readXlsx(new Uint8Array(out.bytes)))).toContain('报告');

    const docx = file(await run({ type: 'report-docx', requestId: 3, fileId: 'a' }));
    expect(docx.name).toBe('广州市人民政府办公厅2022年度部门整体支出绩效自评报告.docx');
    const parts = unzipSync(new Uint8Array(docx.bytes));
    expect(Object.keys(parts)).toContain('word/document.xml');
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:eastAsia="仿宋_GB2312"');
    expect(strFromU8(parts['docProps/core.xml']!)).toContain(
      '<dc:creator>广州市人民政府办公厅</dc:creator>',
    );
    // the font names the page's choice asks for
    const windows = file(
      await run({ type: 'report-docx', requestId: 4, fileId: 'a', fonts: 'windows' }),
    );
    const styles = strFromU8(unzipSync(new Uint8Array(windows.bytes))['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).not.toContain('_GB2312');
  });

  it('names each kind of unreadable file in Chinese instead of throwing', async () => {
    const { run } = runner();
    const cases: [Uint8Array, FileFailureKind, string][] = [
      [strToU8('部门名称,评价年度\n'), 'not-workbook', '不是 Excel 工作簿'],
      [example.subarray(0, 2000), 'corrupt', '损坏'],
      [zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'not-workbook', '没有工作簿'],
      [new Uint8Array(0), 'corrupt', '0 字节'],
    ];
    for (const [bytes, kind, words] of cases) {
      const f = failure(
        await run({
          type: 'score',
          requestId: 1,
          fileId: 'x',
          fileName: 'x.xlsx',
          bytes: buffer(bytes),
        }),
      );
      expect(f.kind).toBe(kind);
      expect(f.message).toContain(words);
    }
  });

  it('reports a workbook missing the contract sheets in place of its results', async () => {
    const { run } = runner();
    const other = createWorkbook({ sheets: [{ name: 'Sheet1', rows: [['a', 1]] }] });
    const f = failure(
      await run({
        type: 'score',
        requestId: 1,
        fileId: 'm',
        fileName: 'm.xlsx',
        bytes: buffer(other),
      }),
    );
    expect(f.kind).toBe('missing-sheets');
    expect(f.message).toContain('基本信息');
  });

  it('builds the comparison workbook from the files scored, one row per department', async () => {
    const { run } = runner();
    const a = scored(
      await run({
        type: 'score',
        requestId: 1,
        fileId: 'a',
        fileName: 'a.xlsx',
        bytes: buffer(example),
      }),
    );
    const b = scored(
      await run({
        type: 'score',
        requestId: 2,
        fileId: 'b',
        fileName: 'b.xlsx',
        bytes: buffer(example),
      }),
    );
    const rows = comparisonRows([a, { fileId: 'c', fileName: 'c.xlsx', message: 'unreadable' }, b]);
    const out = file(await run({ type: 'comparison', requestId: 3, rows, lang: 'en-US' }));
    // the one multi-department table, as `jixiao batch` writes its summary
    const grid = readXlsx(new Uint8Array(out.bytes))['Summary'];
    expect(grid?.values).toHaveLength(4);
    expect(grid?.values[0]).toEqual(departmentTable([], 'en-US').header);
    expect(grid?.values[2]?.[0]).toBe('c.xlsx');
    expect(grid?.values[2]?.slice(-2)).toEqual(['file error', 'unreadable']);
    expect(grid?.values[3]?.[3]).toBe(96.99);
    expect(grid?.values[1]?.slice(0, 6)).toEqual([
      'a.xlsx',
      '广州市人民政府办公厅',
      2022,
      96.99,
      '优',
      99.99,
    ]);
    expect(grid?.values[0]?.[5]).toBe('Overall payment rate (%)');
    expect(grid?.numberFormats?.[1]?.[5]).toBe('0.00');
  });

  it('makes the empty contract workbook and the example', async () => {
    const { run } = runner();
    const empty = file(await run({ type: 'template', requestId: 1, which: 'empty' }));
    expect(Object.keys(readXlsx(new Uint8Array(empty.bytes)))).toEqual([
      '基本信息',
      '预算执行',
      '绩效指标',
      '报告模板',
      '报告',
    ]);
    const ex = file(await run({ type: 'template', requestId: 2, which: 'example' }));
    const again = scored(
      await run({ type: 'score', requestId: 3, fileId: 'e', fileName: ex.name, bytes: ex.bytes }),
    );
    expect(again.evaluation?.total.score).toBe('96.99');
  });

  it('answers a download for an unknown file with a failure, not an exception', async () => {
    const { run } = runner();
    expect(failure(await run({ type: 'report-docx', requestId: 1, fileId: 'nope' })).kind).toBe(
      'internal',
    );
  });
});
