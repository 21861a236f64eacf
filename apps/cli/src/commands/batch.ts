import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BatchJob, BatchRow } from '../batch-job.js';
import { runPool } from '../batch-pool.js';
import { t, type Lang } from '../i18n.js';
import {
  CliError,
  maxMiBFromEnv,
  pathKind,
  scoredPath,
  systemMessage,
  writeFileAtomic,
  type CliIO,
} from '../io.js';
import { findDuplicates, summaryWorkbook, type SkippedFile } from '../summary-workbook.js';

function progressBar(done: number, total: number, width = 28): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done)}/${String(total)}`;
}

/** Why a file of the folder is not read (null: it is read, or silently ignored when `ignore`). */
function skipReason(name: string, lang: Lang): string | null {
  if (/\.xls$/i.test(name)) return t(lang, 'skipXls');
  if (/\.et$/i.test(name)) return t(lang, 'skipEt');
  if (/\.(ods|numbers|csv)$/i.test(name)) return t(lang, 'skipOther');
  if (name.startsWith('~$')) return t(lang, 'skipTemp');
  return null;
}

/** The workbooks of a folder (.xlsx, .xlsm; not our own outputs) and the files skipped, with why. */
async function listFolder(
  folder: string,
  summaryPath: string,
  lang: Lang,
): Promise<{ names: string[]; skipped: SkippedFile[] }> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of entries) {
    const n = entry.name;
    if (!entry.isFile() || n.startsWith('.') || join(folder, n) === summaryPath) continue;
    if (/\.scored\.xls[xm]$/i.test(n)) continue;
    const reason = skipReason(n, lang);
    if (reason !== null) skipped.push({ name: n, reason });
    else if (/\.xls[xm]$/i.test(n)) names.push(n);
    else if (/\.(xltx|xltm|xlsb)$/i.test(n))
      skipped.push({ name: n, reason: t(lang, 'skipOther') });
  }
  const order = (a: string, b: string) => a.localeCompare(b, 'zh', { numeric: true });
  return {
    names: names.sort(order),
    skipped: skipped.sort((a, b) => order(a.name, b.name)),
  };
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
        row.grade ?? '—',
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
  if (outDir !== undefined && (await pathKind(outDir)) !== 'dir')
    throw new CliError(t(lang, 'notAFolder', outDir));

  const { names, skipped } = await listFolder(folder, summaryPath, lang);
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
  for (const f of skipped) io.err(`${t(lang, 'skipped', f.name, f.reason)}\n`);
  try {
    await writeFileAtomic(summaryPath, summaryWorkbook(rows, lang, skipped));
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', summaryPath, systemMessage(e)));
  }
  const scored = rows.filter((r) => r.status === 'scored').length;
  const unscored = rows.filter((r) => r.status === 'unscored').length;
  const failed = rows.filter((r) => r.status === 'failed').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`${t(lang, 'batchDone', scored, unscored, failed, seconds, summaryPath)}\n`);
  return failed > 0 ? 2 : unscored > 0 ? 1 : 0;
}
