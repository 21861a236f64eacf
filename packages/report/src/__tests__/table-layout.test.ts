import { evaluate } from '@jixiao/engine';
import { guangzhou2022 } from '@jixiao/example';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakCell, layoutTable, unbreakablePieces } from '../docx/table-layout.js';
import { TABLE_TERMS } from '../docx/table-terms.js';
import { textWidth } from '../docx/measure.js';
import { titleLines, TITLE_CAPACITY } from '../docx/title-lines.js';
import { buildTable } from '../tables.js';
import type { TableBlock } from '../types.js';

const ev = evaluate(guangzhou2022);

/** ems a column of `twips` holds at `size` half-points, after the cell margins. */
const ems = (twips: number, size: number): number => (twips - 114) / (size * 10);

describe('unbreakablePieces', () => {
  it('keeps numbers with their comparator and percent sign, and the standard terms, whole', () => {
    expect(unbreakablePieces('≥95%')).toEqual(['≥95%']);
    expect(unbreakablePieces('32,601.53')).toEqual(['32,601.53']);
    expect(unbreakablePieces('社会效益指标')).toEqual(['社会效益指标']);
    expect(unbreakablePieces('服务对象满意度指标')).toEqual(['服务对象', '满意度指标']);
    expect(unbreakablePieces('办公用房、公务用车（含维护）')).toEqual([
      ...'办公用房、'.split('').slice(0, 3),
      '房、',
      '公',
      '务',
      '用',
      '车',
      '（含',
      '维',
      '护）',
    ]);
    expect(unbreakablePieces('年度指标值')).toEqual(['年度', '指标值']);
    expect(unbreakablePieces('业务培训人次')).toEqual(['业', '务', '培', '训', '人', '次']);
  });
});

describe('breakCell', () => {
  it("fills lines with whole pieces and keeps the cell's own breaks", () => {
    expect(breakCell('服务对象满意度指标', 6)).toBe('服务对象\n满意度指标');
    expect(breakCell('服务对象满意度指标', 9)).toBe('服务对象满意度指标');
    expect(breakCell('部分采购项目需求论证', 4)).toBe('部分采购\n项目需求\n论证');
    expect(breakCell('金额12,345.67万元', 8)).toBe('金额\n12,345.67万元');
    expect(breakCell('甲\n乙', 6)).toBe('甲\n乙');
  });
});

describe('layoutTable: columns sized to their content', () => {
  const tables: TableBlock[] = [
    buildTable('指标得分表', ev, 'zh-CN', { input: guangzhou2022 }),
    buildTable('指标得分表', ev, 'zh-CN', { scoreTable: 'brief' }),
    buildTable('预算执行表', ev),
    buildTable('一级指标汇总表', ev),
  ];
  it('adds up to the type area and holds every number and standard term on one line', () => {
    for (const table of tables) {
      const { size, widths } = layoutTable(table);
      expect(
        widths.reduce((a, b) => a + b, 0),
        table.name,
      ).toBe(8845);
      for (const row of [table.header, ...table.rows]) {
        row.forEach((cell, c) => {
          for (const piece of unbreakablePieces(cell))
            expect(textWidth(piece), `${table.name} ${cell}`).toBeLessThanOrEqual(
              ems(widths[c]!, size),
            );
        });
      }
    }
  });
  it('uses 小四 for the short tables and 小五 for the eight-column 指标得分表', () => {
    expect(tables.map((t) => layoutTable(t).size)).toEqual([18, 24, 24, 24]);
  });
  it('gives the wrapping columns (三级指标, 偏差原因) the room and centres the one-line columns', () => {
    const { widths, align } = layoutTable(tables[0]!);
    // 二级指标 wraps only between the words of 服务对象|满意度指标
    expect(align).toEqual([
      'center',
      'left',
      'left',
      'center',
      'center',
      'center',
      'center',
      'left',
    ]);
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[7]).toBeGreaterThan(widths[5]!);
  });
  it('never lets a column be narrower than its longest piece, for any table that can fit (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom(...TABLE_TERMS.map((t) => t.replace('|', ''))),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n.toLocaleString('en-US')}.00`),
      fc.string({ unit: fc.constantFrom('办', '公', '文', '件', '、', '率'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
            minLength: 1,
            maxLength: 5,
          }),
        ),
        (rows) => {
          const table: TableBlock = { kind: 'table', name: '表', header: [], rows };
          const { size, widths, lineEms } = layoutTable(table);
          expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
          // a table whose pieces cannot fit even in 小五 is shrunk in proportion: not this property
          const need = widths.map((_, c) =>
            Math.max(0, ...rows.flatMap((r) => unbreakablePieces(r[c] ?? '').map(textWidth))),
          );
          fc.pre(need.reduce((a, b) => a + b + 0.2 + 114 / 180, 0) * 180 <= 8845);
          rows.forEach((row) =>
            row.forEach((text, c) => {
              for (const line of breakCell(text, lineEms[c]!).split('\n'))
                expect(textWidth(line)).toBeLessThanOrEqual(lineEms[c]! + 1e-9);
            }),
          );
          rows.forEach((row) =>
            row.forEach((text, c) => {
              for (const piece of unbreakablePieces(text))
                expect(textWidth(piece)).toBeLessThanOrEqual(ems(widths[c]!, size) + 1e-9);
            }),
          );
        },
      ),
    );
  });
});

describe('titleLines: balanced title lines (GB/T 9704-2012 7.3.3)', () => {
  it('a line holds 20 二号 characters', () => {
    expect(TITLE_CAPACITY).toBe(20);
  });
  it('keeps a short title whole and breaks a longer one before 部门整体支出绩效自评报告', () => {
    expect(titleLines('测试局2023年度部门整体支出绩效自评报告')).toEqual([
      '测试局2023年度部门整体支出绩效自评报告',
    ]);
    expect(titleLines('广州市人民政府办公厅2022年度部门整体支出绩效自评报告')).toEqual([
      '广州市人民政府办公厅2022年度',
      '部门整体支出绩效自评报告',
    ]);
  });
  it('breaks a long department name at its words, evenly, never inside the year', () => {
    expect(
      titleLines(
        '广东省广州市天河区人民政府办公室机关事务管理服务中心2022年度部门整体支出绩效自评报告',
      ),
    ).toEqual([
      '广东省广州市天河区人民政府办公室',
      '机关事务管理服务中心2022年度',
      '部门整体支出绩效自评报告',
    ]);
  });
  it('never exceeds a line, never loses a character, never splits a number (property)', () => {
    const name = fc.string({
      unit: fc.constantFrom('市', '区', '局', '办', '公', '室', '中', '心', '务', '管', '理'),
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(name, fc.integer({ min: 2000, max: 2099 }), (dept, year) => {
        const title = `${dept}${year}年度部门整体支出绩效自评报告`;
        const lines = titleLines(title);
        expect(lines.join('')).toBe(title);
        for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
        expect(lines.some((l) => l.includes(String(year)))).toBe(true);
        expect(lines.at(-1)).toMatch(/部门整体支出绩效自评报告$/);
      }),
    );
  });
});
