/**
 * Listens to `onChanged` on the workbook's input sheets and reports the user's edits, ignoring the
 * events the add-in's own writes cause: by `triggerSource === 'ThisLocalAddin'` (ExcelApi 1.14),
 * or, on older hosts whose events lack it, by matching the event's range against the ranges the
 * last write touched.
 */
import type { XlChangedEventArgs, XlEventHandlerResult, XlRun } from './excel-api.js';
import { qualify } from '@jixiao/workbook';

/** A user's edit as the scheduler sees it. */
export interface UserChange {
  sheet: string;
  address: string;
}

export interface ChangeListenerOptions {
  run: XlRun;
  /** Sheet names to watch (those that exist are subscribed; the rest are skipped). */
  sheets: readonly string[];
  onChange: (change: UserChange) => void;
  /** Fallback for hosts without triggerSource: the `Sheet!A1:B2` ranges our last write touched. */
  ownWrites?: () => ReadonlySet<string>;
}

/** A live subscription. */
export interface ChangeSubscription {
  /** The sheets actually watched. */
  readonly sheets: readonly string[];
  /** How many events were ignored as our own writes (tests, diagnostics). */
  readonly ignored: number;
  dispose(): void;
}

/** Subscribe to the input sheets' change events (one sync). */
export async function listenForChanges(
  options: ChangeListenerOptions,
): Promise<ChangeSubscription> {
  const handles: XlEventHandlerResult[] = [];
  const watched: string[] = [];
  let ignored = 0;
  await options.run(async (ctx) => {
    const sheets = options.sheets.map((name) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      ws.load('name');
      return ws;
    });
    await ctx.sync();
    for (const ws of sheets) {
      if (ws.isNullObject) continue;
      const name = ws.name;
      watched.push(name);
      handles.push(
        ws.onChanged.add(async (args: XlChangedEventArgs) => {
          if (isOwnWrite(name, args, options.ownWrites)) {
            ignored++;
            return Promise.resolve();
          }
          options.onChange({ sheet: name, address: args.address });
          return Promise.resolve();
        }),
      );
    }
    await ctx.sync();
  });
  return {
    sheets: watched,
    get ignored() {
      return ignored;
    },
    dispose() {
      for (const h of handles) h.remove();
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
