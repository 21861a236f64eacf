import { mkdir, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatMoney, formatPercent } from '@jixiao/engine/format';
import { summarizeForm, type PipelineOptions, type PipelineResult } from '@jixiao/pipeline';
import { t, type Lang } from '../i18n.js';
import {
  CliError,
  batchSkipReason,
  hasExtension,
  maxMiBFromEnv,
  pathKind,
  scoredPath,
  systemMessage,
  writeFileAtomic,
  type CliIO,
} from '../io.js';
import { displayWidth, renderDetail, renderResult } from '../render.js';
import { renderForms } from '../render-forms.js';
import { readInput, scoreInput } from './load.js';
import { parseRuleOptions } from './rules.js';

/** How one workbook is scored and shown. */
interface ScoreFlags {
  json: boolean;
  inPlace: boolean;
  detail: boolean;
  rules: PipelineOptions['rules'];
}

/** One line of a department set's summary: a form (a project) or a contract workbook. */
interface SetRow {
  file: string;
  sheet: string;
  who: string;
  rate: string | null;
  score: string | null;
  grade: string | null;
  complete: boolean;
}

/** What scoring one file gives: its exit code, its JSON and its lines of the set's summary. */
interface FileOutcome {
  code: number;
  json: unknown;
  rows: SetRow[];
}

/**
 * `jixiao score <file.xlsx | folder> [-o out.xlsx | out-folder] [--json] [--in-place] [--detail]
 * [--rule 名称=值 …]`
 *
 * A file is scored with the one run of every front end: a contract workbook (the default) or a
 * workbook of official forms (each form scored in place). A folder is read as a department's set
 * (one form, or one contract workbook, per file): each file is scored as a file would be — written
 * next to it as `<name>.scored.xlsx`, into the `-o` folder, or in place — and a per-project summary
 * follows.
 */
export async function scoreCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      'in-place': { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      detail: { type: 'boolean' },
    },
  });
  const rules = parseRuleOptions(values.rule ?? [], lang);
  if (positionals.length !== 1)
    throw new CliError(t(lang, 'badArgs', t(lang, 'needFile'), 'score'));
  const input = resolve(io.cwd, positionals[0]!);
  const inPlace = values['in-place'] === true;
  if (inPlace && values.output !== undefined) throw new CliError(t(lang, 'inPlaceAndOutput'));
  const flags: ScoreFlags = {
    json: values.json === true,
    inPlace,
    detail: values.detail === true,
    rules,
  };
  if ((await pathKind(input)) === 'dir') {
    const outDir = values.output === undefined ? undefined : resolve(io.cwd, values.output);
    return scoreFolder(input, outDir, flags, io, lang);
  }
  const output = inPlace
    ? input
    : values.output !== undefined
      ? resolve(io.cwd, values.output)
      : scoredPath(input);
  await checkOutput(input, output, inPlace, lang);
  return (await scoreFile(input, output, flags, io, lang, true)).code;
}

/** The checks of an output path made before any work (exit 2). */
async function checkOutput(
  input: string,
  output: string,
  inPlace: boolean,
  lang: Lang,
): Promise<void> {
  if (!inPlace && output === input) throw new CliError(t(lang, 'sameAsInput', input));
  if (!inPlace && !hasExtension(output, '.xlsx') && !hasExtension(output, '.xlsm'))
    throw new CliError(t(lang, 'badExtension', output, '.xlsx', t(lang, 'scoreWritesXlsx')));
  if (!inPlace && (await pathKind(output)) === 'dir')
    throw new CliError(t(lang, 'isAFolder', output));
}

/**
 * Scores one file and writes its output; prints the human text, or with `--json` the JSON when
 * `printJson` (a folder prints its files' JSON together). The scores are printed before the write:
 * a file that cannot be written does not lose them.
 */
async function scoreFile(
  input: string,
  output: string,
  flags: ScoreFlags,
  io: CliIO,
  lang: Lang,
  printJson = false,
): Promise<FileOutcome> {
  const json = (value: unknown): void => {
    if (flags.json && printJson) io.out(`${JSON.stringify(value, null, 2)}\n`);
  };
  const bytes = await readInput(input, lang);
  const {
    result,
    output: scored,
    written,
  } = await scoreInput(
    input,
    bytes,
    lang,
    maxMiBFromEnv(io.env),
    flags.rules === undefined ? {} : { rules: flags.rules },
  );
  const file = basename(input);
  if (result.forms !== null) {
    const forms = result.forms;
    const summary = { forms: forms.forms.map((f) => summarizeForm(f, lang)) };
    json(summary);
    if (!flags.json) io.out(renderForms(forms, lang));
    await write(output, scored, bytes, flags.inPlace, lang);
    if (!flags.json) io.out(`\n${t(lang, 'wroteCells', output, written, '')}\n`);
    return {
      code: forms.forms.every((f) => f.complete) ? 0 : 1,
      json: summary,
      rows: forms.forms.map((f) => ({
        file,
        sheet: f.sheet,
        who: f.identity.project ?? f.identity.unit ?? f.identity.department ?? '',
        rate: f.executionRate,
        score: f.total?.score ?? null,
        grade: f.grade,
        complete: f.complete,
      })),
    };
  }
  const rows = [contractRow(file, result)];
  json(result.summary);
  if (result.evaluation === null) {
    if (!flags.json) io.err(renderResult(result, lang));
    return { code: 1, json: result.summary, rows };
  }
  if (!flags.json) {
    io.out(renderResult(result, lang));
    if (flags.detail) io.out(`\n${renderDetail(result, lang)}`);
  }
  await write(output, scored, bytes, flags.inPlace, lang);
  if (!flags.json) {
    const report = result.plan.replaceSheets.length > 0 ? t(lang, 'withReport') : '';
    io.out(`\n${t(lang, 'wroteCells', output, written, report)}\n`);
  }
  // what could be scored is written; an error still makes the run exit 1 (provisional)
  return { code: result.summary.complete ? 0 : 1, json: result.summary, rows };
}

