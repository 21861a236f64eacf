/**
 * Applying a write plan inside an existing .xlsx package. Only the worksheet parts that receive
 * writes, styles.xml (when a number format must be added) and, for a new 报告 sheet, workbook.xml,
 * its relationships and [Content_Types].xml change; every other part is copied as its original
 * compressed bytes.
 */
import {
  parseWrittenRecord,
  writtenRecordPieces,
  type CellWrite,
  type WritePlan,
  type WrittenCell,
} from '@jixiao/workbook';
import { XlsxError } from './errors.js';
import { readPackageParts, relsPathOf } from './package-parts.js';
import { PATCH_PIECE_BYTES, rowPieces, STREAM_BYTES } from './read-sheet.js';
import { patchSheet, patchSheetPieces, type PatchCell } from './sheet-patch.js';
import { NS_REL, STRICT_NS_MAIN, STRICT_NS_REL, worksheetXml } from './sheet-writer.js';
import { StyleEditor } from './styles.js';
import { escapeXml } from './xml.js';
import {
  packBinary,
  PartWriter,
  type PackedPart,
  type ZipArchive,
  type ZipLimits,
  type ZipOutput,
  writeZip,
} from './zip.js';

const encoder = new TextEncoder();
const WORKSHEET_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Options for {@link applyPlan}. */
export interface ApplyOptions {
  limits?: ZipLimits;
}

