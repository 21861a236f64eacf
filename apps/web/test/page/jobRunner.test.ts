/**
 * The worker's job runner, driven directly (no browser): the real xlsx reader, pipeline and report
 * on the example workbook, and each kind of unreadable file.
 */
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
    const grid = readXlsx(new Uint8Array(out.bytes))['Comparison'];
    expect(grid?.values).toHaveLength(4);
    expect(grid?.values[2]?.slice(10)).toEqual(['c.xlsx', 'unreadable']);
    expect(grid?.values[3]?.[2]).toBe(96.99);
    expect(grid?.values[1]?.slice(0, 5)).toEqual([
      '广州市人民政府办公厅',
      2022,
      96.99,
      '优',
      Number(a.evaluation?.budget.rates.overall),
    ]);
    expect(grid?.values[0]?.[0]).toBe('Department');
    expect(grid?.numberFormats?.[1]?.[4]).toBe('0.00%');
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

describe('official forms on the page', () => {
  const CASES = new URL('../../../../packages/pipeline/test-cases/forms/', import.meta.url);
  const bytesOf = async (name: string): Promise<Uint8Array> => {
    const { readFileSync } = await import('node:fs');
    return new Uint8Array(readFileSync(new URL(name, CASES)));
  };

  it('scores each form of a department set, downloads it written in place, and compares one row per form', async () => {
    const { run } = runner();
    const bytes = await bytesOf('multi-project-filled.xlsx');
    const result = scored(
      await run({
        type: 'score',
        requestId: 1,
        fileId: 'm',
        fileName: '三个项目.xlsx',
        bytes: buffer(bytes),
      }),
    );
    expect(result.evaluation).toBeNull();
    expect(result.forms!.map((f) => [f.sheet, f.score, f.grade, f.complete, f.mistakes])).toEqual([
      ['村级补助及运转经费', '100.00', '优', true, 3],
      ['委托业务项目', '100.00', '优', true, 3],
      ['农村人居环境整治经费', '98.56', '优', true, 0],
    ]);
    const out = file(await run({ type: 'scored-workbook', requestId: 2, fileId: 'm' }));
    const sheet = readXlsx(new Uint8Array(out.bytes))['农村人居环境整治经费']!;
    expect(sheet.values[5]![8]).toBe(0.9863); // I6: 其中 当年财政拨款, written where it was empty
    expect(sheet.values[21]![7]).toBe(98.56); // H22 as printed
    const rows = comparisonRows([result]);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.note).toBe('表中已填结果与计算不符 3 处');
    expect(rows[2]!.rateOverall).toBe('0.9524');
  });

  it('gives a provisional total without a grade where rows cannot be scored', async () => {
    const { run } = runner();
    const result = scored(
      await run({
        type: 'score',
        requestId: 1,
        fileId: 'cq',
        fileName: 'cq.xlsx',
        bytes: buffer(await bytesOf('dept-whole-cq-blank.xlsx')),
      }),
    );
    const form = result.forms![0]!;
    expect(form.complete).toBe(false);
    expect(form.grade).toBeNull();
    const row = comparisonRows([result])[0]!;
    expect(row.grade).toBeNull();
    expect(row.note).toMatch(/^暂定得分（\d+ 项未能计分，等级暂不评定）$/);
  });
});
