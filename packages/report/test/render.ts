import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Maps the report's font names to the Noto CJK fonts (fonts-noto-cjk), whose glyphs are one em wide too. */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['仿宋', 'Noto Serif CJK SC'],
  ['楷体_GB2312', 'Noto Serif CJK SC'],
  ['楷体', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
]
  .map(
    ([from, to]) => `  <match target="pattern">
    <test name="family"><string>${from}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${to}</string></edit>
  </match>`,
  )
  .join('\n')}
</fontconfig>
`;

/** Finds soffice or fails with a message saying how to get it (CI installs it in .ci/run). */
export function sofficePath(): string {
  const candidates = [
    process.env.JIXIAO_SOFFICE,
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
  ];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) {
    throw new Error(
      'LibreOffice (soffice) is missing: the Word export is checked by rendering it. Install libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils (apt), or set JIXIAO_SOFFICE.',
    );
  }
  return found;
}

export interface Rendered {
  dir: string;
  pdf: string;
  /** pdftotext -layout output, one string per page */
  pages: string[];
}

/** Renders a .docx to PDF with LibreOffice headless (own profile, CJK font aliases), then to text. */
export async function renderDocx(bytes: Uint8Array, name = 'report'): Promise<Rendered> {
  const soffice = sofficePath();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-report-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const fontsConf = join(dir, 'fonts.conf');
  writeFileSync(fontsConf, FONTS_CONF);
  const env = { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir };
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { env, timeout: 120_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { dir, pdf, pages };
}

/** Writes page `page` of the PDF as a PNG to `target` (pdftoppm). */
export async function pageToPng(
  pdf: string,
  page: number,
  target: string,
  dpi = 60,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-png-'));
  await run('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    join(dir, 'page'),
  ]);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(join(dir, 'page.png'), target);
  rmSync(dir, { recursive: true, force: true });
}

/** Removes a render's working directory (the .docx, the PDF and LibreOffice's profile). */
export function removeRender(rendered: Rendered): void {
  rmSync(rendered.dir, { recursive: true, force: true });
}
