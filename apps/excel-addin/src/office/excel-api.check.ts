/**
 * Compile-time proof that the real Office.js types satisfy the subset in `excel-api.ts`; if a
 * future @types/office-js breaks that, typecheck fails here rather than in Excel.
 */
import type { XlRequestContext, XlRun } from './excel-api.js';

type Assignable<T, U extends T> = U;

/** The real request context is usable wherever the adapter expects one. */
export type RealContextFits = Assignable<XlRequestContext, Excel.RequestContext>;

/** Wraps `Excel.run` as an {@link XlRun}. */
export function realExcelRun(): XlRun {
  return <T>(batch: (context: XlRequestContext) => Promise<T>) =>
    Excel.run((context) => batch(context));
}