/** Writes the scored package (in place and unchanged: the file is left alone). */
async function write(
  output: string,
  scored: Uint8Array,
  original: Uint8Array,
  inPlace: boolean,
  lang: Lang,
): Promise<void> {
  if (inPlace && scored === original) return;
  try {
    await writeFileAtomic(output, scored);
  } catch (e) {
    throw new CliError(t(lang, 'cannotWrite', output, systemMessage(e, lang)));
  }
}

function contractRow(file: string, result: PipelineResult): SetRow {
  const e = result.evaluation;
  return {
    file,
    sheet: '—',
    who: e?.info.department ?? result.summary.department,
    rate: e?.budget.rates.overall ?? null,
    score: e?.total.score ?? null,
    grade: result.summary.complete ? (e?.total.grade ?? null) : null,
    complete: result.summary.complete,
  };
}

/**
 * A folder as a department's set: every .xlsx/.xlsm file in it (not its subfolders; lock files,
 * hidden files and this tool's `.scored` outputs are passed over, old formats listed as skipped) is
 * scored as `score <file>` would score it; a file that cannot be read is reported and the rest are
 * still scored. Exit 0 when every project is scored completely, 1 when any is provisional or a file
 * could not be read.
 */
async function scoreFolder(
  folder: string,
  outDir: string | undefined,
  flags: ScoreFlags,
  io: CliIO,
  lang: Lang,
): Promise<number> {
  if (outDir !== undefined) {
    const kind = await pathKind(outDir);
    if (kind !== null && kind !== 'dir') throw new CliError(t(lang, 'outDirIsFile', outDir));
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
  for (const n of entries) {
    const reason = batchSkipReason(n, false);
    if (reason === null) names.push(n);
    else if (reason !== 'hidden' && reason !== 'output' && reason !== 'lockFile')
      io.err(`${t(lang, 'batchSkipped', n, t(lang, `skip_${reason}`))}\n`);
  }
  if (names.length === 0) throw new CliError(t(lang, 'noWorkbooks', folder));
  let code = 0;
  const rows: SetRow[] = [];
  const json: { file: string; output: string | null; result?: unknown; error?: string }[] = [];
  for (const name of names) {
    const input = join(folder, name);
    const output = flags.inPlace ? input : scoredPath(input, outDir);
    if (!flags.json) io.out(`${t(lang, 'setFile', name)}\n\n`);
    try {
      const outcome = await scoreFile(input, output, flags, io, lang);
      code = Math.max(code, outcome.code);
      rows.push(...outcome.rows);
      json.push({ file: name, output, result: outcome.json });
    } catch (e) {
      // one unreadable or unwritable file does not stop the set: it is named, the rest are scored
      if (!(e instanceof CliError)) throw e;
      code = Math.max(code, 1);
      io.err(`${e.message}\n`);
      json.push({ file: name, output: null, error: e.message });
    }
    if (!flags.json) io.out('\n');
  }
  if (flags.json) io.out(`${JSON.stringify({ files: json }, null, 2)}\n`);
  else io.out(renderSet(rows, names.length, lang));
  return code;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The per-project summary of a department's set: one line per form (or contract workbook). */
function renderSet(rows: readonly SetRow[], files: number, lang: Lang): string {
  const header = t(lang, 'setHeader').split('|');
  const table = rows.map((r) => [
    r.file,
    r.sheet,
    r.who,
    formatPercent(r.rate),
    r.score === null ? '—' : formatMoney(r.score),
    r.complete ? (r.grade ?? '') : t(lang, 'provisionalShort'),
  ]);
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...table.map((r) => displayWidth(r[i] ?? ''))),
  );
  const colon = lang === 'zh-CN' ? '：' : ':';
  const lines = [`${t(lang, 'setSummary', files, rows.length)}${colon}`];
  for (const r of [header, ...table])
    lines.push(`  ${r.map((c, i) => pad(c, widths[i] ?? 0)).join('  ')}`.trimEnd());
  const provisional = rows.filter((r) => !r.complete).length;
  if (provisional > 0) lines.push('', t(lang, 'setProvisional', provisional));
  return `${lines.join('\n')}\n`;
}
