/**
 * Every kind of file and usage error, in Chinese with what to do, and its exit code; the report's
 * issues and its refusal to write over an error (issue 9 item 12).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx, createWorkbook } from '@jixiao/xlsx';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../test/helpers.js';
import { systemMessage } from './io.js';

function exampleCopy(dir: string, name = '示例.xlsx'): string {
  const p = join(dir, name);
  copyFileSync(EXAMPLE, p);
  return p;
}

const errno = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: failed`), { code });

describe('file errors in words, with what to do', () => {
  it('names each system error in Chinese (and English with en)', () => {
    expect(systemMessage(errno('EACCES'))).toMatch(/^没有权限（文件或文件夹只读.*（EACCES）$/);
    expect(systemMessage(errno('EPERM'))).toContain('文件可能正被 Excel/WPS 打开');
    expect(systemMessage(errno('EBUSY'))).toContain(
      '文件正被 Excel/WPS 或其他程序打开；请关闭该文件后重试',
    );
    expect(systemMessage(errno('EISDIR'))).toContain('该路径是文件夹');
    expect(systemMessage(errno('EROFS'))).toContain('只读');
    expect(systemMessage(errno('ENOSPC'))).toContain('磁盘空间不足');
    expect(systemMessage(errno('EBUSY'), 'en-US')).toBe(
      'the file is open in Excel/WPS or another program; close it and retry, or give -o (EBUSY)',
    );
    expect(systemMessage(errno('EWHATEVER'))).toBe('EWHATEVER EWHATEVER: failed');
  });

  it('a read-only place: exit 2, the score already printed, no file', async () => {
    const dir = tempDir();
    // sysfs refuses new files even to root (EACCES or EROFS)
    const r = await runCli(['score', exampleCopy(dir), '-o', '/sys/示例.scored.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^无法写入 \/sys\/示例\.scored\.xlsx：.*只读.*（E(ACCES|ROFS)）/);
    // the summary came before the write failed: the score is not lost
    expect(r.out).toContain('96.99 分');
  });

  it('an output path that is a folder: exit 2 before any work', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '结果.xlsx'));
    mkdirSync(join(dir, '报告.docx'));
    const score = await runCli(['score', exampleCopy(dir), '-o', join(dir, '结果.xlsx')]);
    expect(score.code).toBe(2);
    expect(score.err).toContain('输出路径是一个文件夹');
    expect(score.out).toBe('');
    const report = await runCli(['report', exampleCopy(dir), '-o', join(dir, '报告.docx')]);
    expect(report.code).toBe(2);
    expect(report.err).toContain('输出路径是一个文件夹');
  });

  it('a folder in the path that is a file: the summary, then the error in words', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '文件'), 'x');
    const r = await runCli(['score', exampleCopy(dir), '-o', join(dir, '文件', 'a.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('96.99 分');
    expect(r.err).toMatch(/无法写入 .*a\.xlsx：(路径中的某一级不是文件夹|.*ENOTDIR|.*EEXIST)/);
  });

  it('checks the extension of -o: score writes .xlsx, report writes .docx, batch a .xlsx summary', async () => {
    const dir = tempDir();
    const input = exampleCopy(dir);
    const score = await runCli(['score', input, '-o', join(dir, 'x.docx')]);
    expect(score.code).toBe(2);
    expect(score.err).toContain('输出文件应以 .xlsx 结尾');
    expect(score.err).toContain('要生成 Word 报告请用 jixiao report');
    const report = await runCli(['report', input, '-o', join(dir, 'x.xlsx')]);
    expect(report.code).toBe(2);
    expect(report.err).toContain('输出文件应以 .docx 结尾');
    const batch = await runCli(['batch', dir, '-o', join(dir, '汇总.csv')]);
    expect(batch.code).toBe(2);
    expect(batch.err).toContain('输出文件应以 .xlsx 结尾');
    expect(existsSync(join(dir, 'x.docx')) || existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('batch creates --out-dir and names the output that could not be written, not the input', async () => {
    const dir = tempDir();
    exampleCopy(dir, '甲.xlsx');
    exampleCopy(dir, '乙.xlsx');
    const out = join(dir, '新建', '结果');
    // 乙's output is taken by a folder
    mkdirSync(join(out, '乙.scored.xlsx'), { recursive: true });
    const summaries = tempDir();
    const r = await runCli([
      'batch',
      dir,
      '--out-dir',
      out,
      '--jobs',
      '1',
      '-o',
      join(summaries, '1.xlsx'),
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(join(out, '甲.scored.xlsx'))).toBe(true);
    expect(r.err).toMatch(/乙\.xlsx：无法写入 .*新建\/结果\/乙\.scored\.xlsx：该路径是文件夹/);
    const fresh = join(dir, '另一个', '目录');
    const ok = await runCli(['batch', dir, '--out-dir', fresh, '-o', join(summaries, '2.xlsx')]);
    expect(existsSync(join(fresh, '甲.scored.xlsx'))).toBe(true);
    expect(ok.code).toBe(0);
    writeFileSync(join(dir, '是文件'), '');
    const file = await runCli(['batch', dir, '--out-dir', join(dir, '是文件')]);
    expect(file.code).toBe(2);
    expect(file.err).toContain('--out-dir 指向的是文件而不是文件夹');
  }, 120_000);
});

describe('the argument parser speaks Chinese', () => {
  it('unknown option, missing value, extra argument: exit 2 with the command help named', async () => {
    const unknown = await runCli(['score', 'a.xlsx', '--foo']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('参数错误：未知选项 --foo（jixiao score --help 查看用法）\n');
    const missing = await runCli(['report', 'a.xlsx', '-o']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      '参数错误：选项 -o, --output 需要一个值（jixiao report --help 查看用法）\n',
    );
    const fonts = await runCli(['report', 'a.xlsx', '--fonts', 'mac']);
    expect(fonts.code).toBe(2);
    expect(fonts.err).toContain('--fonts 只能是 windows 或 gb2312');
    const en = await runCli(['score', 'a.xlsx', '--foo', '--lang', 'en']);
    expect(en.err).toBe('Invalid arguments: unknown option --foo (see jixiao score --help)\n');
  });

  it('Chinese by default even under an English LANG; English with JIXIAO_LANG=en', async () => {
    const r = await runCli(['score', 'nope.xlsx'], {
      env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    });
    expect(r.err).toContain('找不到文件');
    const en = await runCli(['score', 'nope.xlsx'], { env: { JIXIAO_LANG: 'en' } });
    expect(en.err).toContain('File not found');
    const bad = await runCli(['score', 'nope.xlsx'], { env: { JIXIAO_LANG: 'fr' } });
    expect(bad.code).toBe(2);
  });
});

describe('score --detail', () => {
  it('prints each indicator with its score and explanation', async () => {
    const dir = tempDir();
    const r = await runCli(['score', exampleCopy(dir), '--detail']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('逐项得分：');
    expect(r.out).toMatch(/采购管理 \/ 采购合同签订时效性 {2}4\.49 \/ 5\.00 分\n {6}\S+/);
    // one explanation line per indicator
    expect(r.out.match(/^ {4}\S.* \/ .*分$/gm)?.length).toBe(25);
  });
});

/** The example workbook with its 报告模板 replaced by these rows. */
function withTemplate(dir: string, rows: (string | null)[][] | null): string {
  const grids = readXlsx(readFileSync(EXAMPLE));
  const sheets = Object.entries(grids)
    .filter(([name]) => name !== '报告模板' || rows !== null)
    .map(([name, grid]) => ({
      name,
      rows:
        name === '报告模板'
          ? [['样式', '内容'], ...rows!]
          : grid.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v))),
    }));
  const p = join(dir, '模板.xlsx');
  writeFileSync(p, createWorkbook({ sheets }));
  return p;
}

