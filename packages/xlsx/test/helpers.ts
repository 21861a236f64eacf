import type { WritePlan } from '@jixiao/workbook';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** All parts of a package, uncompressed. */
export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

export function equalBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const col = (c: number): string => String.fromCharCode(65 + c);

/** The plan a scoring run writes into the fixture: 支付率, the indicator outputs and the 报告 sheet. */
export function fixturePlan(): WritePlan {
  const rates = [1, 0.967949342425718, 0.991872340425532, 1];
  return {
    cells: [
      ...rates.map((v, i) => ({
        sheet: '预算执行',
        row: i + 1,
        col: 18,
        address: `${col(18)}${String(i + 2)}`,
        value: v,
        numberFormat: '0.00%',
      })),
      { sheet: '绩效指标', row: 1, col: 13, address: 'N2', value: 0.9938, numberFormat: '0.00%' },
      { sheet: '绩效指标', row: 1, col: 14, address: 'O2', value: 9.94, numberFormat: '0.00' },
      { sheet: '绩效指标', row: 1, col: 15, address: 'P2', value: 0.06, numberFormat: '0.00' },
      { sheet: '绩效指标', row: 1, col: 6, address: 'G2', value: '99.38%' },
      { sheet: '绩效指标', row: 5, col: 14, address: 'O6', value: null },
    ],
    replaceSheets: [
      {
        sheet: '报告',
        rows: [
          ['样式', '内容'],
          ['标题', '示例局2024年度部门整体支出绩效自评报告'],
          ['正文', '得分 96.99 分 & 等级“优”'],
        ],
        columnWidths: [12, 100],
      },
    ],
  };
}
