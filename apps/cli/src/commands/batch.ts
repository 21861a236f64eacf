import { mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchJob, BatchRow } from '../batch-job.js';
import { runPool } from '../batch-pool.js';
import { t, type Lang } from '../i18n.js';
import {
  CliError,
  hasExtension,
  maxMiBFromEnv,
  pathKind,
  scoredPath,
  batchSkipReason,
  systemMessage,
  writeFileAtomic,
  type CliIO,
} from '../io.js';
import { findDuplicates, summaryWorkbook, type SkippedFile } from '../summary-workbook.js';

function progressBar(done: number, total: number, width = 28): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done)}/${String(total)}`;
}

function rowLine(lang: Lang, row: BatchRow, done: number, total: number, name: string): string {
  if (row.forms !== null) {
    const list = row.forms
      .map((f) =>
        f.score === null
          ? '—'
          : f.complete
            ? `${f.score.toFixed(2)}（${f.grade ?? ''}）`
            : `${t(lang, 'provisionalShort')} ${f.score.toFixed(2)}`,
      )
      .join(lang === 'zh-CN' ? '、' : ', ');
    return t(lang, 'batchForms', done, total, name, row.forms.length, list);
  }
  switch (row.status) {
    case 'scored':
      return t(
        lang,
        'batchOk',
        done,
        total,
        name,
        row.score === null ? '—' : row.score.toFixed(2),
        row.grade ?? t(lang, 'provisional'),
      );
    case 'unscored':
      return t(lang, 'batchUnscored', done, total, name, row.counts?.errors ?? 0);
    case 'failed':
      return t(lang, 'batchFailed', done, total, name, row.message ?? '');
  }
}

/** `jixiao batch <folder> [-o summary.xlsx] [--out-dir dir] [--jobs N]` */
export async function batchCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
    },
  });
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFolder'), 'batch'));
  const folder = resolve(io.cwd, positionals[0]!);
  const kind = await pathKind(folder);
  if (kind === null) throw new CliError(t(lang, 'notFound', folder));
  if (kind !== 'dir') throw new CliError(t(lang, 'notAFolder', folder));
  const summaryPath =
    values.output !== undefined
      ? resolve(io.cwd, values.output)
      : join(folder, lang === 'en-US' ? 'summary.xlsx' : '汇总.xlsx');
  const outDir = values['out-dir'] !== undefined ? resolve(io.cwd, values['out-dir']) : undefined;
  const jobsFlag = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobsFlag) || jobsFlag < 1)
    throw new CliError(t(lang, 'badArgs', '--jobs', 'batch'));
  if (!hasExtension(summaryPath, '.xlsx'))
    throw new CliError(t(lang, 'badExtension', summaryPath, '.xlsx', t(lang, 'summaryIsXlsx')));
  if ((await pathKind(summaryPath)) === 'dir')
    throw new CliError(t(lang, 'isAFolder', summaryPath));
  if (outDir !== undefined) {
    const outKind = await pathKind(outDir);
    if (outKind !== null && outKind !== 'dir') throw new CliError(t(lang, 'outDirIsFile', outDir));
    try {
      await mkdir(outDir, { recursive: true });
    } catch (e) {
      throw new CliError(t(lang, 'cannotCreateDir', outDir, systemMessage(e, lang)));
    }
  }

  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'zh', { numeric: true }));
  const names: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const n of entries) {
    const reason = batchSkipReason(n, join(folder, n) === summaryPath);
    if (reason === null) names.push(n);
    // every file passed over is listed with the reason (an .xls is not silently ignored)
    else if (reason !== 'hidden') {
      skipped.push({ name: n, reason: t(lang, `skip_${reason}`) });
      io.err(`${t(lang, 'batchSkipped', n, t(lang, `skip_${reason}`))}\n`);
    }
  }
  if (names.length === 0) throw new CliError(t(lang, 'noWorkbooks', folder));
  const maxMiB = maxMiBFromEnv(io.env);
  const list: BatchJob[] = names.map((n) => ({
    input: join(folder, n),
    output: scoredPath(join(folder, n), outDir),
    lang,
    maxMiB,
  }));
  const jobs = Math.min(jobsFlag, list.length);
  const started = performance.now();
  io.err(`${t(lang, 'batchStart', list.length, jobs)}\n`);
  const rows = await runPool(list, jobs, (row, done) => {
    const name = row.input.slice(folder.length + 1);
    if (io.isTTY) {
      io.err(
        `\r\x1b[2K${progressBar(done, list.length)} ${row.status === 'scored' ? '' : rowLine(lang, row, done, list.length, name)}`,
      );
      if (row.status !== 'scored') io.err('\n');
    } else io.err(`${rowLine(lang, row, done, list.length, name)}\n`);
  });
  if (io.isTTY) io.err('\n');
  for (const d of findDuplicates(rows))
    io.err(
      `${t(lang, d.kind === 'unit' ? 'dupUnit' : 'dupProject', d.name, d.places.join(lang === 'zh-CN' ? '；' : '; '))}\n`,
    );
  try {
    await writeFileAtomic(summaryPath, summaryWorkbook(rows, lang, skipped));
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', summaryPath, systemMessage(e, lang)));
  }
  // a provisional score (暂定: an error left some indicator unscored) is not counted as scored
  const provisional = rows.filter((r) => r.status === 'scored' && !r.complete).length;
  const scored = rows.filter((r) => r.status === 'scored').length - provisional;
  const unscored = rows.filter((r) => r.status === 'unscored').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`${t(lang, 'batchDone', scored, unscored + provisional, failed, seconds, summaryPath)}\n`);
  // a 报告 edited by hand is kept, as `jixiao score` keeps it, and makes the run exit 1
  const edited = rows.filter((r) => r.reportEdited !== undefined);
  for (const r of edited)
    io.err(
      `${t(lang, 'batchReportEdited', r.input.slice(folder.length + 1), r.reportEdited ?? '')}\n`,
    );
  if (edited.length > 0) io.out(`${t(lang, 'batchReportEditedCount', edited.length)}\n`);
  return failed > 0 ? 2 : unscored > 0 || provisional > 0 || edited.length > 0 ? 1 : 0;
}
