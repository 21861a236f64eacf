/**
 * Renders the exported example report with LibreOffice (headless) and reads the PDF back with
 * poppler: lines per page, page-number placement, and the published text. One render is shared by
 * every assertion (it takes a few seconds). Without soffice this fails with a message saying what
 * to install — it is never skipped.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { evaluate } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../src/index.js';
import { exportDocx } from '../src/docx/index.js';
import type { Rendered } from './render.js';
import { pageToPng, removeRender, renderDocx } from './render.js';

const run = promisify(execFile);
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;
const sample = readFileSync(
  new URL('./fixtures/sample-report-guangzhou-2022.txt', import.meta.url),
  'utf8',
);

/** Points: 28.95 pt line pitch; type area from 37 mm to 842 − 35 mm; page width 595.3. */
const PITCH = 28.95;
const MM = 72 / 25.4;
const TYPE_BOTTOM = 841.89 - 35 * MM;
const LEFT = 28 * MM;
const RIGHT = 595.3 - 26 * MM;

interface Line {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Lines of each page from `pdftotext -bbox-layout`. */
async function bboxLines(pdf: string): Promise<Line[][]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
      })),
    );
}

/** Line slots a page's body spans, from its first to its last line (blank lines count). */
function slots(body: Line[]): number {
  if (body.length === 0) return 0;
  return Math.round((body.at(-1)!.yMax - body[0]!.yMax) / PITCH) + 1;
}

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

let rendered: Rendered;
let pages: Line[][];
const extra = '特殊字符：a < b & c > d，“引号”。';

beforeAll(async () => {
  const filled = fillTemplate(guangzhou2022Template, evaluate(guangzhou2022));
  const bytes = await exportDocx([
    ...filled.blocks,
    { kind: 'paragraph', style: '正文', text: extra },
  ]);
  rendered = await renderDocx(bytes, 'report');
  pages = await bboxLines(rendered.pdf);
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(rendered.pdf, join(ARTIFACTS, 'report.pdf'));
  await pageToPng(rendered.pdf, 1, join(ARTIFACTS, 'report-page1.png'), 80);
}, 180_000);

afterAll(() => {
  if (rendered) removeRender(rendered);
});

describe('LibreOffice render of the example report', () => {
  it('has 22 lines on every full page and never more', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, i) => {
      const body = page.filter((l) => l.yMax < TYPE_BOTTOM);
      expect(slots(body), `page ${i + 1}`).toBeLessThanOrEqual(22);
      // consecutive lines sit on the 28.95 pt grid
      for (let k = 1; k < body.length; k++) {
        const gap = body[k]!.yMax - body[k - 1]!.yMax;
        // within 3 pt of a whole number of lines (the 二号 title sits a little differently in its line)
        expect(
          Math.abs(gap - Math.round(gap / PITCH) * PITCH),
          `page ${i + 1} line ${k + 1}`,
        ).toBeLessThan(3);
      }
      const next = pages[i + 1]?.[0]?.text.replace(/\s/g, '');
      // A page is full unless it is the last, or a heading was kept with its paragraph on the next page.
      if (next !== undefined && !HEADING.test(next)) expect(slots(body), `page ${i + 1}`).toBe(22);
    });
    expect(
      pages.filter((p) => slots(p.filter((l) => l.yMax < TYPE_BOTTOM)) === 22).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('holds 28 characters on a full line', () => {
    const width = (text: string): number =>
      [...text.replace(/\s/g, '')].reduce(
        (w, c) => w + ((c.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1),
        0,
      );
    const body = pages.flat().filter((l) => l.yMax < TYPE_BOTTOM);
    const full = body.filter((l) => l.xMin < LEFT + 4 && l.xMax > RIGHT - 20);
    expect(full.length).toBeGreaterThan(40);
    const cjkOnly = full.filter((l) =>
      /^[\u3000-\u9fff\uff00-\uffef“”]+$/.test(l.text.replace(/\s/g, '')),
    );
    expect(cjkOnly.length).toBeGreaterThan(10);
    const widths = cjkOnly.map((l) => {
      // A line-end comma or stop may hang into the right margin (Chinese hanging punctuation): not counted.
      const text = l.text.replace(/\s/g, '');
      const counted =
        l.xMax > RIGHT + 2 && /[，、。；：！？”）]$/.test(text) ? text.slice(0, -1) : text;
      // Line-breaking rules (no “ at a line end, no ” at a line start) may move one character down.
      expect(width(counted), text).toBeLessThanOrEqual(28);
      expect(width(counted), text).toBeGreaterThanOrEqual(27);
      return width(counted);
    });
    expect(widths.filter((w) => w === 28).length / widths.length).toBeGreaterThan(0.75);
  });

  it('numbers pages `— N —`: right on page 1, left on page 2, one character in', () => {
    const footer = (page: number): Line => {
      const line = pages[page - 1]!.find((l) => l.yMin > TYPE_BOTTOM);
      expect(line, `page ${page} footer`).toBeDefined();
      return line!;
    };
    const one = footer(1);
    const two = footer(2);
    expect(one.text).toBe('— 1 —');
    expect(two.text).toBe('— 2 —');
    expect(one.xMax).toBeGreaterThan(RIGHT - 14 - 6);
    expect(one.xMax).toBeLessThan(RIGHT - 14 + 6);
    expect(two.xMin).toBeGreaterThan(LEFT + 14 - 6);
    expect(two.xMin).toBeLessThan(LEFT + 14 + 6);
    // the number sits about 7 mm under the type area
    expect(one.yMin - TYPE_BOTTOM).toBeGreaterThan(3 * MM);
    expect(one.yMin - TYPE_BOTTOM).toBeLessThan(12 * MM);
  });

  it('reads, word for word, as the published report', async () => {
    const { stdout } = await run('pdftotext', [rendered.pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const squash = (t: string): string => t.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
    const text = squash(stdout);
    for (const sentence of [
      '2022年共支出32,601.53万元，整体支付率为99.99%，其中项目支出支付率为100.0%。',
      '自评得分为96.99分，主要是采购合同签订时效性、合同备案时效性有待加强。',
      '等10项关键指标。',
    ]) {
      expect(text).toContain(sentence);
    }
    expect(text).toBe(squash(sample) + squash(extra));
  });

  it('keeps page 1 as a PNG artifact', () => {
    const png = readFileSync(join(ARTIFACTS, 'report-page1.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});
