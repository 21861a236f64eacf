/**
 * Excel tables (`xl/tables/tableN.xml`, listed in a worksheet's relationships): the rows a table
 * declares as its totals row (`totalsRowCount="1"`, the last row of its `ref`), whatever the row's
 * label says — Excel lets the label be anything or nothing (ECMA-376 Part 1, §18.5.1.2 table).
 */
import { fromA1 } from './a1.js';
import { parseRels, relsPathOf, resolveTarget } from './package-parts.js';
import { scanAttrs } from './scan.js';
import type { ZipArchive } from './zip.js';

/** Absolute 0-based rows that the tables of a worksheet mark as totals rows, ascending. */
export function tableTotalsRows(zip: ZipArchive, sheetPath: string): number[] {
  const relsXml = zip.text(relsPathOf(sheetPath));
  if (relsXml === undefined) return [];
  const rows = new Set<number>();
  for (const rel of parseRels(relsXml)) {
    if (rel.external || !/\/table$/.test(rel.type)) continue;
    const xml = zip.text(resolveTarget(sheetPath, rel.target));
    if (xml === undefined) continue;
    const open = /<(?:[\w.-]+:)?table\b([^>]*)>/.exec(xml);
    if (open === null) continue;
    const attrs = scanAttrs(open[1]!.replace(/\/$/, ''));
    const count = Number(attrs.get('totalsRowCount') ?? '0');
    const [, to] = (attrs.get('ref') ?? '').split(':');
    const bottom = to === undefined ? undefined : fromA1(to)?.row;
    if (!Number.isInteger(count) || count < 1 || bottom === undefined) continue;
    for (let k = 0; k < count; k++) rows.add(bottom - k);
  }
  return [...rows].sort((a, b) => a - b);
}
