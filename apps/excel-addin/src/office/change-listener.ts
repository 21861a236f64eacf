/**
 * Listens to the workbook's input sheets and reports what should trigger a recalculation:
 * - `onChanged`: the user's edits, ignoring the add-in's own writes — by
 *   `triggerSource === 'ThisLocalAddin'` (ExcelApi 1.14), or, on older hosts whose events lack it,
 *   by matching the event's range against the ranges the last write touched. An edit that lies
 *   wholly in output cells (typically Ctrl+Z of the add-in's own write) is reported apart
 *   (`onOutputEdit`) so the caller does not write it again: rewriting it would make the user's
 *   next Ctrl+Z undo that rewrite instead of their own edit, for ever.
 * - fallbacks for changes that fire no `onChanged`: `onCalculated` (ExcelApi 1.8: inputs that are
 *   formulas of other cells) and, where asked, `onSelectionChanged` (ExcelApi 1.7: a drop-down pick
 *   in Excel on the web fires no onChanged — https://github.com/OfficeDev/office-js/issues/3888,
 *   #4066 — but the user moves on afterwards). They report `onRecheck`.
 *
 * Handlers are attached to sheets by id: a sheet deleted and re-created under the same name is a
 * new sheet, and {@link ChangeSubscription.key} (the ids) tells the caller to subscribe again.
 * `dispose()` removes every handler in the context it was added in, with a sync of that context —
 * the only way a removal takes effect
 * (https://learn.microsoft.com/javascript/api/office/officeextension.eventhandlerresult).
 */
import type {
  XlChangedEventArgs,
  XlEventHandlerResult,
  XlRequestContext,
  XlRun,
  XlRunIn,
} from './excel-api.js';
import { qualify } from '@jixiao/workbook';

/** A user's edit as the scheduler sees it. */
export interface UserChange {
  sheet: string;
  address: string;
}

export interface ChangeListenerOptions {
  run: XlRun;
  /** `Excel.run(context, …)`: removes handlers in their own context (required for that on Excel). */
  runIn?: XlRunIn;
  /** Sheet names to watch (those that exist are subscribed; the rest are skipped). */
  sheets: readonly string[];
  onChange: (change: UserChange) => void;
  /** Fallback for hosts without triggerSource: the `Sheet!A1:B2` ranges our last write touched. */
  ownWrites?: () => ReadonlySet<string>;
  /** True when every cell of `address` on `sheet` is an output cell of the contract. */
  isOutputOnly?: (sheet: string, address: string) => boolean;
  /** An edit of output cells only (an undo of the add-in's write, or typing over a result). */
  onOutputEdit?: (change: UserChange) => void;
  /** A fallback trigger fired: re-read and recalculate if anything changed. */
  onRecheck?: (reason: 'calculated' | 'selection', sheet: string) => void;
  /** Which fallback events to attach (host support: onCalculated 1.8, onSelectionChanged 1.7). */
  fallbacks?: { calculated?: boolean; selection?: boolean };
}

/** A live subscription. */
export interface ChangeSubscription {
  /** The sheets actually watched, with their ids. */
  readonly sheets: readonly { name: string; id: string }[];
  /** The watched sheets' ids, sorted and joined: differs when a sheet was replaced. */
  readonly key: string;
  /** How many events were ignored as our own writes (tests, diagnostics). */
  readonly ignored: number;
  /** Remove every handler (in the context that added it, with its sync). */
  dispose(): Promise<void>;
}

/** The watched sheets' ids as a key (compare with {@link ChangeSubscription.key}). */
export function sheetKey(ids: readonly string[]): string {
  return [...ids].sort().join('\u0000');
}

/** Subscribe to the input sheets' events (two syncs: find the sheets, attach the handlers). */
export async function listenForChanges(
  options: ChangeListenerOptions,
): Promise<ChangeSubscription> {
  const handles: XlEventHandlerResult[] = [];
  const watched: { name: string; id: string }[] = [];
  let ignored = 0;
  let context: XlRequestContext | null = null;
  await options.run(async (ctx) => {
    context = ctx;
    const sheets = options.sheets.map((name) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      ws.load('name, id');
      return ws;
    });
    await ctx.sync();
    for (const ws of sheets) {
      if (ws.isNullObject) continue;
      const name = ws.name;
      if (watched.some((w) => w.id === ws.id)) continue;
      watched.push({ name, id: ws.id });
      handles.push(
        ws.onChanged.add((args: XlChangedEventArgs) => {
          if (isOwnWrite(name, args, options.ownWrites)) {
            ignored++;
            return Promise.resolve();
          }
          const change = { sheet: name, address: args.address };
          if (options.onOutputEdit && options.isOutputOnly?.(name, args.address))
            options.onOutputEdit(change);
          else options.onChange(change);
          return Promise.resolve();
        }),
      );
      if (options.fallbacks?.calculated && options.onRecheck) {
        const recheck = options.onRecheck;
        handles.push(ws.onCalculated.add(() => Promise.resolve(recheck('calculated', name))));
      }
      if (options.fallbacks?.selection && options.onRecheck) {
        const recheck = options.onRecheck;
        handles.push(ws.onSelectionChanged.add(() => Promise.resolve(recheck('selection', name))));
      }
    }
    await ctx.sync();
  });
  let disposed = false;
  return {
    sheets: watched,
    key: sheetKey(watched.map((w) => w.id)),
    get ignored() {
      return ignored;
    },
    async dispose() {
      if (disposed || handles.length === 0) return;
      disposed = true;
      const runIn = options.runIn;
      if (runIn && context) {
        await runIn(handles[0]!.context, async (ctx) => {
          for (const h of handles) h.remove();
          await ctx.sync();
        });
      } else {
        // Without Excel.run(context, …) the removal cannot be synced in its context.
        for (const h of handles) h.remove();
      }
    },
  };
}

function isOwnWrite(
  sheet: string,
  args: XlChangedEventArgs,
  ownWrites: ChangeListenerOptions['ownWrites'],
): boolean {
  if (args.triggerSource === 'ThisLocalAddin') return true;
  if (args.triggerSource !== undefined) return false;
  const written = ownWrites?.();
  return written !== undefined && written.has(qualify(sheet, args.address));
}
