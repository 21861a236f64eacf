/**
 * Renders the default template's report — its three tables included — for the example department
 * and for a department with a long name, through LibreOffice, and reads the PDF back: the title
 * lines are the balanced ones, and no cell breaks a line anywhere but where the export broke it
 * (so never inside a number or a standard term). Keeps PNGs of the pages in test-artifacts/ to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { evaluate, type EvaluationInput } from '@jixiao/engine';
import { guangzhou2022 } from '@jixiao/example';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  breakCell,
  exportDocx,
  layoutTable,
  titleLines,
  unbreakablePieces,
} from '../src/docx/index.js';
import { defaultTemplate, fillTemplate, type ReportBlock, type TableBlock } from '../src/index.js';
import type { Rendered } from './render.js';
import { pageToPng, removeRender, renderDocx } from './render.js';

const run = promisify(execFile);
const ARTIFACTS = new URL('../test-artifacts/', import.meta.url).pathname;
const LONG_NAME = '广东省广州市天河区人民政府办公室机关事务管理服务中心';

interface Case {
  name: string;
  blocks: ReportBlock[];
  rendered?: Rendered;
  /** the PDF's lines, spaces removed, page by page */
  lines: string[][];
}

function report(input: EvaluationInput): ReportBlock[] {
  return fillTemplate(defaultTemplate, evaluate(input), { input }).blocks;
}

const cases: Case[] = [
  { name: 'example', blocks: report(guangzhou2022), lines: [] },
  {
    name: 'long-name',
    blocks: report({ ...guangzhou2022, info: { ...guangzhou2022.info, department: LONG_NAME } }),
    lines: [],
  },
];

const squash = (s: string): string => s.replace(/\s+/g, '');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const c of cases) {
    c.rendered = await renderDocx(await exportDocx(c.blocks), c.name);
    const { stdout } = await run('pdftotext', ['-bbox-layout', c.rendered.pdf, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    c.lines = stdout
      .split('<page ')
      .slice(1)
      .map((page) =>
        [...page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((m) =>
          [...m[1]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
        ),
      );
    for (let page = 1; page <= c.lines.length; page++)
      await pageToPng(c.rendered.pdf, page, join(ARTIFACTS, `${c.name}-page${page}.png`), 80);
  }
}, 300_000);

afterAll(() => {
  for (const c of cases) if (c.rendered) removeRender(c.rendered);
});

describe.each(cases)('LibreOffice render of the default report: $name', (c) => {
  it('prints the title in the balanced lines, the last one 部门整体支出绩效自评报告', () => {
    const title = c.blocks.find((b) => b.kind === 'paragraph' && b.style === '标题');
    const expected = titleLines(title?.kind === 'paragraph' ? title.text : '');
    expect(expected.at(-1)).toBe('部门整体支出绩效自评报告');
    expect(expected.length).toBe(c.name === 'example' ? 2 : 3);
    const page1 = c.lines[0]!.map(squash);
    // 附件2, then the title lines one after another
    expect(page1.slice(1, 1 + expected.length)).toEqual(expected);
  });

  it('breaks no table cell except where the export broke it: numbers and terms stay whole', () => {
    const pdf = c.lines.flat().map(squash);
    const tables = c.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.name)).toEqual(['预算执行表', '一级指标汇总表', '指标得分表']);
    let checked = 0;
    for (const table of tables) {
      const { lineEms } = layoutTable(table);
      for (const row of [table.header, ...table.rows]) {
        row.forEach((cell, col) => {
          for (const line of breakCell(cell, lineEms[col]!).split('\n')) {
            const want = squash(line);
            if (want === '') continue;
            // the whole line the export made is on one line of the PDF
            expect(
              pdf.some((l) => l.includes(want)),
              `${table.name}: "${line}"`,
            ).toBe(true);
            for (const piece of unbreakablePieces(line)) expect(line).toContain(piece);
            checked++;
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(150);
    // the reviewer's examples
    for (const whole of [
      '社会效益指标',
      '全年预算数',
      '32,601.53',
      '100.00',
      '96.99%',
      '表1预算执行情况',
    ])
      expect(
        pdf.some((l) => l.includes(whole)),
        whole,
      ).toBe(true);
    expect(pdf).toContain('单位：万元');
  });
});
