/**
 * The fake's request context and proxy objects (see fake-host.ts for the rules they follow).
 */
import type {
  XlCustomXmlPartCollection,
  XlCalculatedEventArgs,
  XlCell,
  XlChangedEventArgs,
  XlConditionalFormatCollection,
  XlConditionalFormatItem,
  XlRunOptions,
  XlSelectionChangedEventArgs,
  XlConditionalFormat,
  XlEventHandlerResult,
  XlRange,
  XlRequestContext,
  XlValueType,
  XlWorksheet,
  XlWorksheetCollection,
} from '../excel-api.js';
import {
  MAX_COLS,
  MAX_ROWS,
  parseRect,
  qualify,
  rectAddress,
  type CellRect,
} from '@jixiao/workbook';
import { FakeOfficeError, propertyNotLoaded } from './fake-errors.js';
import { FakeXmlPartCollection } from './fake-xml-parts.js';
import {
  formulaCell,
  valueTypeOf,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeEventHandler,
  type FakeSheet,
} from './fake-sheet.js';
import type { FakeExcelHost } from './fake-host.js';

/** Queued work: runs at sync, returns the response bytes it produced and an optional commit. */
interface Op {
  requestBytes: number;
  run(): {
    responseBytes: number;
    commit?: () => void;
    written?: { sheet: FakeSheet; rect: CellRect };
    /** Cells as they were before this op changed them (undo). */
    undo?: { sheet: FakeSheet; row: number; col: number; before: FakeCell | undefined }[];
  } | void;
}

/** UTF-8 length of a string without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

function splitProps(names: string | string[] | undefined, all: readonly string[]): string[] {
  if (names === undefined) return [...all];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Base for proxies: loaded properties become readable only after a successful sync. */
abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }
}

export class FakeContext implements XlRequestContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    readonly customXmlParts: XlCustomXmlPartCollection;
  };
  private ops: Op[] = [];
  private closed = false;
  /** Handlers whose `remove()` waits for this context's next sync. */
  readonly pendingRemovals: (() => void)[] = [];

  constructor(
    readonly host: FakeExcelHost,
    readonly options: XlRunOptions = {},
  ) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      customXmlParts: new FakeXmlPartCollection(this, host.xmlParts),
    };
  }

  /** `Excel.run(context, …)`: the context is usable again. */
  reopen(): void {
    this.closed = false;
  }

  queue(op: Op): void {
    if (this.closed) {
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The object path is not valid: the request context of this object has ended (Excel.run returned).',
      );
    }
    this.ops.push(op);
  }

  hasPendingWork(): boolean {
    return this.ops.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    if (this.closed)
      throw new FakeOfficeError('InvalidObjectPath', 'The request context has ended.');
    const ops = this.ops;
    this.ops = [];
    const host = this.host;
    host.stats.syncs++;
    const syncNumber = host.stats.syncs;
    await new Promise((resolve) => setTimeout(resolve, host.latencyMs));
    if (host.beforeSync) await host.beforeSync(syncNumber);
    await host.gateCellEdit(this.options);
    // Handlers removed in this context go at this sync (EventHandlerResult.remove docs).
    for (const remove of this.pendingRemovals.splice(0)) remove();
    const requestBytes = 64 + ops.reduce((n, op) => n + op.requestBytes, 0);
    host.stats.requestBytes.push(requestBytes);
    host.checkPayload(requestBytes, 'request');
    let responseBytes = 64;
    const commits: (() => void)[] = [];
    const written: { sheet: FakeSheet; rect: CellRect }[] = [];
    const undo: NonNullable<ReturnType<Op['run']> & object>['undo'] = [];
    try {
      for (const op of ops) {
        const out = op.run();
        if (!out) continue;
        responseBytes += out.responseBytes;
        if (out.commit) commits.push(out.commit);
        if (out.written) written.push(out.written);
        if (out.undo) for (const u of out.undo) undo.push(u);
      }
    } finally {
      // One undo record per sync, or per run with mergeUndoGroup (ExcelApi 1.20).
      host.recordUndo('addin', undo, this.options.mergeUndoGroup ? this : {});
      // Writes before a failing operation stay applied (Excel has no transactions); tell listeners.
      for (const w of written) host.emit(w.sheet, w.rect, 'ThisLocalAddin');
    }
    host.stats.responseBytes.push(responseBytes);
    host.checkPayload(responseBytes, 'response');
    for (const commit of commits) commit();
  }
}

