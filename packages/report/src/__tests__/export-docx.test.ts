import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { evaluate } from '@jixiao/engine';
import { guangzhou2022, guangzhou2022Template } from '@jixiao/example';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../default-template.js';
import { exportDocx } from '../docx/export-docx.js';
import { fillTemplate } from '../fill-template.js';
import type { ParagraphBlock, ReportBlock } from '../types.js';
import { attr, element, elements, paragraphs, style, unzipDocx } from './docx-xml.js';

const blocks: ReportBlock[] = [
  { kind: 'paragraph', style: '附件标识', text: '附件2' },
  { kind: 'paragraph', style: '标题', text: '测试局2023年度部门整体支出绩效自评报告' },
  { kind: 'paragraph', style: '一级标题', text: '一、基本情况' },
  { kind: 'paragraph', style: '二级标题', text: '（一）部门概况' },
  { kind: 'paragraph', style: '三级标题', text: '1.重点抓年中监控' },
  { kind: 'paragraph', style: '正文', text: '2023年共支出1,234.50万元。' },
  {
    kind: 'table',
    name: '一级指标汇总表',
    header: ['一级指标', '分值', '得分', '得分率'],
    rows: [['产出指标', '40.00', '40.00', '100.00%']],
    widths: [4, 2, 2, 2],
  },
];

const parts = unzipDocx(await exportDocx(blocks));
const windows = unzipDocx(await exportDocx(blocks, { fonts: 'windows' }));

function fonts(xml: string): string | undefined {
  return attr(xml, 'w:rFonts', 'w:eastAsia');
}

