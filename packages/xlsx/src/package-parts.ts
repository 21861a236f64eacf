/**
 * Finding the parts of an .xlsx package: the workbook part, its relationships, the sheets by name,
 * the styles and shared strings.
 */
import { XlsxError } from './errors.js';
import { attr, attrAnyPrefix } from './xml.js';
import type { ZipArchive } from './zip.js';

/** A worksheet as listed in workbook.xml. */
export interface SheetRef {
  name: string;
  sheetId: number;
  relId: string;
  /** part name without leading slash, e.g. `xl/worksheets/sheet1.xml` */
  path: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** A relationship from a .rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The structure of a workbook package needed to read and patch it. */
export interface PackageParts {
  workbookPath: string;
  workbookRelsPath: string;
  workbookXml: string;
  workbookRelsXml: string;
  rels: Relationship[];
  sheets: SheetRef[];
  stylesPath: string | undefined;
  sharedStringsPath: string | undefined;
  calcChainPath: string | undefined;
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** Parse the relationships of a .rels part. */
export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  const re = /<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const a = m[1]!;
    out.push({
      id: attr(a, 'Id') ?? '',
      type: attr(a, 'Type') ?? '',
      target: attr(a, 'Target') ?? '',
      external: attr(a, 'TargetMode') === 'External',
    });
  }
  return out;
}

/** The .rels part name of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return normalize(target.slice(1));
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  return normalize(base + target);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Find the workbook part, its sheets and the shared parts. Throws {@link XlsxError} when missing. */
export function readPackageParts(zip: ZipArchive): PackageParts {
  let workbookPath = 'xl/workbook.xml';
  const rootRels = zip.text('_rels/.rels');
  if (rootRels !== undefined) {
    const main = parseRels(rootRels).find((r) => REL_OFFICE_DOCUMENT.test(r.type));
    if (main !== undefined) workbookPath = resolveTarget('', main.target);
  }
  const workbookXml = zip.text(workbookPath);
  if (workbookXml === undefined) {
    if (!zip.has('[Content_Types].xml')) throw new XlsxError('not-xlsx');
    throw new XlsxError('missing-part', workbookPath);
  }
  if (!/<(?:[\w.-]+:)?workbook\b/.test(workbookXml)) throw new XlsxError('not-xlsx', workbookPath);
  const workbookRelsPath = relsPathOf(workbookPath);
  const workbookRelsXml = zip.text(workbookRelsPath);
  if (workbookRelsXml === undefined) throw new XlsxError('missing-part', workbookRelsPath);
  const rels = parseRels(workbookRelsXml);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  const re = /<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(workbookXml)) !== null) {
    const a = m[1]!;
    const relId = attrAnyPrefix(a, 'id') ?? '';
    const rel = relById.get(relId);
    if (rel === undefined) continue;
    // chartsheets and dialog sheets hold no cells
    if (!/\/worksheet$/.test(rel.type)) continue;
    const state = attr(a, 'state');
    sheets.push({
      name: attr(a, 'name') ?? '',
      sheetId: Number(attr(a, 'sheetId') ?? '0'),
      relId,
      path: resolveTarget(workbookPath, rel.target),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    });
  }
  const byType = (suffix: string): string | undefined => {
    const r = rels.find((x) => x.type.endsWith(suffix) && !x.external);
    return r === undefined ? undefined : resolveTarget(workbookPath, r.target);
  };
  return {
    workbookPath,
    workbookRelsPath,
    workbookXml,
    workbookRelsXml,
    rels,
    sheets,
    stylesPath: byType('/styles'),
    sharedStringsPath: byType('/sharedStrings'),
    calcChainPath: byType('/calcChain'),
  };
}