type SheetResolver = () => FakeSheet | null;

class FakeWorksheetCollection extends FakeProxy implements XlWorksheetCollection {
  get items(): XlWorksheet[] {
    return this.read<XlWorksheet[]>('items');
  }

  load(_names?: string | string[]): this {
    this.ctx.queue({
      requestBytes: 48,
      run: () => {
        const sheets = [...this.ctx.host.sheets];
        const items = sheets.map((s) => {
          const proxy = new FakeWorksheet(this.ctx, () => s, false);
          proxy.markLoaded(s);
          return proxy;
        });
        return {
          responseBytes: jsonBytes(sheets.map((s, i) => ({ name: s.name, id: s.id, position: i }))),
          commit: () => this.loaded.set('items', items),
        };
      },
    });
    return this;
  }

  getItem(key: string): XlWorksheet {
    const host = this.ctx.host;
    const resolve: SheetResolver = () => {
      const s = host.findSheet(key);
      if (!s)
        throw new FakeOfficeError(
          'ItemNotFound',
          `The requested resource doesn't exist. (worksheet '${key}')`,
        );
      return s;
    };
    this.ctx.queue({ requestBytes: 48 + utf8Length(key), run: () => void resolve() });
    return new FakeWorksheet(this.ctx, resolve, false);
  }

  getItemOrNullObject(key: string): XlWorksheet {
    const host = this.ctx.host;
    const proxy = new FakeWorksheet(this.ctx, () => host.findSheet(key) ?? null, true);
    this.ctx.queue({ requestBytes: 48 + utf8Length(key), run: () => proxy.resolveNull() });
    return proxy;
  }