describe('exportDocx: page (GB/T 9704-2012)', () => {
  it('is A4 with margins 37/28/35/26 mm', () => {
    const sect = element(parts.document, 'w:sectPr');
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe('16838');
    expect(
      ['top', 'left', 'bottom', 'right'].map((side) => attr(sect, 'w:pgMar', `w:${side}`)),
    ).toEqual(['2098', '1587', '1984', '1474']);
  });
  it('sets exact 28.95 pt lines, no space before/after and widow control off, for every paragraph', () => {
    const defaults = element(parts.styles, 'w:docDefaults');
    expect(attr(defaults, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(defaults, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attr(defaults, 'w:spacing', 'w:before')).toBe('0');
    expect(attr(defaults, 'w:spacing', 'w:after')).toBe('0');
    expect(attr(defaults, 'w:widowControl', 'w:val')).toBe('0');
    expect(attr(defaults, 'w:overflowPunct', 'w:val')).toBe('0');
    const used = new Set(paragraphs(parts.document).map((p) => p.style));
    expect([...used].sort()).toEqual([
      'Attachment',
      'Heading1',
      'Heading2',
      'Heading3',
      'Normal',
      'TableCaption',
      'TableHeader',
      'TableText',
      'Title',
    ]);
    for (const id of used) {
      const s = style(parts.styles, id!);
      expect(attr(s, 'w:spacing', 'w:line'), id).toBe('579');
      expect(attr(s, 'w:spacing', 'w:lineRule'), id).toBe('exact');
      expect(attr(s, 'w:spacing', 'w:before'), id).toBe('0');
      expect(attr(s, 'w:spacing', 'w:after'), id).toBe('0');
    }
    expect(attr(style(parts.styles, 'Normal'), 'w:widowControl', 'w:val')).toBe('false');
    // no paragraph outside the tables overrides the spacing its style gives; table text has exact
    // lines at 1.35 × its size (小四 324 twips)
    for (const p of paragraphs(parts.document)) {
      if (p.style === 'TableText' || p.style === 'TableHeader') {
        expect(attr(p.xml, 'w:spacing', 'w:line')).toBe('324');
        expect(attr(p.xml, 'w:spacing', 'w:lineRule')).toBe('exact');
      } else expect(p.xml).not.toContain('<w:spacing');
    }
  });
});

describe('exportDocx: paragraph styles', () => {
  it('body: 仿宋_GB2312 三号, condensed to 28 characters a line, first line indented 2 characters, justified, black', () => {
    const s = style(parts.styles, 'Normal');
    expect(fonts(s)).toBe('仿宋_GB2312');
    expect(attr(s, 'w:sz', 'w:val')).toBe('32');
    // condensed so that exactly 28 characters fit the 8845-twip line: 28·(320+c) ≤ 8845 < 29·(320+c), c in twips
    const condense = Number(attr(element(s, 'w:rPr'), 'w:spacing', 'w:val'));
    expect(condense).toBeLessThanOrEqual(-5);
    expect(Math.floor(8845 / (320 + condense))).toBe(28);
    expect(attr(s, 'w:ind', 'w:firstLine')).toBe('640');
    expect(attr(s, 'w:jc', 'w:val')).toBe('both');
    expect(attr(s, 'w:color', 'w:val')).toBe('000000');
    expect(attr(s, 'w:b', 'w:val')).toBe('false');
  });
  it('附件 label: 黑体 三号, flush left; title: 方正小标宋简体 二号, centred, not bold, on line 3', () => {
    const label = style(parts.styles, 'Attachment');
    expect(fonts(label)).toBe('黑体');
    expect(attr(label, 'w:sz', 'w:val')).toBe('32');
    expect(attr(label, 'w:ind', 'w:firstLine')).toBe('0');
    expect(attr(label, 'w:jc', 'w:val')).toBe('left');
    const title = style(parts.styles, 'Title');
    expect(fonts(title)).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(attr(title, 'w:b', 'w:val')).toBe('false');
    expect(attr(title, 'w:color', 'w:val')).toBe('000000');
    const ps = paragraphs(parts.document);
    expect(ps.slice(0, 5).map((p) => [p.style, p.text])).toEqual([
      ['Attachment', '附件2'],
      ['Normal', ''],
      ['Title', '测试局2023年度部门整体支出绩效自评报告'],
      ['Normal', ''],
      ['Heading1', '一、基本情况'],
    ]);
  });
  it('headings are Word heading styles: 黑体 / 楷体_GB2312 / 仿宋_GB2312 三号, outline levels, keep with next', () => {
    const expected = [
      ['Heading1', 'heading 1', '黑体', '0'],
      ['Heading2', 'heading 2', '楷体_GB2312', '1'],
      ['Heading3', 'heading 3', '仿宋_GB2312', '2'],
    ];
    for (const [id, name, font, level] of expected) {
      const s = style(parts.styles, id!);
      expect(attr(s, 'w:name', 'w:val')).toBe(name);
      expect(fonts(s)).toBe(font);
      expect(attr(s, 'w:sz', 'w:val')).toBe('32');
      expect(attr(s, 'w:outlineLvl', 'w:val')).toBe(level);
      expect(s).toContain('<w:keepNext/>');
      expect(attr(s, 'w:b', 'w:val')).toBe('false');
      expect(attr(s, 'w:color', 'w:val')).toBe('000000');
    }
  });
});

describe('exportDocx: tables', () => {
  it('仿宋 小四 cells, a 黑体 header row repeated on every page, within the 8845-twip type area', () => {
    const tbl = element(parts.document, 'w:tbl');
    expect(Number(attr(tbl, 'w:tblW', 'w:w'))).toBeLessThanOrEqual(8845);
    const grid = elements(tbl, 'w:gridCol').map((g) => Number(attr(g, 'w:gridCol', 'w:w')));
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845);
    expect(grid[0]).toBeGreaterThan(grid[1]!);
    const rows = elements(tbl, 'w:tr');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(attr(rows[0]!, 'w:pStyle', 'w:val')).toBe('TableHeader');
    expect(attr(rows[1]!, 'w:pStyle', 'w:val')).toBe('TableText');
    const text = style(parts.styles, 'TableText');
    expect(fonts(text)).toBe('仿宋_GB2312');
    expect(attr(text, 'w:sz', 'w:val')).toBe('24');
    expect(attr(rows[1]!, 'w:sz', 'w:val')).toBe('24');
    const head = style(parts.styles, 'TableHeader');
    expect(fonts(head)).toBe('黑体');
    expect(attr(head, 'w:sz', 'w:val')).toBe('24');
    for (const b of ['top', 'bottom', 'insideH', 'insideV'])
      expect(attr(tbl, `w:${b}`, 'w:color')).toBe('000000');
  });

  it('writes no header row for a table without one (a 报告 sheet whose 表头 row was deleted)', async () => {
    const doc = unzipDocx(
      await exportDocx([{ kind: 'table', name: '表', header: [], rows: [['1', '2']] }]),
    );
    const rows = elements(element(doc.document, 'w:tbl'), 'w:tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toContain('<w:tblHeader/>');
    expect(elements(element(doc.document, 'w:tbl'), 'w:gridCol')).toHaveLength(2);
  });
});

describe('exportDocx: page numbers', () => {
  it('odd and even footers `— PAGE —` in 宋体 四号, right and left one character in', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    const refs = elements(parts.document, 'w:footerReference');
    const target = (type: string): string => {
      const id = attr(
        refs.find((r) => r.includes(`w:type="${type}"`)) ?? '',
        'w:footerReference',
        'r:id',
      );
      const rel = elements(parts.rels, 'Relationship').find((r) => r.includes(`Id="${id}"`)) ?? '';
      return attr(rel, 'Relationship', 'Target') ?? '';
    };
    const odd = parts.footers[target('default')]!;
    const even = parts.footers[target('even')]!;
    for (const [footer, side, jc] of [
      [odd, 'right', 'right'],
      [even, 'left', 'left'],
    ] as const) {
      expect(footer).toMatch(
        /<w:t[^>]*>— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t[^>]*> —<\/w:t>/,
      );
      expect(attr(footer, 'w:jc', 'w:val')).toBe(jc);
      expect(attr(footer, 'w:ind', `w:${side}`)).toBe('280');
      expect(attr(footer, 'w:pStyle', 'w:val')).toBe('Footer');
    }
    const s = style(parts.styles, 'Footer');
    expect(fonts(s)).toBe('宋体');
    expect(attr(s, 'w:sz', 'w:val')).toBe('28');
    expect(attr(s, 'w:color', 'w:val')).toBe('000000');
  });
});

describe('exportDocx: fonts and text', () => {
  it('the windows profile writes 仿宋 / 楷体 / 黑体', () => {
    expect(fonts(style(windows.styles, 'Normal'))).toBe('仿宋');
    expect(fonts(style(windows.styles, 'Heading2'))).toBe('楷体');
    expect(fonts(style(windows.styles, 'Heading1'))).toBe('黑体');
    expect(fonts(style(windows.styles, 'TableText'))).toBe('仿宋');
    expect(windows.styles).not.toContain('_GB2312');
  });
  it('keeps Word-special characters, emoji and very long words intact', async () => {
    const nasty = [
      'a < b && c > d',
      '"引号" \'单引号\' ]]> <w:t>',
      '表情😀👍🏽🇨🇳',
      'x'.repeat(5000),
      '\u00a0前后空格\u3000',
    ];
    const doc = unzipDocx(
      await exportDocx([
        ...nasty.map((text): ParagraphBlock => ({ kind: 'paragraph', style: '正文', text })),
        { kind: 'table', name: '<表>', header: ['&'], rows: [['<td>']] },
      ]),
    );
    const texts = paragraphs(doc.document).map((p) => p.text);
    expect(texts.slice(0, nasty.length)).toEqual(nasty);
    // a table is followed by a paragraph, as Word requires at the end of the body
    expect(texts.slice(nasty.length)).toEqual(['表1　<表>', '&', '<td>', '']);
  });
  it('writes tabs and line breaks as Word elements and drops only characters XML cannot hold', async () => {
    const doc = unzipDocx(
      await exportDocx([{ kind: 'paragraph', style: '正文', text: '甲\t乙\n丙\u0007丁' }]),
    );
    const p = paragraphs(doc.document).find((x) => x.text.startsWith('甲'))!;
    expect(p.text).toBe('甲乙丙丁');
    expect(p.xml).toMatch(/甲<\/w:t><w:tab\/><w:t[^>]*>乙<\/w:t><w:br\/><w:t[^>]*>丙丁</);
  });
  it('fills and exports the example report in under a second, as bytes in Node and the browser alike', async () => {
    const evaluation = evaluate(guangzhou2022);
    const start = performance.now();
    const bytes = await exportDocx(fillTemplate(guangzhou2022Template, evaluation).blocks);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});

describe('exportDocx: one code path for Node and the browser', () => {
  it('uses no Node module outside tests (docx and fflate both run in browsers)', () => {
    const dir = new URL('../', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.includes('__tests__') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files)
      expect(readFileSync(new URL(f, dir), 'utf8'), f).not.toMatch(
        /from '(node:|fs|path|os|buffer)/,
      );
  });
});

describe('exportDocx: captions, titles and properties', () => {
  const ev = evaluate(guangzhou2022);
  const filled = fillTemplate(defaultTemplate, ev, { input: guangzhou2022 });
  it('numbers tables 表1, 表2 … with their captions, and puts 单位：万元 over the budget table', async () => {
    const doc = unzipDocx(await exportDocx(filled.blocks));
    const ps = paragraphs(doc.document);
    const captions = ps.filter((p) => p.style === 'TableCaption').map((p) => p.text);
    expect(captions).toEqual([
      '表1　预算执行情况',
      '表2　一级指标得分汇总',
      '表3　绩效指标自评得分情况',
    ]);
    const at = ps.findIndex((p) => p.text === '表1　预算执行情况');
    expect(ps[at + 1]).toMatchObject({ text: '单位：万元' });
    expect(attr(ps[at + 1]!.xml, 'w:jc', 'w:val')).toBe('right');
    expect(ps[at + 1]!.xml).toContain('<w:keepNext/>');
    expect(style(doc.styles, 'TableCaption')).toContain('<w:keepNext/>');
  });
  it('breaks a long title into balanced lines, one Title paragraph each', async () => {
    const doc = unzipDocx(await exportDocx(filled.blocks));
    const titles = paragraphs(doc.document).filter((p) => p.style === 'Title');
    expect(titles.map((p) => p.text)).toEqual([
      '广州市人民政府办公厅2022年度',
      '部门整体支出绩效自评报告',
    ]);
  });
  it('writes the whole title and the department as author and last editor', async () => {
    const files = unzipSync(
      await exportDocx(fillTemplate(guangzhou2022Template, ev).blocks, {
        creator: '广州市人民政府办公厅',
      }),
    );
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain(
      '<dc:title>广州市人民政府办公厅2022年度部门整体支出绩效自评报告</dc:title>',
    );
    expect(core).toContain('<dc:creator>广州市人民政府办公厅</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>广州市人民政府办公厅</cp:lastModifiedBy>');
    const anonymous = strFromU8(unzipSync(await exportDocx(blocks))['docProps/core.xml']!);
    expect(anonymous).not.toMatch(/Un-named|jixiao/);
  });
  it('the gb2312 profile is the standard one', async () => {
    const gb = unzipDocx(await exportDocx(blocks, { fonts: 'gb2312' }));
    expect(gb.styles).toBe(parts.styles);
  });
});
