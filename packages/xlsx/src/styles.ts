/**
 * Number formats from styles.xml (reading), and adding cell formats to it (writing) without
 * touching the formats already there.
 */
import { attr, escapeXml } from './xml.js';

/** Excel's built-in number formats by id (the ones with a fixed, locale-independent code). */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const BUILTIN_BY_CODE = new Map<string, number>(
  Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]),
);

function elementsRe(local: string): RegExp {
  return new RegExp(
    `<(?:[\\w.-]+:)?${local}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/(?:[\\w.-]+:)?${local}>)`,
    'g',
  );
}

function blockRe(local: string): RegExp {
  return new RegExp(
    `<([\\w.-]+:)?${local}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${local}>)`,
  );
}

function parseNumFmts(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  const block = blockRe('numFmts').exec(xml);
  if (block?.[3] === undefined) return out;
  for (const m of block[3].matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, 'numFmtId');
    const code = attr(m[1]!, 'formatCode');
    if (id !== undefined && code !== undefined) out.set(Number(id), code);
  }
  return out;
}

function cellXfElements(xml: string): { match: RegExpExecArray | null; xfs: string[] } {
  const match = blockRe('cellXfs').exec(xml);
  const xfs =
    match?.[3] === undefined ? [] : [...match[3].matchAll(elementsRe('xf'))].map((m) => m[0]);
  return { match, xfs };
}

/** For reading: the number format code of each cell style index (null for General). */
export function readNumberFormats(stylesXml: string | undefined): (string | null)[] {
  if (stylesXml === undefined) return [];
  const custom = parseNumFmts(stylesXml);
  return cellXfElements(stylesXml).xfs.map((xf) => {
    const open = /^<[^>]*>/.exec(xf)?.[0] ?? xf;
    const id = Number(attr(open, 'numFmtId') ?? '0');
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    return code === 'General' ? null : code;
  });
}

function setAttr(openTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(openTag)) return openTag.replace(re, `$1"${value}"`);
  return openTag.replace(/(\/?>)$/, ` ${name}="${value}"$1`);
}

/** The style sheet of a workbook being patched: adds cell formats on demand, reusing equal ones. */
export class StyleEditor {
  private readonly original: string;
  private readonly numFmts: Map<number, string>;
  private readonly xfs: string[];
  private readonly xfIndex = new Map<string, number>();
  private readonly addedNumFmts: { id: number; code: string }[] = [];
  private addedXfs = 0;
  private readonly cache = new Map<string, number>();

  constructor(stylesXml: string) {
    this.original = stylesXml;
    this.numFmts = parseNumFmts(stylesXml);
    this.xfs = cellXfElements(stylesXml).xfs;
    this.xfs.forEach((x, i) => {
      if (!this.xfIndex.has(x)) this.xfIndex.set(x, i);
    });
  }

  /** True when formats were added. */
  get changed(): boolean {
    return this.addedXfs > 0 || this.addedNumFmts.length > 0;
  }

  /** The format code a cell style shows numbers in (General when unknown). */
  formatOf(styleIndex: number): string {
    const xf = this.xfs[styleIndex];
    if (xf === undefined) return 'General';
    const id = Number(attr(/^<[^>]*>/.exec(xf)?.[0] ?? xf, 'numFmtId') ?? '0');
    return this.numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  }

  private numFmtId(code: string): number {
    for (const [id, c] of this.numFmts) if (c === code) return id;
    const builtin = BUILTIN_BY_CODE.get(code);
    if (builtin !== undefined) return builtin;
    let next = 164;
    for (const id of this.numFmts.keys()) next = Math.max(next, id + 1);
    this.numFmts.set(next, code);
    this.addedNumFmts.push({ id: next, code });
    return next;
  }

  private addXf(xf: string): number {
    const existing = this.xfIndex.get(xf);
    if (existing !== undefined) return existing;
    this.xfs.push(xf);
    this.addedXfs++;
    const idx = this.xfs.length - 1;
    this.xfIndex.set(xf, idx);
    return idx;
  }

  /**
   * The style index that looks like `baseStyle` but shows numbers as `code`. Returns `baseStyle`
   * itself when it already does.
   */
  withNumberFormat(baseStyle: number, code: string): number {
    const key = `${String(baseStyle)}\u0000${code}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let result: number;
    if (this.formatOf(baseStyle) === code) result = baseStyle;
    else {
      const base =
        this.xfs[baseStyle] ??
        this.xfs[0] ??
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      const open = /^<[^>]*>/.exec(base)?.[0] ?? base;
      let newOpen = setAttr(open, 'numFmtId', String(this.numFmtId(code)));
      newOpen = setAttr(newOpen, 'applyNumberFormat', '1');
      result = this.addXf(newOpen + base.slice(open.length));
    }
    this.cache.set(key, result);
    return result;
  }

  /** A style from the default one with wrapped, top-aligned text (for the 报告 sheet). */
  wrapped(): number {
    const hit = this.cache.get('\u0000wrap');
    if (hit !== undefined) return hit;
    const base = this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = (/^<[^>]*>/.exec(base)?.[0] ?? base).replace(/\s*\/>$/, '>');
    const prefix = /^<([\w.-]+:)?/.exec(open)?.[1] ?? '';
    const xf = `${setAttr(open, 'applyAlignment', '1')}<${prefix}alignment wrapText="1" vertical="top"/></${prefix}xf>`;
    const idx = this.addXf(xf);
    this.cache.set('\u0000wrap', idx);
    return idx;
  }

  /** The patched styles.xml (the original text when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.original;
    let xml = this.original;
    const xfBlock = blockRe('cellXfs').exec(xml);
    if (xfBlock !== null) {
      const p = xfBlock[1] ?? '';
      const open = setAttr(`<${p}cellXfs${xfBlock[2] ?? ''}>`, 'count', String(this.xfs.length));
      xml =
        xml.slice(0, xfBlock.index) +
        `${open}${this.xfs.join('')}</${p}cellXfs>` +
        xml.slice(xfBlock.index + xfBlock[0].length);
    }
    if (this.addedNumFmts.length > 0) {
      const added = (p: string): string =>
        this.addedNumFmts
          .map((f) => `<${p}numFmt numFmtId="${String(f.id)}" formatCode="${escapeXml(f.code)}"/>`)
          .join('');
      const block = blockRe('numFmts').exec(xml);
      if (block !== null) {
        const p = block[1] ?? '';
        const open = setAttr(`<${p}numFmts${block[2] ?? ''}>`, 'count', String(this.numFmts.size));
        xml =
          xml.slice(0, block.index) +
          `${open}${block[3] ?? ''}${added(p)}</${p}numFmts>` +
          xml.slice(block.index + block[0].length);
      } else {
        const root = /<([\w.-]+:)?styleSheet\b[^>]*>/.exec(xml);
        if (root !== null) {
          const p = root[1] ?? '';
          const at = root.index + root[0].length;
          xml =
            xml.slice(0, at) +
            `<${p}numFmts count="${String(this.addedNumFmts.length)}">${added(p)}</${p}numFmts>` +
            xml.slice(at);
        }
      }
    }
    return xml;
  }
}
