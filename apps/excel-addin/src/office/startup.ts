/**
 * Start-up wiring of the shared runtime: load with the document (`setStartupBehavior`,
 * SharedRuntime 1.1) and recalculate whenever the pane becomes visible again (edits can be missed
 * while it was hidden or not loaded). Each step is independent: a rejection of one (a host that
 * refuses `setStartupBehavior`, e.g. a document opened read-only) never prevents the other, and
 * is reported, not thrown.
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)
 */

/** The part of `Office.addin` the wiring uses (injected: tests pass a fake). */
export interface AddinStartupApi {
  /** `isSetSupported('SharedRuntime', '1.1')`. */
  sharedRuntime: boolean;
  /** `Office.addin.setStartupBehavior(Office.StartupBehavior.load)`. */
  loadWithDocument(): Promise<void>;
  /** `Office.addin.onVisibilityModeChanged`: calls back with true when the pane is shown. */
  onVisibility(handler: (visible: boolean) => void): Promise<unknown>;
}

export interface StartupOutcome {
  loadWithDocument: 'ok' | 'failed' | 'unsupported';
  visibility: 'ok' | 'failed' | 'unsupported';
  errors: unknown[];
}

/** Wire both; `recalculate` runs each time the pane is shown again. */
export async function wireStartup(
  api: AddinStartupApi,
  recalculate: () => void,
): Promise<StartupOutcome> {
  const out: StartupOutcome = {
    loadWithDocument: 'unsupported',
    visibility: 'unsupported',
    errors: [],
  };
  if (!api.sharedRuntime) return out;
  // Visibility first: it is what keeps the scores current; the start-up behaviour is a bonus.
  try {
    await api.onVisibility((visible) => {
      if (visible) recalculate();
    });
    out.visibility = 'ok';
  } catch (error) {
    out.visibility = 'failed';
    out.errors.push(error);
  }
  try {
    await api.loadWithDocument();
    out.loadWithDocument = 'ok';
  } catch (error) {
    out.loadWithDocument = 'failed';
    out.errors.push(error);
  }
  return out;
}
