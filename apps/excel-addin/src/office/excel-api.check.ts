/**
 * Compile-time proof that the real Office.js types satisfy the subset in `excel-api.ts`; if a
 * future @types/office-js breaks that, typecheck fails here rather than in Excel.
 */
import type { XlRequestContext, XlRun, XlRunIn, XlRunOptions } from './excel-api.js';
import { cellEditSafeRun } from './excel-api.js';

type Assignable<T, U extends T> = U;

/** The real request context is usable wherever the adapter expects one. */
export type RealContextFits = Assignable<XlRequestContext, Excel.RequestContext>;

/** Wraps `Excel.run` as an {@link XlRun}. */
export function realExcelRun(): XlRun {
  return <T>(batch: (context: XlRequestContext) => Promise<T>) =>
    Excel.run((context) => batch(context));
}

/**
 * `Excel.run` with `delayForCellEdit` (ExcelApi 1.11) and, where present, `mergeUndoGroup`
 * (ExcelApi 1.20), retried a few times when the host still refuses a batch in cell-edit mode.
 */
export function realSafeExcelRun(): XlRun {
  const req = Office.context.requirements;
  const options: XlRunOptions = {
    ...(req.isSetSupported('ExcelApi', '1.11') ? { delayForCellEdit: true } : {}),
    ...(req.isSetSupported('ExcelApi', '1.20') ? { mergeUndoGroup: true } : {}),
  };
  return cellEditSafeRun(
    <T>(opts: XlRunOptions, batch: (context: XlRequestContext) => Promise<T>) =>
      Excel.run(opts as Excel.RunOptions, (context) => batch(context)),
    { options },
  );
}

/** `Excel.run(context, batch)`: used to remove event handlers in the context that added them. */
export function realExcelRunIn(): XlRunIn {
  return <T>(
    context: { sync(): Promise<void> },
    batch: (context: XlRequestContext) => Promise<T>,
  ) => Excel.run(context as OfficeExtension.ClientRequestContext, (ctx) => batch(ctx));
}