describe('jixiao report: the report never goes out wrong', () => {
  it('template errors: listed with their cells, no file, exit 1; --force writes and still exits 1', async () => {
    const dir = tempDir();
    const input = withTemplate(dir, [
      ['标题', '{{部门名称}}{{年度}}年度部门整体支出绩效自评报告'],
      ['正文', '共支出{{总支岀}}万元。'],
      ['正文', '得分{{自评得分'],
      ['小标题', '（一）概况'],
      ['正文', '目标为（请填写）。'],
    ]);
    const out = join(dir, '报告.docx');
    const r = await runCli(['report', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.out).toContain('[错误] 报告模板!B3 中的占位符 {{总支岀}} 不是已知的报告变量');
    expect(r.out).toContain('是否应为 {{总支出}}？');
    expect(r.out).toContain('[错误] 报告模板!B4 中的“{{自评得分”缺少配对的“}}”');
    expect(r.out).toContain('[错误] 报告模板!A5 的样式“小标题”无法识别');
    expect(r.out).toContain('[警告] 报告模板!B6 还有未填写的提示“（请填写）”');
    expect(r.err).toContain('报告未生成：有 3 个错误（见上）');
    const forced = await runCli(['report', input, '-o', out, '--force']);
    expect(forced.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(forced.err).toContain('已按 --force 仍然写出报告');
  });

  it('warnings only (prompts, no 报告模板 → the default template): writes, exit 0, says so', async () => {
    const dir = tempDir();
    const input = withTemplate(dir, null);
    const out = join(dir, '报告.docx');
    const r = await runCli(['report', input, '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('报告已按默认模板');
    expect(r.out).toMatch(/\[警告\] 默认模板第\d+段 还有未填写的提示“（请/);
    expect(existsSync(out)).toBe(true);
  });

  it('--fonts windows writes 仿宋/楷体/黑体; the author is the department; the title is whole', async () => {
    const dir = tempDir();
    const out = join(dir, '报告.docx');
    const r = await runCli(['report', exampleCopy(dir), '-o', out, '--fonts', 'windows']);
    expect(r.code, r.err).toBe(0);
    const files = unzipSync(readFileSync(out));
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="楷体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).not.toContain('_GB2312');
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:creator>广州市人民政府办公厅</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>广州市人民政府办公厅</cp:lastModifiedBy>');
    expect(core).toContain(
      '<dc:title>广州市人民政府办公厅2022年度部门整体支出绩效自评报告</dc:title>',
    );
    const standard = join(dir, '标准.docx');
    expect((await runCli(['report', exampleCopy(dir), '-o', standard])).code).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(standard))['word/styles.xml']!)).toContain(
      'w:eastAsia="仿宋_GB2312"',
    );
  });
});