/** Apply a plan to an opened package, returning the new package bytes. */
export function applyPlanToArchive(zip: ZipArchive, plan: WritePlan): Uint8Array {
  const parts = readPackageParts(zip);
  /** new part contents: text, or binary-string pieces (patched worksheets) */
  const changed = new Map<string, string | { packed: PackedPart }>();
  const removed = new Set<string>();
  const added: string[] = [];
  const stylesXml = parts.stylesPath === undefined ? undefined : zip.text(parts.stylesPath);
  const styles = stylesXml === undefined ? undefined : new StyleEditor(stylesXml);

  const bySheet = cellsBySheet(plan.cells);
  const removedFormulas: { sheetId: number; refs: Set<string> }[] = [];
  for (const [sheetName, writes] of bySheet) {
    const sheet = parts.sheets.find((s) => s.name === sheetName);
    if (sheet === undefined) throw new XlsxError('missing-part', `工作表“${sheetName}”`);
    const result = patchPart(zip, sheet.path, writes, styles);
    changed.set(sheet.path, { packed: result.packed });
    if (result.removedFormulas.length > 0)
      removedFormulas.push({ sheetId: sheet.sheetId, refs: new Set(result.removedFormulas) });
  }

  // whole sheets the tool owns
  let workbookXml = parts.workbookXml;
  let relsXml = parts.workbookRelsXml;
  let contentTypes = zip.text('[Content_Types].xml');
  // a Strict package (`conformance="strict"`) gets its new parts in Strict namespaces
  const strict = parts.workbookXml.includes(STRICT_NS_MAIN);
  const nsRel = strict ? STRICT_NS_REL : NS_REL;
  const worksheetType = strict ? `${STRICT_NS_REL}/worksheet` : WORKSHEET_TYPE;
  for (const rep of plan.replaceSheets) {
    const wrap = styles?.wrapped();
    const widths = rep.columnWidths ?? [];
    const xml = worksheetXml({
      strictNamespaces: strict,
      rows: rep.rows,
      columnWidths: widths,
      columnStyles:
        wrap === undefined
          ? []
          : widths.map((_w, i) => (i === widths.length - 1 ? wrap : undefined)),
    });
    const existing = parts.sheets.find((s) => s.name === rep.sheet);
    if (existing !== undefined) {
      changed.set(existing.path, xml);
      const sheetRels = relsPathOf(existing.path);
      // the old sheet's drawings or comments belong to the content being replaced
      if (zip.has(sheetRels)) removed.add(sheetRels);
      continue;
    }
    const path = freePartName(zip, changed, 'xl/worksheets/sheet', '.xml');
    const relId = freeRelId(relsXml);
    const sheetId = Math.max(0, ...parts.sheets.map((s) => s.sheetId)) + 1;
    changed.set(path, xml);
    added.push(path);
    relsXml = insertBefore(
      relsXml,
      'Relationships',
      `<Relationship Id="${relId}" Type="${worksheetType}" Target="/${path}"/>`,
    );
    workbookXml = insertBefore(
      workbookXml,
      'sheets',
      `<sheet xmlns:r="${nsRel}" name="${escapeXml(rep.sheet)}" sheetId="${String(sheetId)}" r:id="${relId}"/>`,
      true,
    );
    if (contentTypes !== undefined)
      contentTypes = insertBefore(
        contentTypes,
        'Types',
        `<Override PartName="/${path}" ContentType="${WORKSHEET_CT}"/>`,
      );
    parts.sheets.push({ name: rep.sheet, sheetId, relId, path, state: 'visible' });
  }

  if (removedFormulas.length > 0 && parts.calcChainPath !== undefined) {
    const chain = zip.text(parts.calcChainPath);
    if (chain !== undefined) {
      const next = pruneCalcChain(chain, removedFormulas);
      if (next === null) {
        removed.add(parts.calcChainPath);
        relsXml = relsXml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*calcChain[^>]*\/>/, '');
        if (contentTypes !== undefined)
          contentTypes = contentTypes.replace(
            new RegExp(
              `<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${escapeRe(parts.calcChainPath)}"[^>]*/>`,
            ),
            '',
          );
      } else if (next !== chain) changed.set(parts.calcChainPath, next);
    }
  }
  // the record of the cells the tool owns: its custom XML part replaced, or added
  if (plan.written !== undefined) {
    const xml = packRecord(plan.written, zip);
    const existing = findWrittenPart(zip);
    if (existing !== undefined) changed.set(existing, xml);
    else {
      const item = freePartName(zip, changed, 'customXml/item', '.xml');
      const n = item.slice('customXml/item'.length, -'.xml'.length);
      const props = `customXml/itemProps${n}.xml`;
      const rels = `customXml/_rels/item${n}.xml.rels`;
      const relNs = strict
        ? STRICT_NS_REL
        : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
      changed.set(item, xml);
      changed.set(
        props,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${WRITTEN_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
      );
      changed.set(
        rels,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
      );
      added.push(item, props, rels);
      relsXml = insertBefore(
        relsXml,
        'Relationships',
        `<Relationship Id="${freeRelId(relsXml)}" Type="${relNs}/customXml" Target="../${item}"/>`,
      );
      if (contentTypes !== undefined) {
        if (!/<(?:[\w.-]+:)?Default\b[^>]*Extension\s*=\s*["']xml["']/i.test(contentTypes))
          contentTypes = insertBefore(
            contentTypes,
            'Types',
            '<Default Extension="xml" ContentType="application/xml"/>',
          );
        contentTypes = insertBefore(
          contentTypes,
          'Types',
          `<Override PartName="/${props}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`,
        );
      }
    }
  }

  if (workbookXml !== parts.workbookXml) changed.set(parts.workbookPath, workbookXml);
  if (relsXml !== parts.workbookRelsXml) changed.set(parts.workbookRelsPath, relsXml);
  if (contentTypes !== undefined && contentTypes !== zip.text('[Content_Types].xml'))
    changed.set('[Content_Types].xml', contentTypes);
  if (styles?.changed && parts.stylesPath !== undefined)
    changed.set(parts.stylesPath, styles.toXml());

  return assemble(zip, changed, removed, added);
}

/**
 * The plan's cells grouped by sheet, in plan order within each. A plan's cells come sorted by sheet
 * (planWrites sorts them): each sheet's run is then sliced out at its size, not pushed into a list
 * grown a step at a time (a 100,000-line plan's steps left 2 MB of outgrown copies behind).
 */
function cellsBySheet(cells: readonly CellWrite[]): Map<string, PatchCell[]> {
  const bySheet = new Map<string, PatchCell[]>();
  let start = 0;
  for (let i = 1; i <= cells.length; i++) {
    if (i < cells.length && cells[i]!.sheet === cells[start]!.sheet) continue;
    const sheet = cells[start]!.sheet;
    const run = cells.slice(start, i);
    const before = bySheet.get(sheet);
    // a sheet met again after another one's cells (a plan made by hand): appended
    bySheet.set(sheet, before === undefined ? run : before.concat(run));
    start = i;
  }
  return bySheet;
}

/**
 * Patch one worksheet part and compress it. A large part goes through in pieces of rows: inflated
 * as it is read (streaming, when very large), patched a piece at a time and compressed as it goes,
 * so that neither the part, its text nor the patched text is ever held whole (a template filled
 * down the whole column is 70 MB of XML). A part that cannot be patched in pieces (comments, CDATA,
 * a malformed tag across a cut) is patched whole, as a small part is.
 */
function patchPart(
  zip: ZipArchive,
  path: string,
  writes: readonly PatchCell[],
  styles: StyleEditor | undefined,
): { packed: PackedPart; removedFormulas: string[] } {
  const entry = zip.entry(path);
  if (entry === undefined) throw new XlsxError('missing-part', path);
  if (entry.size > 2 * PATCH_PIECE_BYTES && writes.length > 0) {
    const chunks = entry.size > STREAM_BYTES ? zip.inflatePieces(path)! : [zip.inflate(path)!];
    const writer = new PartWriter(zip.codec);
    const pieces = mapIterable(rowPieces(chunks, PATCH_PIECE_BYTES), (b) => zip.decodeBinary(b));
    const result = patchSheetPieces(pieces, writes, styles, (piece) => writer.write(piece));
    if (result !== undefined)
      return { packed: writer.finish(), removedFormulas: result.removedFormulas };
  }
  const xml = zip.binary(path);
  if (xml === undefined) throw new XlsxError('missing-part', path);
  const result = patchSheet(xml, writes, styles);
  // compressed at once, so that only one worksheet's text is held at a time
  return { packed: packBinary(result.parts, zip.codec), removedFormulas: result.removedFormulas };
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function assemble(
  zip: ZipArchive,
  changed: Map<string, string | { packed: PackedPart }>,
  removed: Set<string>,
  added: string[],
): Uint8Array {
  const output = (name: string, c: string | { packed: PackedPart }): ZipOutput =>
    typeof c === 'string' ? { name, data: encoder.encode(c) } : { name, packed: c.packed };
  const outputs: ZipOutput[] = [];
  for (const e of zip.entries) {
    if (removed.has(e.name)) continue;
    const text = changed.get(e.name);
    outputs.push(text === undefined ? { name: e.name, copyFrom: zip } : output(e.name, text));
  }
  for (const name of added) outputs.push(output(name, changed.get(name) ?? ''));
  return writeZip(outputs, zip.codec);
}

/**
 * The record's part, compressed as its XML is made a piece at a time: its whole text (16 MB for
 * 100,000 lines) and its bytes are never held.
 */
function packRecord(cells: readonly WrittenCell[], zip: ZipArchive): { packed: PackedPart } {
  const writer = new PartWriter(zip.codec);
  for (const piece of writtenRecordPieces(cells)) writer.writeText(piece);
  return { packed: writer.finish() };
}

/** The fixed id of the record's data store item (one record per workbook). */
const WRITTEN_ITEM_ID = '{6A697869-616F-4000-8000-777269747465}';

/** The path of the custom XML part holding the tool's record, if the package has one. */
export function findWrittenPart(zip: ZipArchive): string | undefined {
  for (const e of zip.entries) {
    if (!/^customXml\/item\d+\.xml$/i.test(e.name)) continue;
    const text = zip.text(e.name);
    if (text !== undefined && parseWrittenRecord(text) !== null) return e.name;
  }
  return undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function freePartName(
  zip: ZipArchive,
  changed: Map<string, unknown>,
  stem: string,
  ext: string,
): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${String(n)}${ext}`;
    if (!zip.has(name) && !changed.has(name)) return name;
  }
}

function freeRelId(relsXml: string): string {
  const used = new Set([...relsXml.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${String(n)}`)) return `rId${String(n)}`;
}

/** Insert `child` before the closing tag of the (first) element `local`, using its prefix. */
function insertBefore(xml: string, local: string, child: string, prefixChild = false): string {
  const close = new RegExp(`</([\\w.-]+:)?${local}>`).exec(xml);
  if (close === null) {
    const selfClosing = new RegExp(`<([\\w.-]+:)?${local}\\b([^>]*?)/>`).exec(xml);
    if (selfClosing === null) throw new XlsxError('missing-part', local);
    const p = selfClosing[1] ?? '';
    const c = prefixChild ? prefixed(child, p) : child;
    return (
      xml.slice(0, selfClosing.index) +
      `<${p}${local}${selfClosing[2] ?? ''}>${c}</${p}${local}>` +
      xml.slice(selfClosing.index + selfClosing[0].length)
    );
  }
  const c = prefixChild ? prefixed(child, close[1] ?? '') : child;
  return xml.slice(0, close.index) + c + xml.slice(close.index);
}

function prefixed(child: string, p: string): string {
  return p === '' ? child : child.replace(/^<([\w]+)/, `<${p}$1`);
}

/** Remove calcChain entries of cells that no longer hold formulas; null when the chain is empty. */
export function pruneCalcChain(
  xml: string,
  removed: readonly { sheetId: number; refs: Set<string> }[],
): string | null {
  let current = 0;
  let kept = 0;
  let dropped = 0;
  const out = xml.replace(/<(?:[\w.-]+:)?c\b([^>]*?)\/>/g, (whole, a: string) => {
    const i = /\bi\s*=\s*["'](\d+)["']/.exec(a);
    if (i !== null) current = Number(i[1]);
    const r = /\br\s*=\s*["']([^"']+)["']/.exec(a)?.[1] ?? '';
    if (removed.some((x) => x.sheetId === current && x.refs.has(r))) {
      dropped++;
      return '';
    }
    kept++;
    // an entry without i inherits the previous entry's sheet: make it explicit, since that one may be gone
    return i === null ? whole.replace(/\s*\/>$/, ` i="${String(current)}"/>`) : whole;
  });
  if (kept === 0) return null;
  return dropped === 0 ? xml : out;
}
