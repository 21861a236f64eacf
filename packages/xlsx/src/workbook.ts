/**
 * The .xlsx adapter: read named sheets into 2-D grids and apply write plans inside the package.
 * Works on bytes (Uint8Array) only, so it runs in Node and in the browser alike.
 */
import {
  parseWrittenRecord,
  type SheetGrid,
  type SheetGrids,
  type WorkbookPort,
  type WritePlan,
  type WrittenCell,
} from '@jixiao/workbook';
import { applyPlanToArchive, findWrittenPart } from './apply.js';
import { readPackageParts, type PackageParts } from './package-parts.js';
import {
  readSheet,
  readSheetBytes,
  readSheetPieces,
  rowPieces,
  STREAM_BYTES,
  READ_PIECE_BYTES,
} from './read-sheet.js';
import { readSharedStrings } from './shared-strings.js';
import { tableTotalsRows } from './tables.js';
import { readNumberFormats } from './styles.js';
import { type DeflateCodec, ZipArchive, type ZipLimits } from './zip.js';

/** Options for opening a workbook. */
export interface XlsxOptions {
  /** Size limits (uncompressed bytes); the defaults allow 256 MiB per part and 1 GiB in total. */
  limits?: ZipLimits;
  /** DEFLATE implementation: fflate by default; `nodeCodec` from `@jixiao/xlsx/node` in Node. */
  codec?: DeflateCodec;
}

/**
 * An .xlsx workbook held in memory. Implements the pipeline's {@link WorkbookPort}; after
 * {@link XlsxWorkbook.apply} the new package is in {@link XlsxWorkbook.bytes}.
 */
export class XlsxWorkbook implements WorkbookPort {
  private zip: ZipArchive;
  private parts: PackageParts;
  private sharedStrings: string[] | undefined;
  private styleFormats: (string | null)[] | undefined;
  private readonly options: XlsxOptions;

  /** Open a package; throws {@link XlsxError} when the bytes are not a readable .xlsx. */
  constructor(bytes: Uint8Array, options: XlsxOptions = {}) {
    this.options = options;
    this.zip = new ZipArchive(bytes, options.limits, options.codec);
    this.parts = readPackageParts(this.zip);
  }

  /** The package bytes (the input until a plan is applied). */
  get bytes(): Uint8Array {
    return this.zip.bytes;
  }

  /** Names of all worksheets, in workbook order (hidden ones included). */
  names(): string[] {
    return this.parts.sheets.map((s) => s.name);
  }

  /** The uncompressed bytes of a part (`xl/vbaProject.bin`), or undefined when absent. */
  readPart(path: string): Uint8Array | undefined {
    return this.zip.read(path);
  }

  /** The record of the output cells the tool wrote (a custom XML part), or null when none. */
  written(): WrittenCell[] | null {
    const path = findWrittenPart(this.zip);
    const text = path === undefined ? undefined : this.zip.text(path);
    return text === undefined ? null : parseWrittenRecord(text);
  }

  readWritten(): Promise<WrittenCell[] | null> {
    return Promise.resolve(this.written());
  }

  /** Names of hidden worksheets. */
  hiddenNames(): string[] {
    return this.parts.sheets.filter((s) => s.state !== 'visible').map((s) => s.name);
  }

  /** Read the named sheets (all when omitted); names not in the workbook are absent from the result. */
  read(names?: readonly string[]): SheetGrids {
    const wanted =
      names === undefined
        ? this.parts.sheets
        : this.parts.sheets.filter((s) => names.includes(s.name));
    const out: Record<string, SheetGrid> = {};
    if (wanted.length === 0) return out;
    this.sharedStrings ??= readSharedStrings(
      this.parts.sharedStringsPath === undefined
        ? undefined
        : this.zip.text(this.parts.sharedStringsPath),
    );
    this.styleFormats ??= readNumberFormats(
      this.parts.stylesPath === undefined ? undefined : this.zip.text(this.parts.stylesPath),
    );
    const decode = (b: Uint8Array): string => this.zip.decodeText(b);
    for (const s of wanted) {
      const entry = this.zip.entry(s.path);
      if (entry === undefined) continue;
      const sharedStrings = this.sharedStrings;
      const styleFormats = this.styleFormats;
      const whole = (): SheetGrid =>
        readSheet(s.name, decode(this.zip.inflate(s.path)!), sharedStrings, styleFormats);
      // a large part is inflated as it is read: its bytes are never held whole
      const grid =
        entry.size > STREAM_BYTES
          ? readSheetPieces(
              s.name,
              rowPieces(this.zip.inflatePieces(s.path)!, READ_PIECE_BYTES),
              decode,
              sharedStrings,
              styleFormats,
              whole,
            )
          : readSheetBytes(s.name, this.zip.inflate(s.path)!, decode, sharedStrings, styleFormats);
      const totals = tableTotalsRows(this.zip, s.path);
      if (totals.length > 0) grid.totalsRows = totals;
      out[s.name] = grid;
    }
    return out;
  }

  /** Apply a plan; the result replaces {@link XlsxWorkbook.bytes}. */
  applySync(plan: WritePlan): Uint8Array {
    const next = applyPlanToArchive(this.zip, plan);
    this.zip = new ZipArchive(next, this.options.limits, this.options.codec);
    this.parts = readPackageParts(this.zip);
    this.sharedStrings = undefined;
    this.styleFormats = undefined;
    return next;
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.names());
  }

  hiddenSheetNames(): Promise<string[]> {
    return Promise.resolve(this.hiddenNames());
  }

  readSheets(names: readonly string[]): Promise<SheetGrids> {
    return Promise.resolve(this.read(names));
  }

  /** Apply a plan (an empty plan leaves the package as it is, byte for byte). */
  apply(plan: WritePlan): Promise<void> {
    if (plan.cells.length > 0 || plan.replaceSheets.length > 0 || plan.written !== undefined)
      this.applySync(plan);
    return Promise.resolve();
  }
}

/**
 * Read sheets of an .xlsx file into grids (all worksheets when `sheets` is omitted).
 * @throws XlsxError for files that are not .xlsx, encrypted, truncated or too large
 */
export function readXlsx(
  bytes: Uint8Array,
  sheets?: readonly string[],
  options?: XlsxOptions,
): SheetGrids {
  return new XlsxWorkbook(bytes, options).read(sheets);
}

/** The worksheet names of an .xlsx file, in order. */
export function xlsxSheetNames(bytes: Uint8Array, options?: XlsxOptions): string[] {
  return new XlsxWorkbook(bytes, options).names();
}

/**
 * Apply a write plan inside an .xlsx package and return the new package. Only the planned cells,
 * the replaced sheets and the bookkeeping parts they need change; every other part is copied
 * byte-for-byte. The input array is not modified.
 */
export function applyPlan(bytes: Uint8Array, plan: WritePlan, options?: XlsxOptions): Uint8Array {
  return applyPlanToArchive(new ZipArchive(bytes, options?.limits, options?.codec), plan);
}