  add(name?: string): XlWorksheet {
    const host = this.ctx.host;
    let created: FakeSheet | null = null;
    this.ctx.queue({
      requestBytes: 48 + utf8Length(name ?? ''),
      run: () => {
        let n = name;
        if (n === undefined) {
          let i = host.sheets.length + 1;
          while (host.findSheet(`Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        if (host.findSheet(n))
          throw new FakeOfficeError(
            'ItemAlreadyExists',
            `A worksheet named '${n}' already exists.`,
          );
        if (n.length > 31 || /[\\/?*[\]:]/.test(n))
          throw new FakeOfficeError('InvalidArgument', `Bad worksheet name '${n}'.`);
        created = host.addSheet(n);
      },
    });
    return new FakeWorksheet(
      this.ctx,
      () => {
        if (!created)
          throw new FakeOfficeError('InvalidObjectPath', 'The worksheet was not created.');
        return created;
      },
      false,
    );
  }
}

class FakeWorksheet extends FakeProxy implements XlWorksheet {
  private nullState: boolean | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolveSheet: SheetResolver,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }

  /** For `getItemOrNullObject`: decide null-ness at sync. */
  resolveNull(): { responseBytes: number; commit: () => void } {
    const isNull = this.resolveSheet() === null;
    return { responseBytes: 16, commit: () => (this.nullState = isNull) };
  }

  markLoaded(s: FakeSheet): void {
    this.nullState = false;
    this.loaded.set('name', s.name);
    this.loaded.set('id', s.id);
    this.loaded.set('position', this.ctx.host.sheets.indexOf(s));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      if (!this.orNull) return false;
      throw propertyNotLoaded('isNullObject');
    }
    return this.nullState;
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }

  /**
   * The sheet at sync time. Strict: anything done through a null worksheet (a range of it, its
   * used range, an event) fails with ItemNotFound, so code must check `isNullObject` first.
   */
  sheetNow(): FakeSheet {
    const s = this.resolveSheet();
    if (!s)
      throw new FakeOfficeError(
        'ItemNotFound',
        "The requested resource doesn't exist. (a method was called on a null worksheet)",
      );
    return s;
  }

  load(names?: string | string[]): this {
    const props = splitProps(names, ['name', 'id', 'position']);
    this.ctx.queue({
      requestBytes: 48,
      run: () => {
        const s = this.resolveSheet();
        if (!s) return { responseBytes: 16 };
        const snapshot: Record<string, unknown> = {
          name: s.name,
          id: s.id,
          position: this.ctx.host.sheets.indexOf(s),
        };
        return {
          responseBytes: jsonBytes(snapshot),
          commit: () => {
            for (const p of props) if (p in snapshot) this.loaded.set(p, snapshot[p]);
          },
        };
      },
    });
    return this;
  }

  getRange(address?: string): XlRange {
    if (address === undefined || address === '') {
      return new FakeRange(
        this.ctx,
        this,
        () => ({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS }),
        false,
      );
    }
    const rect = parseRect(
      address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address,
    );
    if (!rect)
      throw new FakeOfficeError(
        'InvalidArgument',
        `The argument is invalid or missing or has an incorrect format. (address '${address}')`,
      );
    return new FakeRange(this.ctx, this, () => rect, false);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XlRange {
    if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
      throw new FakeOfficeError(
        'InvalidArgument',
        'The argument is invalid or missing or has an incorrect format.',
      );
    }
    return new FakeRange(
      this.ctx,
      this,
      () => ({ row: startRow, col: startColumn, rowCount, colCount: columnCount }),
      false,
    );
  }

  getUsedRange(valuesOnly?: boolean): XlRange {
    return new FakeRange(
      this.ctx,
      this,
      (s) => s.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    return new FakeRange(this.ctx, this, (s) => s.usedRect(valuesOnly ?? false), true);
  }

  delete(): void {
    this.ctx.queue({
      requestBytes: 32,
      run: () => {
        const s = this.sheetNow();
        this.ctx.host.deleteSheet(s.name);
      },
    });
  }

  activate(): void {
    this.ctx.queue({
      requestBytes: 32,
      run: () => {
        const s = this.resolveSheet();
        if (s) this.ctx.host.activeSheet = s.name;
      },
    });
  }

  readonly freezePanes = {
    freezeRows: (count = 1): void => {
      this.ctx.queue({
        requestBytes: 32,
        run: () => {
          const s = this.resolveSheet();
          if (s) s.frozenRows = count;
        },
      });
    },
  };

  readonly onChanged = this.eventSlot<XlChangedEventArgs>('onChanged');
  /** ExcelApi 1.8. */
  readonly onCalculated = this.eventSlot<XlCalculatedEventArgs>('onCalculated');
  /** ExcelApi 1.7. */
  readonly onSelectionChanged = this.eventSlot<XlSelectionChangedEventArgs>('onSelectionChanged');

  /**
   * `add` registers at sync on the sheet object (not its name: a sheet re-created under the same
   * name does not inherit it); `remove()` takes effect at the next sync of the context the handler
   * was added in (OfficeExtension.EventHandlerResult docs), never at once.
   */
  private eventSlot<A>(event: string): {
    add(handler: (args: A) => Promise<unknown>): XlEventHandlerResult;
  } {
    return {
      add: (handler) => {
        let target: FakeSheet | null = null;
        const ctx = this.ctx;
        const h = handler as unknown as FakeEventHandler;
        ctx.queue({
          requestBytes: 48,
          run: () => {
            target = this.sheetNow();
            target.handlersFor(event).add(h);
          },
        });
        return {
          context: ctx,
          remove: () => {
            ctx.pendingRemovals.push(() => target?.handlersFor(event).delete(h));
          },
        };
      },
    };
  }
}

type RectResolver = (sheet: FakeSheet) => CellRect | null;

const RANGE_PROPS = [
  'values',
  'formulas',
  'numberFormat',
  'valueTypes',
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
] as const;

class FakeRange extends FakeProxy implements XlRange {
  private nullState: boolean | undefined;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly resolveRect: RectResolver,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    if (orNull) {
      ctx.queue({
        requestBytes: 32,
        run: () => {
          const isNull = this.resolveRect(ws.sheetNow()) === null;
          return { responseBytes: 16, commit: () => (this.nullState = isNull) };
        },
      });
    }
  }

  /** Sheet and rectangle at sync time, or null (null object). */
  private target(): { sheet: FakeSheet; rect: CellRect } | null {
    const sheet = this.ws.sheetNow();
    const rect = this.resolveRect(sheet);
    return rect ? { sheet, rect } : null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      if (!this.orNull) return false;
      throw propertyNotLoaded('isNullObject');
    }
    return this.nullState;
  }
  get values(): XlCell[][] {
    return this.read('values');
  }
  set values(v: XlCell[][]) {
    this.queueWrite('values', v);
  }
  get formulas(): XlCell[][] {
    return this.read('formulas');
  }
  set formulas(v: XlCell[][]) {
    this.queueWrite('formulas', v);
  }
  get numberFormat(): (string | null)[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: (string | null)[][]) {
    this.queueWrite('numberFormat', v);
  }
  get valueTypes(): XlValueType[][] {
    return this.read('valueTypes');
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  load(names?: string | string[]): this {
    const props = splitProps(names, RANGE_PROPS);
    for (const p of props) {
      if (!(RANGE_PROPS as readonly string[]).includes(p)) {
        throw new FakeOfficeError('InvalidArgument', `The fake does not model Range.${p}.`);
      }
    }
    this.ctx.queue({
      requestBytes: 48 + props.length * 12,
      run: () => {
        const t = this.target();
        if (!t) return { responseBytes: 16 };
        const { sheet, rect } = t;
        const cells = rect.rowCount * rect.colCount;
        const needsCells = props.some(
          (p) => p === 'values' || p === 'formulas' || p === 'numberFormat' || p === 'valueTypes',
        );
        if (needsCells && cells > 5_000_000)
          throw new FakeOfficeError(
            'ResponsePayloadSizeLimitExceeded',
            'Too many cells requested.',
          );
        const snapshot: Record<string, unknown> = {};
        for (const p of props) snapshot[p] = snapshotProp(sheet, rect, p);
        return {
          responseBytes: jsonBytes(snapshot),
          commit: () => {
            for (const p of props) this.loaded.set(p, snapshot[p]);
          },
        };
      },
    });
    return this;
  }

  private queueWrite(kind: 'values' | 'formulas' | 'numberFormat', v: unknown): void {
    const bytes = 48 + jsonBytes(v);
    this.ctx.queue({
      requestBytes: bytes,
      run: () => {
        const t = this.target();
        if (!t) return;
        const { sheet, rect } = t;
        const grid = shapeFor(v, rect);
        let count = 0;
        const undo: { sheet: FakeSheet; row: number; col: number; before: FakeCell | undefined }[] =
          [];
        for (let r = 0; r < rect.rowCount; r++) {
          for (let c = 0; c < rect.colCount; c++) {
            const x = grid[r]![c];
            if (x === null || x === undefined) continue;
            const row = rect.row + r;
            const col = rect.col + c;
            const stored = sheet.get(row, col);
            undo.push({ sheet, row, col, before: stored && { ...stored } });
            const before = stored ?? {
              value: '',
              formula: null,
              numberFormat: 'General',
            };
            if (kind === 'numberFormat') {
              sheet.put(row, col, {
                ...before,
                numberFormat: typeof x === 'string' ? x : JSON.stringify(x),
              });
              continue;
            }
            count++;
            if (
              typeof x === 'string' &&
              x.startsWith('=') &&
              x.length > 1 &&
              before.numberFormat !== '@'
            ) {
              sheet.put(row, col, formulaCell(x, before.numberFormat));
            } else {
              sheet.put(row, col, {
                value: x as XlCell,
                formula: null,
                numberFormat: before.numberFormat,
              });
            }
          }
        }
        const host = this.ctx.host;
        host.stats.writeOps++;
        host.stats.cellsWritten += count;
        return kind === 'numberFormat'
          ? { responseBytes: 0, undo }
          : { responseBytes: 0, written: { sheet, rect }, undo };
      },
    });
  }

  select(): void {
    this.ctx.queue({
      requestBytes: 32,
      run: () => {
        const t = this.target();
        if (!t) return;
        this.ctx.host.selection = qualify(t.sheet.name, rectAddress(t.rect));
        this.ctx.host.activeSheet = t.sheet.name;
      },
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.ctx.queue({
      requestBytes: 32,
      run: () => {
        const t = this.target();
        if (!t) return;
        t.sheet.clearRect(t.rect, applyTo);
        return applyTo === 'Formats' ? { responseBytes: 0 } : { responseBytes: 0, written: t };
      },
    });
  }

  readonly format: XlRange['format'] = new FakeRangeFormat(this);

  /** Set-only validation proxy: assignments are queued and take effect at sync. */
  readonly dataValidation: XlRange['dataValidation'] = new FakeDataValidation(this);

  /** Queue a validation rule or alert change. */
  queueValidation(
    read: () => {
      rule: XlRange['dataValidation']['rule'] | null;
      alert: { showAlert: boolean; style: string };
    },
  ): void {
    this.ctx.queue({
      requestBytes: 96,
      run: () => {
        const t = this.target();
        if (!t) return;
        const { rule, alert } = read();
        const address = rectAddress(t.rect);
        const list = t.sheet.validations;
        const existing = list.find((v) => v.address === address);
        const strict = alert.showAlert && alert.style === 'Stop';
        if (rule) {
          const source = rule.list?.source;
          if (typeof source !== 'string')
            throw new FakeOfficeError(
              'InvalidArgument',
              'The fake models list rules with a text source only.',
            );
          if (existing) Object.assign(existing, { list: source, strict });
          else list.push({ address, list: source, strict });
        } else if (existing) {
          existing.strict = strict;
        }
      },
    });
  }

  /** Queue a column-width change for the range's columns. */
  queueColumnWidth(points: number): void {
    this.ctx.queue({
      requestBytes: 32,
      run: () => {
        const t = this.target();
        if (!t) return;
        for (let c = t.rect.col; c < t.rect.col + Math.min(t.rect.colCount, 1000); c++)
          t.sheet.columnWidths.set(c, points);
      },
    });
  }

  /** Queue a no-op (autofit has nothing to measure in the fake). */
  queueNoop(): void {
    this.ctx.queue({ requestBytes: 32, run: () => undefined });
  }

  readonly conditionalFormats: XlConditionalFormatCollection = {
    items: [] as XlConditionalFormatItem[],
    load: (_names?: string | string[]): unknown => {
      const collection = this.conditionalFormats;
      this.ctx.queue({
        requestBytes: 48,
        run: () => {
          const t = this.target();
          if (!t) return { responseBytes: 16 };
          const found = t.sheet.conditionalFormats.filter((cf) => {
            const r = parseRect(cf.address);
            return r !== null && overlaps(r, t.rect);
          });
          return {
            responseBytes: jsonBytes(found),
            commit: () => {
              (collection as { items: XlConditionalFormatItem[] }).items = found.map((cf) =>
                conditionalFormatItem(this.ctx, this.ws, cf),
              );
            },
          };
        },
      });
      return collection;
    },
    add: (type: 'CellValue'): XlConditionalFormat => {
      const cf = {
        cellValue: {
          format: { font: { color: '' }, fill: { color: '' } },
          rule: { formula1: '', operator: '' } as {
            formula1: string;
            formula2?: string;
            operator: string;
          },
        },
      };
      this.ctx.queue({
        requestBytes: 96,
        run: () => {
          if (type !== 'CellValue')
            throw new FakeOfficeError(
              'InvalidArgument',
              `The fake models CellValue rules only (${String(type)}).`,
            );
          const t = this.target();
          if (!t) return;
          this.ctx.host.stats.formatOps++;
          const rule = cf.cellValue.rule;
          t.sheet.conditionalFormats.push({
            address: rectAddress(t.rect),
            operator: rule.operator,
            formula1: rule.formula1,
            ...(rule.formula2 === undefined ? {} : { formula2: rule.formula2 }),
            fontColor: cf.cellValue.format.font.color,
            fillColor: cf.cellValue.format.fill.color,
          });
        },
      });
      return cf;
    },
    clearAll: (): void => {
      this.ctx.queue({
        requestBytes: 32,
        run: () => {
          const t = this.target();
          if (!t) return;
          this.ctx.host.stats.formatOps++;
          const list = t.sheet.conditionalFormats;
          for (let i = list.length - 1; i >= 0; i--) {
            const r = parseRect(list[i]!.address);
            if (r && overlaps(r, t.rect)) list.splice(i, 1);
          }
        },
      });
    },
  };
}

type Alert = { message: string; showAlert: boolean; style: string; title: string };

class FakeDataValidation {
  private alert: Alert = { message: '', showAlert: true, style: 'Stop', title: '' };
  constructor(private readonly range: FakeRange) {}
  get rule(): XlRange['dataValidation']['rule'] {
    throw propertyNotLoaded('dataValidation/rule');
  }
  set rule(rule: XlRange['dataValidation']['rule']) {
    this.range.queueValidation(() => ({ rule, alert: this.alert }));
  }
  get errorAlert(): Alert {
    throw propertyNotLoaded('dataValidation/errorAlert');
  }
  set errorAlert(alert: Alert) {
    this.alert = alert;
    this.range.queueValidation(() => ({ rule: null, alert: this.alert }));
  }
}

class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}
  set columnWidth(points: number) {
    this.range.queueColumnWidth(points);
  }
  get columnWidth(): number {
    throw propertyNotLoaded('format/columnWidth');
  }
  autofitColumns(): void {
    this.range.queueNoop();
  }
}

/** A loaded conditional format (its rule and colors as stored; its range resolvable at sync). */
function conditionalFormatItem(
  ctx: FakeContext,
  ws: FakeWorksheet,
  cf: FakeConditionalFormat,
): XlConditionalFormatItem {
  const rule = {
    formula1: cf.formula1,
    operator: cf.operator,
    ...(cf.formula2 === undefined ? {} : { formula2: cf.formula2 }),
  };
  return {
    type: 'CellValue',
    cellValue: {
      rule,
      format: { font: { color: cf.fontColor }, fill: { color: cf.fillColor } },
      load: () => undefined,
    },
    getRange: () => new FakeRange(ctx, ws, () => parseRect(cf.address), false),
  };
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

/** Validate a written 2-D array (or a scalar filling the range) against the range's size. */
function shapeFor(v: unknown, rect: CellRect): unknown[][] {
  if (!Array.isArray(v)) {
    if (rect.rowCount * rect.colCount > 1_000_000)
      throw new FakeOfficeError('InvalidArgument', 'Range too large for a fill.');
    return Array.from({ length: rect.rowCount }, () =>
      Array.from({ length: rect.colCount }, () => v),
    );
  }
  const rows = v as unknown[];
  if (
    rows.length !== rect.rowCount ||
    rows.some((row) => !Array.isArray(row) || row.length !== rect.colCount)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rowCount}×${rect.colCount}).`,
    );
  }
  return rows as unknown[][];
}

function snapshotProp(sheet: FakeSheet, rect: CellRect, p: string): unknown {
  switch (p) {
    case 'address':
      return qualify(sheet.name, rectAddress(rect));
    case 'rowIndex':
      return rect.row;
    case 'columnIndex':
      return rect.col;
    case 'rowCount':
      return rect.rowCount;
    case 'columnCount':
      return rect.colCount;
    default: {
      const out: unknown[][] = [];
      for (let r = 0; r < rect.rowCount; r++) {
        const row: unknown[] = new Array<unknown>(rect.colCount);
        const stored = sheet.rows.get(rect.row + r);
        for (let c = 0; c < rect.colCount; c++) {
          const cell = stored?.get(rect.col + c);
          const value = cell?.value ?? '';
          row[c] =
            p === 'values'
              ? value
              : p === 'formulas'
                ? (cell?.formula ?? value)
                : p === 'numberFormat'
                  ? (cell?.numberFormat ?? 'General')
                  : valueTypeOf(value);
        }
        out.push(row);
      }
      return out;
    }
  }
}
