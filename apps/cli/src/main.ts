/**
 * `jixiao`: score .xlsx workbooks and write the report from the command line.
 * `run(argv)` returns the exit code: 0 done, 1 data or template errors, 2 usage or file errors.
 */
import { createRequire } from 'node:module';
import { detectLang, helpText, t, type CommandName, type Lang } from './i18n.js';
import { CliError, processIO, type CliIO } from './io.js';

type Command = (args: string[], io: CliIO, lang: Lang) => Promise<number>;

/** Commands load on demand: `--help` and the batch coordinator never load the scoring pipeline. */
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  init: async () => (await import('./commands/init.js')).initCommand,
  score: async () => (await import('./commands/score.js')).scoreCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
  batch: async () => (await import('./commands/batch.js')).batchCommand,
  forms: async () => (await import('./commands/forms.js')).formsCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
};

/** Set by the bundle (scripts/bundle.mjs); absent when run from dist/ or the sources. */
declare const JIXIAO_VERSION: string | undefined;

function version(): string {
  if (typeof JIXIAO_VERSION === 'string') return JIXIAO_VERSION;
  const pkg = createRequire(import.meta.url)('../package.json') as { version: string };
  return pkg.version;
}

/** Split out the options every command accepts: --lang, --help. */
function globalOptions(argv: readonly string[]): {
  rest: string[];
  lang: string | undefined;
  help: boolean;
  version: boolean;
} {
  const rest: string[] = [];
  let lang: string | undefined;
  let help = false;
  let ver = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '-h' || a === '--help') help = true;
    else if (a === '-v' || a === '--version') ver = true;
    else if (a === '--lang') lang = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    else rest.push(a);
  }
  return { rest, lang, help, version: ver };
}

/**
 * node:util parseArgs's English message, in the user's language: the option or argument it names
 * is quoted in the message (`Unknown option '--foo'`, `Option '-o, --output <value>' argument missing`).
 */
export function parseArgsMessage(lang: Lang, code: string, message: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t(lang, 'unknownOption', quoted);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return t(lang, 'missingValue', quoted.replace(/ <value>$/, ''));
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t(lang, 'extraArgument', quoted);
    default:
      return message;
  }
}

/** Run the command line with these arguments; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const g = globalOptions(argv);
  const lang = detectLang(g.lang, io.env);
  if (lang === undefined) {
    io.err(`${t('zh-CN', 'badLang')} / ${t('en-US', 'badLang')}\n`);
    return 2;
  }
  const [command, ...args] = g.rest;
  if (g.version && command === undefined) {
    io.out(`${version()}\n`);
    return 0;
  }
  if (command === undefined) {
    (g.help ? io.out : io.err)(`${helpText(lang)}\n`);
    return g.help ? 0 : 2;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    io.err(`${t(lang, 'unknownCommand', command)}\n`);
    return 2;
  }
  const name = command as CommandName;
  if (g.help) {
    io.out(`${helpText(lang, name)}\n`);
    return 0;
  }
  try {
    const command = await COMMANDS[name]();
    return await command(args, io, lang);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.exitCode;
    }
    // parseArgs: unknown option, missing value
    if (
      e instanceof TypeError &&
      'code' in e &&
      typeof e.code === 'string' &&
      e.code.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${t(lang, 'badArgs', parseArgsMessage(lang, e.code, e.message), name)}\n`);
      return 2;
    }
    io.err(`${t(lang, 'unexpected', e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return 2;
  }
}
