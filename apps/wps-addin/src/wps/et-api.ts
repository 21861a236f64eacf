/**
 * The part of the WPS 表格 (ET) JS API object model the add-in uses, typed from Kingsoft's own
 * declarations (npm `et-jsapi-declare` 2.5.0: `index.d.ts` for `wps.*`, `lib.et.d.ts` for
 * `Et.Application`, `addon.et.d.ts` for `ApiEvent`) and the WPS 开放平台 JS API reference
 * (open.wps.cn ▸ WPS加载项 ▸ 表格 API). Those declarations say themselves they are incomplete and
 * in places wrong (their `SheetChange` callback types its second argument as a worksheet; `Value2`
 * is typed `string | Array<any>` though it also returns numbers, booleans and `undefined`), so
 * everything that crosses this boundary is typed `unknown` and normalised by the port.
 *
 * The API is synchronous and VBA-shaped: every property read or method call is a cross-process
 * call into WPS (≈0.2 ms each), so the adapter moves whole blocks, never cell by cell. The same
 * code runs on real WPS (`window.Application`) and on the fake in `./fake/`.
 */

/** `Et.Range`: a rectangle of cells. */
export interface EtRange {
  /**
   * The cells' values without the Date/Currency conversions of `Value`: numbers (dates as serial
   * numbers), strings, booleans, `undefined` for empty cells, formula errors as COM error numbers
   * (see `com-errors.ts`). A one-cell range gives a scalar, a one-row range may give a 1-D array,
   * others a 2-D array (see `value2.ts`). Assigning a 2-D array of the range's size writes it.
   */
  Value2: unknown;
  /** Formulas (`=A1*2`) and constants as text, same shapes as `Value2`. */
  Formula: unknown;
  /**
   * The number format: a string when every cell has the same one, `null` when they differ (VBA
   * `Range.NumberFormat`). Assigning a string formats every cell; a 2-D array formats cell by cell.
   */
  NumberFormat: unknown;
  /** What the cell shows (`#DIV/0!`, `95.00%`); for a multi-cell range only when all agree. */
  readonly Text: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** Width in characters of the default font's digit (VBA `Range.ColumnWidth`). */
  ColumnWidth: unknown;
  readonly Worksheet: EtWorksheet;
  /** A method, not a property (`Address()` → `$A$1:$C$3`). */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  ClearContents(): unknown;
  Clear(): unknown;
  Select(): unknown;
}

/** `Et.Worksheet`. */
export interface EtWorksheet {
  Name: string;
  /** From the first used cell (not necessarily A1) to the last. */
  readonly UsedRange: EtRange;
  /** `Range("A1")`, `Range("A1:C3")`. */
  Range(address: string): EtRange;
  Activate(): unknown;
}

/** `Et.Sheets` / `Et.Worksheets`. */
export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; a missing name throws (a COM error), it never returns null. */
  Item(index: number | string): EtWorksheet;
  /** Adds a sheet (before the active one unless `After` is given) and returns it. */
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null, Count?: number): EtWorksheet;
}

/** `Kso.CustomXMLPart` (lib.kso.d.ts). */
export interface EtCustomXmlPart {
  readonly XML: string;
  Delete(): void;
}

/** `Kso.CustomXMLParts` (lib.kso.d.ts): 1-based `Item`, `SelectByNamespace`, `Add(xml)`. */
export interface EtCustomXmlParts {
  readonly Count: number;
  Item(index: number): EtCustomXmlPart;
  Add(XML: string): EtCustomXmlPart;
  SelectByNamespace(NamespaceURI: string): EtCustomXmlParts;
}

/** `Et.Workbook`. */
export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
  /** Custom XML parts kept in the file (lib.et.d.ts `Workbook.CustomXMLParts`). */
  readonly CustomXMLParts: EtCustomXmlParts;
}

/** `wps.CreateTaskPane(url)` (index.d.ts `CustomTaskpane`). */
export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Width: number;
  DockPosition: number;
  Navigate(url: string): void;
  Delete(): void;
}

/** `wps.ApiEvent` (addon.et.d.ts). */
export interface EtApiEvent {
  AddApiEventListener(
    name: 'SheetChange',
    callback: (sheet: EtWorksheet, target: EtRange) => void,
  ): void;
  RemoveApiEventListener(
    name: 'SheetChange',
    callback: (sheet: EtWorksheet, target: EtRange) => void,
  ): void;
}

/** The application root: `window.Application` (= `window.wps`) inside WPS 表格. */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage: {
    setItem(key: string, value: string | number | boolean): void;
    getItem(key: string): string | null;
  };
  /** Off (false) while writing many cells: no repaint per call (VBA `ScreenUpdating`). */
  ScreenUpdating: boolean;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
  /** The save-as dialog; returns the chosen path or `false` when cancelled. */
  GetSaveAsFilename(
    InitialFilename?: string,
    FileFilter?: string,
    FilterIndex?: number,
    Title?: string,
  ): unknown;
  /** index.d.ts `FileSystem`: `writeAsBinaryString(path, data)` writes bytes (one char each). */
  readonly FileSystem: { writeAsBinaryString(path: string, data: string): boolean };
  /** index.d.ts `OAAssist.ShellExecute(file)`: opens a file with its program (WPS 文字 for .docx). */
  readonly OAAssist: { ShellExecute(file: string, params?: string): void };
  /** `Application.Env.GetDesktopPath()` etc. */
  readonly Env: { GetDesktopPath(): string; GetHomePath(): string };
}
